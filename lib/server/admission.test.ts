import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAdmission, OTHERS_EVERY, requestClass } from './admission.mjs';

const request = (method: string, url: string) => ({ method, url, headers: {} }) as unknown as IncomingMessage;

/** A response that records when its headers go out and can be ended. */
function response() {
  const emitter = new EventEmitter() as EventEmitter & { writeHead: () => void; destroyed: boolean; writableEnded: boolean };
  emitter.destroyed = false;
  emitter.writableEnded = false;
  emitter.writeHead = () => undefined;
  return emitter as unknown as ServerResponse & EventEmitter;
}

describe('requestClass', () => {
  it('puts the editor first, pages next, everything else after', () => {
    expect(requestClass(request('POST', '/quan-tri/bai-viet/abc'))).toBe('editor');
    expect(requestClass(request('GET', '/quan-tri'))).toBe('editor');
    expect(requestClass(request('POST', '/api/quan-tri/van-ban/tep'))).toBe('editor');
    expect(requestClass(request('POST', '/api/auth/callback/credentials'))).toBe('editor');
    expect(requestClass(request('GET', '/dang-nhap?callbackUrl=%2Fquan-tri'))).toBe('editor');
    expect(requestClass(request('GET', '/quan-tri-gia'))).toBe('page');
    expect(requestClass(request('GET', '/_next/static/chunks/app.js'))).toBe('editor');
    expect(requestClass({ method: 'GET', url: '/tin-tuc/a', headers: { cookie: 'a=1; __Secure-next-auth.session-token=x' } } as unknown as IncomingMessage)).toBe('editor');
    expect(requestClass(request('GET', '/tin-tuc/bai-viet'))).toBe('page');
    expect(requestClass(request('HEAD', '/'))).toBe('page');
    expect(requestClass(request('POST', '/api/danh-gia'))).toBe('other');
    expect(requestClass(request('GET', '/tim-kiem?q=dan'))).toBe('page');
    expect(requestClass(request('GET', '/api/danh-gia?bai=x'))).toBe('other');
    expect(requestClass(request('POST', '/hoi-dap'))).toBe('other');
  });
});

describe('createAdmission', () => {
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('lets `concurrency` requests in, then pages before the others, and the editor at once', async () => {
    const admission = createAdmission({ concurrency: 2 });
    const started: string[] = [];
    const responses = new Map<string, ReturnType<typeof response>>();
    const send = (name: string, method: string, url: string) => {
      const res = response();
      responses.set(name, res);
      admission.admit(request(method, url), res, () => started.push(name));
    };
    send('a', 'GET', '/');
    send('b', 'POST', '/api/danh-gia');
    send('vote', 'POST', '/api/danh-gia');
    send('search', 'POST', '/hoi-dap');
    send('page', 'GET', '/tin-tuc/moi');
    send('editor', 'POST', '/quan-tri/bai-viet/1');
    expect(started).toEqual(['a', 'b', 'editor']);
    expect(admission.waiting).toBe(3);

    // headers out: the work is done, the next one starts (the page, though it came last)
    responses.get('a')!.writeHead(200);
    // on the next turn of the event loop, so that sockets are read in between
    expect(started).toEqual(['a', 'b', 'editor']);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'editor', 'page']);
    responses.get('b')!.emit('finish');
    await nextTurn();
    expect(started.at(-1)).toBe('vote');
    // a request gives its place back once only
    responses.get('b')!.emit('close');
    await nextTurn();
    expect(started).toHaveLength(5);
    responses.get('page')!.emit('close');
    await nextTurn();
    expect(started.at(-1)).toBe('search');
    expect(admission.active).toBe(2);
  });

  it('gives one start in OTHERS_EVERY to the other line, so that votes are never starved by pages', async () => {
    const admission = createAdmission({ concurrency: 1 });
    const started: string[] = [];
    const responses: ReturnType<typeof response>[] = [];
    const send = (name: string, method: string, url: string) => {
      const res = response();
      responses.push(res);
      admission.admit(request(method, url), res, () => started.push(name));
    };
    send('first', 'GET', '/');
    for (let i = 0; i < 8; i++) send(`page${i}`, 'GET', `/tin-tuc/${i}`);
    send('vote', 'POST', '/api/danh-gia');
    for (let i = 0; i < OTHERS_EVERY; i++) {
      responses[i].emit('finish');
      await nextTurn();
    }
    expect(started.slice(1)).toContain('vote');
    expect(started.slice(1, OTHERS_EVERY)).not.toContain('vote');
  });

  it('lets nobody overtake those already in line when a place frees', async () => {
    const admission = createAdmission({ concurrency: 1 });
    const started: string[] = [];
    const first = response();
    admission.admit(request('GET', '/'), first, () => started.push('first'));
    admission.admit(request('GET', '/tin-tuc/a'), response(), () => started.push('waiting'));
    // the place frees, and before the line moves (a later turn) a new request arrives
    first.emit('finish');
    admission.admit(request('GET', '/tin-tuc/b'), response(), () => started.push('newcomer'));
    expect(started).toEqual(['first']);
    await nextTurn();
    expect(started).toEqual(['first', 'waiting']);
    expect(admission.waiting).toBe(1);
  });

  it('skips a request whose client left while it waited', async () => {
    const admission = createAdmission({ concurrency: 1 });
    const started: string[] = [];
    const first = response();
    admission.admit(request('GET', '/'), first, () => started.push('first'));
    const gone = response();
    admission.admit(request('GET', '/a'), gone, () => started.push('gone'));
    admission.admit(request('GET', '/b'), response(), () => started.push('next'));
    gone.destroyed = true;
    gone.emit('close');
    first.emit('finish');
    await nextTurn();
    expect(started).toEqual(['first', 'next']);
  });

  it('stops counting a request that holds its place too long', async () => {
    const admission = createAdmission({ concurrency: 1, holdLimitMs: 20 });
    const started: string[] = [];
    admission.admit(request('GET', '/slow'), response(), () => started.push('slow'));
    admission.admit(request('GET', '/next'), response(), () => started.push('next'));
    expect(started).toEqual(['slow']);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(started).toEqual(['slow', 'next']);
  });
  it('starts no reader while the server renders a changed page ahead of readers, and starts them once it is done', async () => {
    const isPriority = (req: IncomingMessage) => req.url === '/tin-tuc/vua-sua';
    const admission = createAdmission({ concurrency: 2, isPriority });
    const started: string[] = [];
    const warm = response();
    admission.admit(request('GET', '/tin-tuc/vua-sua'), warm, () => started.push('warm'));
    admission.admit(request('GET', '/'), response(), () => started.push('home'));
    admission.admit(request('POST', '/api/danh-gia'), response(), () => started.push('vote'));
    // the editor is never held
    admission.admit(request('POST', '/quan-tri/bai-viet/1'), response(), () => started.push('editor'));
    expect(started).toEqual(['warm', 'editor']);
    expect(admission.waiting).toBe(2);
    warm.emit('finish');
    await nextTurn();
    expect(started).toEqual(['warm', 'editor', 'home', 'vote']);
  });

  it('lets readers start again when a priority render takes too long', async () => {
    const admission = createAdmission({ concurrency: 2, priorityPauseLimitMs: 20, isPriority: (req) => req.url === '/cham' });
    const started: string[] = [];
    admission.admit(request('GET', '/cham'), response(), () => started.push('slow render'));
    admission.admit(request('GET', '/'), response(), () => started.push('home'));
    expect(started).toEqual(['slow render']);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(started).toEqual(['slow render', 'home']);
  });
});
