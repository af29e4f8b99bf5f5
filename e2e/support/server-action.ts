import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id Next.js gave a server action in the build under test. */
export function serverActionId(exportedName: string): string {
  const manifestPath = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ReferenceManifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`no server action named ${exportedName} in the build`);
  return entry[0];
}

/**
 * Calls a server action the way the browser does (POST to the page with its id), with any
 * arguments, including ones the UI would never send, and returns what the action returned.
 */
export async function callServerAction(
  request: APIRequestContext,
  { baseURL, pagePath, exportedName, args, headers = {} }: { baseURL: string; pagePath: string; exportedName: string; args: unknown[]; headers?: Record<string, string> },
): Promise<{ status: number; result: unknown }> {
  const response = await request.post(pagePath, {
    headers: {
      'next-action': serverActionId(exportedName),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: new URL(baseURL).origin,
      ...headers,
    },
    data: JSON.stringify(args),
  });
  // The answer is a React Server Components stream: row 0 names the row holding the result.
  const rows = new Map<string, string>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const head = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
  const resultRow = head?.a?.replace(/^\$@/, '');
  return { status: response.status(), result: resultRow ? JSON.parse(rows.get(resultRow) ?? 'null') : undefined };
}
