import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientErrorResponse, PORTAL_METHODS, refusalBeforeNext, sendRefusal, translateBareRefusals } from './bare-refusals.mjs';

describe('refusalBeforeNext', () => {
  it('refuses a path whose percent-encoding is broken (Next.js answers it with a server error)', () => {
    for (const url of ['/tin-tuc/%E0%A4%A', '/media/%ZZ', '/api/auth/%', '/van-ban/%E0%A4%A/tai-ve?x=1']) {
      expect(refusalBeforeNext('GET', url), url).toEqual({ status: 400, message: 'Địa chỉ không hợp lệ.' });
    }
    for (const url of ['/', '/tin-tuc/bai-viet', '/tim-kiem?q=%ZZ', '/media/e2e/cover.png', '/tin-tuc/%C4%91']) expect(refusalBeforeNext('GET', url), url).toBeNull();
  });

  it('refuses the methods nothing in the portal takes', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'TRACE', 'FOO']) {
      expect(refusalBeforeNext(method, '/')).toEqual({ status: 405, message: 'Địa chỉ này không nhận loại yêu cầu này.', headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
    }
    for (const method of PORTAL_METHODS) expect(refusalBeforeNext(method, '/')).toBeNull();
  });

  it('refuses nothing a route handler of the portal takes', () => {
    const exported = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
          for (const match of readFileSync(full, 'utf8').matchAll(/\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) exported.add(match[1]);
        }
      }
    };
    walk(path.join(process.cwd(), 'app'));
    expect([...exported].filter((method) => !PORTAL_METHODS.includes(method))).toEqual([]);
  });
});

describe('translateBareRefusals', () => {
  let server: Server;
  let base = '';
  // what Next.js writes for each path, before the wrapper
  const answers: Record<string, (res: ServerResponse) => void> = {
    '/route-405': (res) => {
      res.statusCode = 405;
      res.setHeader('allow', 'GET');
      res.end();
    },
    '/page-405': (res) => {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end('Method Not Allowed');
    },
    '/unknown-action': (res) => {
      res.setHeader('x-nextjs-action-not-found', '1');
      res.setHeader('content-type', 'text/plain');
      res.statusCode = 409;
      res.end('Server Action unavailable.');
    },
    '/own-refusal': (res) => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.write('Không tìm thấy ');
      res.end('tệp.');
    },
    '/json-refusal': (res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"message":"Yêu cầu không hợp lệ."}');
    },
    '/long-refusal': (res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.write('x'.repeat(100));
      res.end('y'.repeat(100));
    },
    '/ok': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('');
    },
  };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const refusal = refusalBeforeNext(req.method, req.url);
      if (refusal) return sendRefusal(req, res, refusal);
      translateBareRefusals(req, res);
      answers[req.url ?? '']?.(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (pathname: string, init: RequestInit = {}) => {
    const response = await fetch(base + pathname, init);
    return { status: response.status, type: response.headers.get('content-type'), allow: response.headers.get('allow'), text: await response.text() };
  };

  it('gives Next.js refusals without a body, or with its English, a Vietnamese sentence and keeps their status and headers', async () => {
    expect(await get('/route-405')).toEqual({ status: 405, type: 'text/plain; charset=utf-8', allow: 'GET', text: 'Địa chỉ này không nhận loại yêu cầu này.' });
    expect(await get('/page-405', { method: 'POST' })).toMatchObject({ status: 405, allow: 'GET, HEAD', text: 'Địa chỉ này không nhận loại yêu cầu này.' });
    const unknown = await get('/unknown-action', { method: 'POST', headers: { 'next-action': 'x' } });
    // exactly text/plain: Next.js's client shows the text of such an answer to an action
    expect(unknown).toMatchObject({ status: 409, type: 'text/plain', text: 'Thao tác này không còn trên cổng thông tin (trang đã cũ). Vui lòng tải lại trang.' });
  });

  it('leaves the portal’s own answers alone', async () => {
    expect(await get('/own-refusal')).toMatchObject({ status: 404, text: 'Không tìm thấy tệp.' });
    expect(await get('/json-refusal')).toMatchObject({ status: 400, text: '{"message":"Yêu cầu không hợp lệ."}' });
    expect((await get('/long-refusal')).text).toBe(`${'x'.repeat(100)}${'y'.repeat(100)}`);
    expect(await get('/ok')).toMatchObject({ status: 200, text: '' });
  });

  it('refuses before Next.js what it would answer with a server error', async () => {
    expect(await get('/tin-tuc/%E0%A4%A')).toMatchObject({ status: 400, text: 'Địa chỉ không hợp lệ.' });
    expect(await get('/ok', { method: 'DELETE' })).toMatchObject({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' });
  });
});

describe('clientErrorResponse', () => {
  it('answers a request Node.js could not parse with a 4xx and a Vietnamese sentence', () => {
    const malformed = clientErrorResponse(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' })).toString('utf8');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(malformed.endsWith('\r\n\r\nYêu cầu không hợp lệ.')).toBe(true);
    expect(malformed).toContain(`Content-Length: ${Buffer.byteLength('Yêu cầu không hợp lệ.')}`);
    expect(clientErrorResponse(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' })).toString('utf8')).toMatch(/^HTTP\/1\.1 431 /);
  });
});
