import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { z } from '@/lib/validation/zod';
import { ActionError } from './action-error';
import { runAction } from './safe-action';

const editor: SessionUser = { id: 'u1', email: 'e@x.vn', name: 'Biên Tập', role: 'editor', sessionId: 's1' };
const contributor: SessionUser = { ...editor, id: 'u2', role: 'contributor' };
const options = {
  name: 'test',
  schema: z.object({ title: z.string().trim().min(1, 'Vui lòng nhập tiêu đề.'), count: z.coerce.number().int() }),
  permission: 'article:publish' as const,
  failureMessage: 'Không thể lưu bài viết. Vui lòng thử lại.',
};
const as = (user: SessionUser | null) => async () => user;

afterEach(() => vi.restoreAllMocks());

describe('runAction', () => {
  it('refuses the signed out and the under-privileged before parsing or running anything', async () => {
    const handler = vi.fn(async () => ({}));
    expect(await runAction(options, handler, { title: 'x', count: 1 }, as(null))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await runAction(options, handler, { title: 'x', count: 1 }, as(contributor))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers malformed input with Vietnamese messages per field', async () => {
    const handler = vi.fn(async () => ({}));
    const result = await runAction(options, handler, { title: '  ', count: 'nhiều' }, as(editor));
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { title: 'Vui lòng nhập tiêu đề.' } });
    expect(result.ok === false && result.fieldErrors?.count).toMatch(/[ạảãáàâăđêôơư]/i);
    expect(await runAction(options, handler, 'not an object', as(editor))).toMatchObject({ ok: false, code: 'invalid' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('parses FormData and passes the parsed input and the user to the handler', async () => {
    const form = new FormData();
    form.set('title', ' Tiêu đề ');
    form.set('count', '3');
    const handler = vi.fn(async (input: { title: string; count: number }, _context: { user: SessionUser }) => ({ echoed: input }));
    expect(await runAction(options, handler, form, as(editor))).toEqual({ ok: true, echoed: { title: 'Tiêu đề', count: 3 } });
    expect(handler.mock.calls[0][1]).toEqual({ user: editor });
  });

  it('passes expected refusals through and hides unexpected errors behind a generic message', async () => {
    const conflict = await runAction(options, async () => {
      throw new ActionError('conflict', 'Bài viết đã được lưu ở nơi khác.');
    }, { title: 'x', count: 1 }, as(editor));
    expect(conflict).toEqual({ ok: false, code: 'conflict', message: 'Bài viết đã được lưu ở nơi khác.' });

    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = await runAction(options, async () => {
      throw new Error('SQLITE_BUSY: database is locked at /srv/portal.db');
    }, { title: 'x', count: 1 }, as(editor));
    expect(failure).toEqual({ ok: false, code: 'error', message: 'Không thể lưu bài viết. Vui lòng thử lại.' });
    expect(JSON.stringify(failure)).not.toContain('SQLITE');
    expect(log).toHaveBeenCalledWith('[action test] failed', { userId: 'u1' }, expect.any(Error));
  });

  it('says when the disk is full or the data directory read-only, rather than "try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // As Prisma reports SQLite's and PostgreSQL's refusals, and as Node reports a file write.
    const prismaError = (originalCode: string) =>
      Object.assign(new Error('Invalid `prisma.article.update()` invocation'), {
        code: 'P2039',
        meta: { driverAdapterError: { cause: { originalCode, originalMessage: 'database or disk is full' } } },
      });
    // Inside an interactive transaction Prisma throws the driver adapter's error as it is.
    const adapterError = (originalCode: string) =>
      Object.assign(new Error('database or disk is full'), { name: 'DriverAdapterError', cause: { originalCode, kind: 'sqlite' } });
    const fileError = (code: string) => Object.assign(new Error(`${code}: write /srv/data/media/x.jpg`), { code });
    // The sentence, and the HTTP status (507 Insufficient Storage, 503 Service Unavailable).
    const cases: [Error, RegExp, number][] = [
      [prismaError('SQLITE_FULL'), /ổ đĩa của máy chủ đã đầy/, 507],
      [adapterError('SQLITE_FULL'), /ổ đĩa của máy chủ đã đầy/, 507],
      [adapterError('SQLITE_READONLY'), /chế độ chỉ đọc/, 503],
      [prismaError('53100'), /ổ đĩa của máy chủ đã đầy/, 507],
      [fileError('ENOSPC'), /ổ đĩa của máy chủ đã đầy/, 507],
      [prismaError('SQLITE_READONLY'), /chế độ chỉ đọc/, 503],
      [prismaError('SQLITE_READONLY_DBMOVED'), /chế độ chỉ đọc/, 503],
      [new Error('upload failed', { cause: fileError('EROFS') }), /chế độ chỉ đọc/, 503],
      // the filesystem turned read-only under the open database, or a failing disk
      [adapterError('SQLITE_IOERR_WRITE'), /không ghi được vào ổ đĩa/, 503],
      [fileError('EIO'), /không ghi được vào ổ đĩa/, 503],
    ];
    for (const [error, message, status] of cases) {
      const result = await runAction(options, async () => {
        throw error;
      }, { title: 'x', count: 1 }, as(editor));
      expect(result).toMatchObject({ ok: false, code: 'error', message: expect.stringMatching(message), status });
      expect(result.ok === false && result.message).toContain('Những gì đã lưu trước đó vẫn còn nguyên');
      expect(JSON.stringify(result)).not.toMatch(/SQLITE|ENOSPC|EROFS|EIO|53100/);
    }
  });
});
