import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkActionForm, checkActionText, checkFormPost, MAX_ARGUMENTS, MAX_DEPTH } from './action-encoding';

// The browser's encoder, as Next.js's client calls it for a server action.
const { encodeReply, createTemporaryReferenceSet } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown[], options?: { temporaryReferences?: unknown }) => Promise<string | FormData>;
  createTemporaryReferenceSet: () => unknown;
};

async function check(args: unknown[]) {
  const body = await encodeReply(args, { temporaryReferences: createTemporaryReferenceSet() });
  return typeof body === 'string' ? checkActionText(body) : checkActionForm(body);
}

const ACTION_ID = `7f${'a1'.repeat(20)}`;

describe('the server action bodies the portal sends', () => {
  it('are accepted whatever plain values they carry', async () => {
    const shared = { title: 'Tiêu đề' };
    const cases: unknown[][] = [
      [],
      [{ articleId: 'abc', stars: 5, website: '' }],
      [{ id: 'x', version: 3, title: 'Tiêu đề', coverId: null, bodyHtml: '<p>$100</p>', publishedAt: '' }],
      [undefined, null, true, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 12345678901234567890n],
      ['$1', '$$', '$Q1', '$'],
      [new Date('2026-11-26T09:30:00Z'), { at: new Date(0) }],
      [{ first: shared, second: shared }, [shared, shared]],
      [JSON.parse(`${'['.repeat(MAX_DEPTH - 2)}1${']'.repeat(MAX_DEPTH - 2)}`)],
      [{ callback: () => 1 }],
    ];
    for (const args of cases) expect(await check(args), JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toEqual({ ok: true });
  });

  it('are accepted with forms and files (multipart)', async () => {
    const question = new FormData();
    question.set('kind', 'question');
    question.set('content', 'Xin hỏi thủ tục đăng ký khai sinh?');
    expect(await check([null, question])).toEqual({ ok: true });
    expect(await check([{ ok: false, message: 'Thông tin chưa hợp lệ.', values: { kind: 'question' } }, question])).toEqual({ ok: true });
    const upload = new FormData();
    upload.set('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'anh.png');
    upload.set('alt', 'Ảnh');
    expect(await check([upload])).toEqual({ ok: true });
    const shared = { a: 1 };
    expect(await check([{ p: shared, q: shared }, question, new Map([[1, shared]]), new Set([1]), new Blob(['x'])])).toEqual({ ok: true });
  });
});

describe('bodies no page of the portal sends', () => {
  it('are refused before Next.js decodes them (it would answer with a server error)', () => {
    const bodies = [
      'không phải JSON',
      '',
      '[{"id":',
      '5',
      '"x"',
      'null',
      '{"id":"x"}',
      '["$1"]',
      '["$Q1"]',
      '["$h1"]',
      '["$@9"]',
      '["$nxyz"]',
      '["$B1"]',
      '["$R1"]',
      '["$0:nothing:here"]',
      '["$Zweird"]',
      JSON.stringify(Array.from({ length: MAX_ARGUMENTS + 1 }, () => 0)),
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    ];
    for (const body of bodies) expect(checkActionText(body).ok, body.slice(0, 30)).toBe(false);
  });

  it('are refused as multipart when a part is missing or is not what it claims', () => {
    const form = (parts: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(parts)) data.set(name, value);
      return data;
    };
    expect(checkActionForm(form({ x: '1' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '{{{' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '["$Q1"]' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '["$Q1"]', 1: 'not json' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '["$B1"]', 1: 'text, not a file' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '["$Q1"]', 1: '[["$@2"]]' })).ok).toBe(false);
    expect(checkActionForm(form({ 0: '["$Q1"]', 1: '[[1,2]]' }))).toEqual({ ok: true });
  });
});

describe('checkFormPost (a form sent before JavaScript loaded)', () => {
  const form = (parts: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(parts)) data.set(name, value);
    return data;
  };

  it('accepts a form naming its action, with or without bound arguments', () => {
    expect(checkFormPost(form({ [`$ACTION_ID_${ACTION_ID}`]: '', name: 'An' }))).toEqual({ ok: true });
    expect(
      checkFormPost(form({ '$ACTION_REF_1': '', '$ACTION_1:0': JSON.stringify({ id: ACTION_ID, bound: '$@1' }), '$ACTION_1:1': '[null]', '$ACTION_KEY': 'k1', kind: 'question' })),
    ).toEqual({ ok: true });
    // a multipart post that names no action is not one (Next.js renders the page)
    expect(checkFormPost(form({ name: 'An' }))).toEqual({ ok: true });
  });

  it('refuses a form whose action reference is broken', () => {
    const broken: Record<string, string>[] = [
      { '$ACTION_ID_không-phải': '' },
      { '$ACTION_REF_1': '' },
      { '$ACTION_REF_1': '', '$ACTION_1:0': '{{' },
      { '$ACTION_REF_1': '', '$ACTION_1:0': JSON.stringify({ id: 'x', bound: null }) },
      { '$ACTION_REF_1': '', '$ACTION_1:0': JSON.stringify({ id: ACTION_ID, bound: '$@1' }) },
      { '$ACTION_REF_1': '', '$ACTION_1:0': JSON.stringify({ id: ACTION_ID, bound: '$@1' }), '$ACTION_1:1': '["$Q7"]' },
      { [`$ACTION_ID_${ACTION_ID}`]: '', '$ACTION_REF_1': '' },
    ];
    for (const parts of broken) {
      expect(checkFormPost(form(parts)).ok, JSON.stringify(parts)).toBe(false);
    }
  });
});
