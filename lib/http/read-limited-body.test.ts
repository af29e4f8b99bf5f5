import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readLimitedBody, readLimitedBytes } from './read-limited-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readLimitedBody', () => {
  it('returns a small body as text', async () => {
    expect(await readLimitedBody(post('{"stars":4}'), 100)).toBe('{"stars":4}');
    expect(await readLimitedBody(post('Đánh giá'), 100)).toBe('Đánh giá');
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    await expect(readLimitedBody(post('x'.repeat(101)), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(readLimitedBody(post('x', { 'content-length': '5000' }), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(50));
        controller.close();
      },
    });
    await expect(readLimitedBody(post(stream), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('returns a binary body as its exact bytes', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80]);
    expect(await readLimitedBytes(post(bytes), 8)).toEqual(bytes);
    await expect(readLimitedBytes(post(bytes), 7)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
