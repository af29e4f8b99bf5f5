import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };

/**
 * Every server action of the build under test: its id, the name it is exported as, and the
 * pages that have it (a call posted elsewhere is forwarded by Next.js to one of them).
 */
export function buildServerActions(): { id: string; exportedName: string; pages: RegExp[] }[] {
  const manifestPath = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ReferenceManifest;
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    exportedName: action.exportedName ?? '',
    pages: Object.keys(action.workers ?? {}).map(pagePattern),
  }));
}

/** `app/quan-tri/(workspace)/bai-viet/[id]/page` → a pattern of the addresses it serves. */
function pagePattern(worker: string): RegExp {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/?page$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[\[?\.\.\./.test(segment) ? '.*' : /^\[.*\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}$`);
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Every route handler in app/ (`app/api/danh-gia/route.ts` → `/api/danh-gia`), with the methods
 * it exports, read from the source as Next.js reads the module's exports.
 */
export function routeHandlers(): { route: string; methods: string[] }[] {
  const found: { route: string; methods: string[] }[] = [];
  const appDir = path.join(process.cwd(), 'app');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const source = readFileSync(full, 'utf8');
        const methods = HTTP_METHODS.filter((method) =>
          new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b|export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}`).test(source),
        );
        const route = `/${path.relative(appDir, path.dirname(full)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part)).join('/')}`;
        found.push({ route, methods });
      }
    }
  };
  walk(appDir);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

// The client's own encoder (react-server-dom's encodeReply, as Next.js's router calls it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

/** The body the browser sends for a call with these arguments: JSON text, or multipart when a FormData is among them. */
export async function encodeArguments(args: unknown[]): Promise<string | FormData> {
  return encodeReply(args);
}

/** What a server action answered: the HTTP status, and the value the action returned when the answer is one. */
export type ActionAnswer = {
  status: number;
  contentType: string;
  text: string;
  /** the action's return value, when the body is the React Server Components answer to a call */
  result?: unknown;
  /** the call threw, or Next.js refused it while decoding: the answer carries an error in place of a value */
  errorRow?: string;
};

/** POSTs to a page as Next.js's client calls a server action (text or multipart body, the action id in a header). */
export async function postAction(
  request: APIRequestContext,
  { page, actionId, body, contentType, headers = {} }: { page: string; actionId: string; body: string | Buffer | FormData; contentType?: string; headers?: Record<string, string> },
): Promise<ActionAnswer> {
  const baseHeaders: Record<string, string> = { 'next-action': actionId, accept: 'text/x-component', ...headers };
  let response: APIResponse;
  if (body instanceof FormData) {
    response = await request.post(page, { headers: baseHeaders, multipart: body, maxRedirects: 0 });
  } else {
    response = await request.post(page, {
      headers: { 'content-type': contentType ?? 'text/plain;charset=UTF-8', ...baseHeaders },
      data: body,
      maxRedirects: 0,
    });
  }
  return readActionAnswer(response);
}

export async function readActionAnswer(response: APIResponse): Promise<ActionAnswer> {
  const bytes = await response.body();
  const contentType = response.headers()['content-type'] ?? '';
  const answer: ActionAnswer = { status: response.status(), contentType, text: bytes.toString('utf8') };
  if (contentType.startsWith('text/x-component')) Object.assign(answer, actionResult(parseFlightRows(bytes)));
  return answer;
}

/**
 * The rows of a React Server Components answer: `<id>:<json>`, `<id>:E<json>` (an error),
 * `<id>:T<hex length>,<text>` (a long string, by byte length), one per line otherwise.
 */
export function parseFlightRows(bytes: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString('latin1').trim();
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = Number.parseInt(bytes.subarray(colon + 2, comma).toString('latin1'), 16);
      rows.set(id, `T${bytes.subarray(comma + 1, comma + 1 + length).toString('utf8')}`);
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString('utf8'));
    at = end < 0 ? bytes.length : end + 1;
  }
  return rows;
}

/** The value of the row the answer's head points to as the action's result (`0:{"a":"$@1",…}`). */
function actionResult(rows: Map<string, string>): Pick<ActionAnswer, 'result' | 'errorRow'> {
  let head: { a?: unknown } | null = null;
  try {
    head = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
  } catch {
    return {};
  }
  if (typeof head?.a !== 'string' || !/^\$@[0-9a-f]+$/.test(head.a)) return {};
  const id = head.a.slice(2);
  const row = rows.get(id);
  if (row === undefined) return {};
  if (row.startsWith('E')) return { errorRow: row };
  const resolve = (value: unknown, depth = 0): unknown => {
    if (depth > 20) return value;
    if (typeof value === 'string') {
      if (value.startsWith('$$')) return value.slice(1);
      const reference = /^\$([0-9a-f]+)$/.exec(value);
      if (reference) {
        const target = rows.get(reference[1]);
        if (target?.startsWith('T')) return target.slice(1);
        return target === undefined ? value : resolve(JSON.parse(target), depth + 1);
      }
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => resolve(item, depth + 1));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, depth + 1)]));
    return value;
  };
  return { result: resolve(JSON.parse(row)) };
}

/** Letters only Vietnamese writes: a message a Vietnamese reader was meant to read. */
export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Text an answer must never carry: stack frames, error class names, the database, file paths, Next.js's English. */
const INTERNALS: [string, RegExp][] = [
  ['a stack frame', /\n\s+at |\bat [\w.<>]+ \(/],
  ['an error name', /\b(?:Type|Range|Syntax|Reference)?Error:/],
  ['Prisma', /prisma/i],
  ['the database', /SQLITE_|sqlite|postgres|\bpg_|relation "|duplicate key|constraint failed/i],
  ['a file path', /\/(?:work|home|root|usr|var|tmp)\/|node_modules|\.next\/|[\w-]+\.(?:tsx?|mjs|js):\d+/],
  ['Next.js internals', /Invariant|digest|Internal Server Error|Server Action|NEXT_|__next_error__/],
];

export function leakedInternals(text: string): string[] {
  return INTERNALS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** The Vietnamese sentence a refusal carries: a JSON `{ message }`, an action's `{ message }`, or plain text. */
export function refusalMessage(answer: { contentType: string; text: string; result?: unknown }): string {
  if (answer.result && typeof answer.result === 'object' && 'message' in answer.result) return String((answer.result as { message: unknown }).message);
  if (answer.contentType.includes('json')) {
    try {
      const parsed = JSON.parse(answer.text) as { message?: unknown };
      return typeof parsed.message === 'string' ? parsed.message : '';
    } catch {
      return '';
    }
  }
  if (answer.contentType.startsWith('text/html')) {
    // a page: its main text
    return answer.text.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ');
  }
  return answer.text;
}

/** A body of `size` bytes sent without Content-Length (chunked), as a client streaming an upload does. */
export function chunkedBody(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const length = Math.min(64 * 1024, size - sent);
      sent += length;
      controller.enqueue(new Uint8Array(length).fill(0x61));
    },
  });
}
