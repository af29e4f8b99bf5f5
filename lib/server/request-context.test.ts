import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applyRequestedStatus, FORWARDED_STATUS_HEADER } from './request-context.mjs';

function exchange(method: string, requestHeaders: Record<string, string> = {}, status = 200) {
  const headers = new Map<string, string>();
  const res = {
    statusCode: status,
    getHeader: (name: string) => headers.get(name),
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  return { req: { method, headers: requestHeaders } as unknown as IncomingMessage, res: res as unknown as ServerResponse & typeof res, headers };
}

describe('applyRequestedStatus', () => {
  it('answers a refused action with the status it asked for, and leaves other answers alone', () => {
    const refused = exchange('POST');
    applyRequestedStatus(refused.req, refused.res, { status: 403 });
    expect(refused.res.statusCode).toBe(403);
    const redirect = exchange('POST', {}, 303);
    applyRequestedStatus(redirect.req, redirect.res, { status: 403 });
    expect(redirect.res.statusCode).toBe(303);
    const page = exchange('GET');
    applyRequestedStatus(page.req, page.res, { status: 403 });
    expect(page.res.statusCode).toBe(200);
  });

  it('carries the status of an action Next.js forwarded to the page that has it back to the first answer', () => {
    const inner = exchange('POST', { 'x-action-forwarded': '1' });
    applyRequestedStatus(inner.req, inner.res, { status: 401 });
    expect(inner.res.statusCode).toBe(401);
    expect(inner.headers.get(FORWARDED_STATUS_HEADER)).toBe('401');
    // Next.js copies the inner answer's headers onto the outer one, whose own context is empty
    const outer = exchange('POST');
    outer.headers.set(FORWARDED_STATUS_HEADER, '401');
    applyRequestedStatus(outer.req, outer.res, {});
    expect(outer.res.statusCode).toBe(401);
    expect(outer.headers.has(FORWARDED_STATUS_HEADER)).toBe(false);
    const forged = exchange('POST');
    forged.headers.set(FORWARDED_STATUS_HEADER, '200');
    applyRequestedStatus(forged.req, forged.res, {});
    expect(forged.res.statusCode).toBe(200);
  });
});
