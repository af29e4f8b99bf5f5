import { describe, expect, it } from 'vitest';
import { bodyLimitFor, declaredLength, EDITOR_BODY_LIMIT_BYTES, PUBLIC_BODY_LIMIT_BYTES, SIGN_IN_BODY_LIMIT_BYTES } from './body-limits';
import { guardRequestBody } from './request-guard';

const ORIGIN = 'http://localhost:3000';

function request(path: string, { method = 'POST', body, headers = {} }: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method,
    body,
    headers: { host: 'localhost:3000', ...headers },
    duplex: 'half',
  } as RequestInit);
}

const action = { 'next-action': `7f${'a1'.repeat(20)}`, origin: ORIGIN, 'content-type': 'text/plain;charset=UTF-8' };
/** A call's arguments as the browser encodes them, padded to `bytes`. */
const argumentsOf = (bytes: number) => JSON.stringify([{ text: 'x'.repeat(Math.max(0, bytes - 13)) }]);

/** `text` without a Content-Length, as a chunked upload arrives. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      const chunk = bytes.subarray(sent, sent + 16 * 1024);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

async function answer(response: Response | null) {
  if (!response) return null;
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('bodyLimitFor', () => {
  it('gives the editor area room for an image upload, sign-in a few KB, everything else 64 KB', () => {
    expect(bodyLimitFor('/quan-tri')).toBe(EDITOR_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('/quan-tri/bai-viet/abc')).toBe(EDITOR_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('/api/auth/callback/credentials')).toBe(SIGN_IN_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('/dang-nhap')).toBe(SIGN_IN_BODY_LIMIT_BYTES);
    for (const path of ['/', '/tin-tuc/bai-viet', '/hoi-dap/gui-cau-hoi', '/quan-trix', '/api/internal/scheduled-publishing', '/rss.xml']) {
      expect(bodyLimitFor(path), path).toBe(PUBLIC_BODY_LIMIT_BYTES);
    }
    expect(EDITOR_BODY_LIMIT_BYTES).toBeGreaterThan(5 * 1024 * 1024);
    // the proxy keeps only the first 10 MB of a body: every limit it enforces must be below
    expect(EDITOR_BODY_LIMIT_BYTES).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('declaredLength', () => {
  it('reads a Content-Length, tells a missing one from a malformed one', () => {
    expect(declaredLength('0')).toBe(0);
    expect(declaredLength(' 6291456 ')).toBe(6291456);
    expect(declaredLength(null)).toBeNull();
    for (const junk of ['', '-1', '1e9', '12abc', '0x10', '1, 2', '99999999999999999999']) expect(declaredLength(junk), junk).toBeNaN();
  });
});

describe('guardRequestBody', () => {
  it('lets a server action of the right size, from this site, through', async () => {
    expect(await guardRequestBody(request('/tin-tuc/bai', { body: '[{"stars":5}]', headers: action }), '/tin-tuc/bai')).toBeNull();
    expect(await guardRequestBody(request('/quan-tri/bai-viet/1', { body: argumentsOf(5 * 1024 * 1024), headers: action }), '/quan-tri/bai-viet/1')).toBeNull();
    // a form posted before JavaScript loaded (multipart, no action header), and a client that sends no Origin
    const form = new FormData();
    form.set(`$ACTION_ID_${action['next-action']}`, '');
    form.set('content', 'Câu hỏi');
    expect(await guardRequestBody(request('/hoi-dap', { body: form, headers: { origin: ORIGIN } }), '/hoi-dap')).toBeNull();
    const { origin: _origin, ...withoutOrigin } = action;
    expect(await guardRequestBody(request('/', { body: '[]', headers: withoutOrigin }), '/')).toBeNull();
  });

  it('refuses a body larger than the path allows with 413 and a Vietnamese sentence the action caller shows', async () => {
    const tooLarge = await answer(await guardRequestBody(request('/tin-tuc/bai', { body: argumentsOf(PUBLIC_BODY_LIMIT_BYTES + 1), headers: action }), '/tin-tuc/bai'));
    // exactly text/plain: Next.js's client only shows the text of a refusal of that type
    expect(tooLarge).toEqual({ status: 413, type: 'text/plain', text: 'Dữ liệu gửi lên quá lớn (tối đa 64 KB).' });
    const editor = await answer(await guardRequestBody(request('/quan-tri/bai-viet/1', { body: argumentsOf(EDITOR_BODY_LIMIT_BYTES + 1), headers: action }), '/quan-tri/bai-viet/1'));
    expect(editor?.status).toBe(413);
    expect(editor?.text).toBe('Dữ liệu gửi lên quá lớn (tối đa 6 MB).');
  });

  it('trusts no Content-Length: a chunked body is counted as it arrives', async () => {
    const small = request('/', { body: chunked(argumentsOf(1000)), headers: action });
    expect(small.headers.get('content-length')).toBeNull();
    expect(await guardRequestBody(small, '/')).toBeNull();
    const large = await answer(await guardRequestBody(request('/', { body: chunked(argumentsOf(PUBLIC_BODY_LIMIT_BYTES * 3)), headers: action }), '/'));
    expect(large?.status).toBe(413);
    const route = await guardRequestBody(request('/api/auth/signout', { body: chunked('x'.repeat(SIGN_IN_BODY_LIMIT_BYTES + 1)) }), '/api/auth/signout');
    expect(route?.status).toBe(413);
    // a declared length that is not a number is not a request
    const lying = await answer(await guardRequestBody(request('/', { body: '[]', headers: { ...action, 'content-length': 'many' } }), '/'));
    expect(lying?.status).toBe(400);
  });

  it('answers scripts calling /api/* in JSON, a browser form in readable text', async () => {
    const api = await answer(await guardRequestBody(request('/api/auth/callback/credentials', { body: 'x'.repeat(10_000), headers: { 'content-type': 'application/x-www-form-urlencoded' } }), '/api/auth/callback/credentials'));
    expect(api?.status).toBe(413);
    expect(api?.type).toContain('application/json');
    expect(JSON.parse(api!.text)).toEqual({ message: 'Dữ liệu gửi lên quá lớn (tối đa 8 KB).' });
    const form = await answer(await guardRequestBody(request('/hoi-dap', { body: 'x'.repeat(PUBLIC_BODY_LIMIT_BYTES + 1), headers: { 'content-type': 'multipart/form-data; boundary=x' } }), '/hoi-dap'));
    expect(form?.type).toBe('text/plain; charset=utf-8');
  });

  it('refuses a server action sent from another site with 403 (Next.js would answer 500)', async () => {
    for (const origin of ['https://evil.example', 'null', 'not a url', 'http://localhost:3001']) {
      const refused = await answer(await guardRequestBody(request('/', { body: '[]', headers: { ...action, origin } }), '/'));
      expect(refused?.status, origin).toBe(403);
      expect(refused?.text).toMatch(/từ chối/);
    }
  });

  it('refuses with 400 what the encoder of the browser never writes (Next.js would answer 500)', async () => {
    for (const body of ['không phải JSON', '5', '["$1"]', `${'['.repeat(5000)}${']'.repeat(5000)}`]) {
      const refused = await answer(await guardRequestBody(request('/', { body, headers: action }), '/'));
      expect(refused, body.slice(0, 20)).toEqual({ status: 400, type: 'text/plain', text: 'Yêu cầu không hợp lệ.' });
    }
    const notAnId = await guardRequestBody(request('/', { body: '[]', headers: { ...action, 'next-action': 'x' } }), '/');
    expect(notAnId?.status).toBe(400);
    const json = await guardRequestBody(request('/', { body: '[]', headers: { ...action, 'content-type': 'application/json' } }), '/');
    expect(json?.status).toBe(415);
    const cut = await guardRequestBody(request('/', { body: '--abc\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', headers: { ...action, 'content-type': 'multipart/form-data; boundary=abc' } }), '/');
    expect(cut?.status).toBe(400);
    const form = new FormData();
    form.set('$ACTION_REF_1', '');
    expect((await guardRequestBody(request('/hoi-dap', { body: form, headers: { origin: ORIGIN } }), '/hoi-dap'))?.status).toBe(400);
  });

  it('takes on pages only what a server action sends: other methods and plain posts are 405', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const refused = await guardRequestBody(request('/', { method, body: 'x', headers: { origin: ORIGIN } }), '/');
      expect(refused?.status, method).toBe(405);
      expect(refused?.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    }
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain']) {
      const refused = await answer(await guardRequestBody(request('/tin-tuc/bai', { body: 'x', headers: { origin: ORIGIN, 'content-type': type } }), '/tin-tuc/bai'));
      expect(refused?.status, type).toBe(405);
      expect(refused?.text).toBe('Địa chỉ này không nhận loại yêu cầu này.');
    }
    // route handlers decide for themselves
    expect(await guardRequestBody(request('/api/internal/scheduled-publishing', { body: '' }), '/api/internal/scheduled-publishing')).toBeNull();
  });
});
