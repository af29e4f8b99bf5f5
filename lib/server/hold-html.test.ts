import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_LIMIT_BYTES, holdHtmlForCsp, withScriptSources } from './hold-html.mjs';
import { createInlineScriptHasher } from './inline-scripts.mjs';

const BASE_POLICY = "frame-ancestors 'none'; object-src 'none'";
const FLIGHT = 'self.__next_f.push([1,"0:[]\\n"])';
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer((req, res) => {
    res.setHeader('content-security-policy', BASE_POLICY);
    holdHtmlForCsp(req, res, { hashScripts: createInlineScriptHasher() });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe("an HTML page's policy names its inline scripts", () => {
  it('holds a streamed page and sends it whole with the hashes of its scripts', async () => {
    const url = await serve((_req, res) => {
      res.statusCode = 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write('<html><body><p>Phường Phước Hưng</p>');
      setTimeout(() => res.end(`<script>${FLIGHT}</script><script>alert(1)</script></body></html>`), 20);
    });
    const response = await fetch(url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`script-src 'self' ${hashOf(FLIGHT)}`);
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain(hashOf('alert(1)'));
    expect(await response.text()).toBe(`<html><body><p>Phường Phước Hưng</p><script>${FLIGHT}</script><script>alert(1)</script></body></html>`);
  });

  it('takes the status and headers given to writeHead', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html', 'x-portal': 'yes' });
      res.end(`<script>${FLIGHT}</script>`);
    });
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-portal')).toBe('yes');
    expect(response.headers.get('content-security-policy')).toContain(hashOf(FLIGHT));
  });

  it('lets other responses stream untouched', async () => {
    let secondChunkSent = false;
    const url = await serve((_req, res) => {
      res.setHeader('content-type', 'text/x-component');
      res.write('0:first\n');
      setTimeout(() => {
        secondChunkSent = true;
        res.end('1:second\n');
      }, 200);
    });
    const response = await fetch(url);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('0:first\n');
    expect(secondChunkSent).toBe(false);
    expect(response.headers.get('content-security-policy')).toBe(BASE_POLICY);
    await reader.cancel();
  });

  it('sends no policy with a 304, so the browser keeps the one it stored with the page', async () => {
    const url = await serve((_req, res) => {
      res.statusCode = 304;
      res.setHeader('content-type', 'text/html');
      res.end();
    });
    const response = await fetch(url);
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('sends a page larger than the limit without script hashes instead of holding it', async () => {
    const big = 'x'.repeat(HOLD_LIMIT_BYTES + 10);
    const url = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.write(`<script>${FLIGHT}</script>`);
      res.write(big);
      res.end('</html>');
    });
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'; script-src-attr 'none'");
    expect((await response.text()).length).toBe(`<script>${FLIGHT}</script>`.length + big.length + '</html>'.length);
  });
});

describe('withScriptSources', () => {
  it('replaces any script directive and keeps the others', () => {
    expect(withScriptSources("default-src 'self'; script-src 'unsafe-inline'; script-src-elem *", ["'sha256-a'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; script-src-attr 'none'",
    );
  });
});
