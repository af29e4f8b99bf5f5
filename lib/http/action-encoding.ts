/**
 * Whether the body of a server action call is what the browser's encoder writes (React's
 * `encodeReply`, as Next.js's client calls it), checked before Next.js decodes it: Next.js
 * answers a body it cannot decode (not JSON, a number in place of the arguments, a reference
 * to a part that was never sent, 2,000 arguments, arrays nested 20,000 deep…) with a server
 * error, not a refusal.
 *
 * Only what the portal's pages send is accepted: plain values, dates, big integers, `undefined`
 * and the special numbers, FormData (forms and uploads), files, and references between parts
 * of one body. Server functions, streams, iterators and typed arrays as arguments never come
 * from the portal's pages, and are refused.
 */

export type EncodingCheck = { ok: true } | { ok: false; reason: string };

const OK: EncodingCheck = { ok: true };
const refused = (reason: string): EncodingCheck => ({ ok: false, reason });

/** More than any action takes; Next.js itself stops at 1,000 (with a server error). */
export const MAX_ARGUMENTS = 100;
/** Nesting deeper than any form's data; React's decoder recurses and would overflow the stack. */
export const MAX_DEPTH = 64;
/** Parts of one multipart body. */
const MAX_PARTS = 1000;

/** Strings that stand for a value on their own (`$$…` is an escaped dollar). */
const SELF_CONTAINED = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0', '$T']);

type Part = string | File;
type Parts = (id: number) => Part | null | undefined;

/** The body of a call whose arguments are plain (text/plain): only part 0, the arguments. */
export function checkActionText(body: string): EncodingCheck {
  return checkParts((id) => (id === 0 ? body : undefined), false);
}

/** The body of a call with a FormData among its arguments (multipart): part 0 and the parts it refers to. */
export function checkActionForm(form: FormData): EncodingCheck {
  if ([...form.keys()].length > MAX_PARTS) return refused('too many parts');
  return checkParts((id) => form.get(String(id)), true);
}

/**
 * A form posted before JavaScript loaded (no action header): Next.js finds the action in a
 * `$ACTION_ID_<id>` field, or in `$ACTION_REF_<n>` with its bound arguments encoded under the
 * `$ACTION_<n>:` prefix. A multipart post with neither is not an action (Next.js renders the page).
 */
export function checkFormPost(form: FormData): EncodingCheck {
  const names = [...new Set(form.keys())];
  if (names.length > MAX_PARTS) return refused('too many parts');
  const refs = names.filter((name) => name.startsWith('$ACTION_REF_'));
  const ids = names.filter((name) => name.startsWith('$ACTION_ID_'));
  if (refs.length + ids.length > 1) return refused('more than one action');
  for (const name of ids) if (!isActionId(name.slice('$ACTION_ID_'.length))) return refused('not an action id');
  for (const name of refs) {
    const prefix = `$ACTION_${name.slice('$ACTION_REF_'.length)}:`;
    const meta = form.get(`${prefix}0`);
    if (typeof meta !== 'string') return refused('an action reference without its action');
    let parsed: unknown;
    try {
      parsed = JSON.parse(meta);
    } catch {
      return refused('action metadata that is not JSON');
    }
    const { id, bound } = (parsed ?? {}) as { id?: unknown; bound?: unknown };
    if (typeof id !== 'string' || !isActionId(id)) return refused('not an action id');
    if (bound !== null && bound !== undefined) {
      // the bound arguments: a reply of their own, under the prefix, whose root is `bound`
      const parts: Parts = (partId) => (partId === 0 ? JSON.stringify([bound]) : form.get(`${prefix}${partId}`));
      const check = checkParts(parts, true);
      if (!check.ok) return check;
    }
  }
  return OK;
}

/** Next.js's action ids: 42 hexadecimal digits (a type byte and a hash). */
export function isActionId(value: string): boolean {
  return /^[0-9a-f]{42}$/.test(value);
}

/** Part 0 must be the array of arguments; every reference must name a part that was sent. */
function checkParts(parts: Parts, multipart: boolean): EncodingCheck {
  const parsed = new Map<number, unknown>();
  const parse = (id: number): { value: unknown } | null => {
    if (parsed.has(id)) return { value: parsed.get(id) };
    const part = parts(id);
    if (typeof part !== 'string') return null;
    try {
      const value = JSON.parse(part) as unknown;
      parsed.set(id, value);
      return { value };
    } catch {
      return null;
    }
  };

  const root = parse(0);
  if (!root) return refused('the arguments are not JSON');
  if (!Array.isArray(root.value)) return refused('the arguments are not a list');
  if (root.value.length > MAX_ARGUMENTS) return refused('too many arguments');

  const queued = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const { value } = parse(id) ?? { value: undefined };
    // iterative walk with depth: the decoder itself recurses
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_DEPTH) return refused('nested too deep');
      if (typeof node === 'string') {
        const reference = checkString(node, multipart);
        if (reference === 'refused') return refused(`a value it cannot stand for: ${node.slice(0, 20)}`);
        if (reference === null) continue;
        const target = parts(reference.id);
        if (reference.kind === 'file') {
          if (!(target instanceof Blob)) return refused('a file that was not sent');
          continue;
        }
        if (reference.kind === 'path') {
          if (!resolvesPath(reference.id === id ? value : parse(reference.id)?.value, reference.path)) return refused('a reference to nothing');
          continue;
        }
        if (!parse(reference.id)) return refused('a reference to a part that was not sent');
        if (!queued.has(reference.id)) {
          queued.add(reference.id);
          queue.push(reference.id);
        }
        continue;
      }
      if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
      else if (node && typeof node === 'object') for (const item of Object.values(node)) stack.push([item, depth + 1]);
    }
  }
  return OK;
}

type Reference = { kind: 'part'; id: number } | { kind: 'file'; id: number } | { kind: 'path'; id: number; path: string[] };

/** Null: a plain value; a reference to check; 'refused': something the portal's pages never send. */
function checkString(value: string, multipart: boolean): Reference | null | 'refused' {
  if (!value.startsWith('$')) return null;
  if (value.startsWith('$$') || SELF_CONTAINED.has(value)) return null;
  const tag = value[1];
  if (tag === 'D') return null; // a date: an unreadable one is just an invalid Date
  if (tag === 'n') return /^\$n-?\d{1,300}$/.test(value) ? null : 'refused';
  // FormData: its entries are the `_<id>_…` parts; none sent is an empty FormData
  if (tag === 'K') return /^\$K[0-9a-f]{1,8}$/.test(value) ? null : 'refused';
  const outlined = /^\$([QW@i])([0-9a-f]{1,8})$/.exec(value);
  if (outlined) return multipart ? { kind: 'part', id: Number.parseInt(outlined[2], 16) } : 'refused';
  const file = /^\$B([0-9a-f]{1,8})$/.exec(value);
  if (file) return multipart ? { kind: 'file', id: Number.parseInt(file[1], 16) } : 'refused';
  // an object sent twice: "$<part>" or "$<part>:<key>:<key>…"
  const model = /^\$([0-9a-f]{1,8})((?::[^:]*)*)$/.exec(value);
  if (model) {
    const id = Number.parseInt(model[1], 16);
    if (!multipart && id !== 0) return 'refused';
    const path = model[2] ? model[2].slice(1).split(':') : [];
    return path.length > 0 ? { kind: 'path', id, path } : { kind: 'part', id };
  }
  return 'refused';
}

/** Whether following `path` from `root` through plain objects and arrays reaches a value. */
function resolvesPath(root: unknown, path: string[]): boolean {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
    if (typeof node === 'string' && node.startsWith('$') && !node.startsWith('$$')) return false;
  }
  return true;
}
