import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { createTempDatabase } from '@/test/temp-database';
import type { ArticleFormInput } from '@/lib/validation/article';
import { createArticlePreview } from './article-preview';
import { createDraftArticle, deleteAbandonedDrafts } from './create-draft';
import { publishDueArticles } from './publish-due-articles';
import { restoreRevision } from './restore-revision';
import { restoreArticle, trashArticle } from './trash-article';
import { writeArticle } from './write-article';

let db: PrismaClient;
let cleanup: () => Promise<void>;
let editor: Actor;
let contributor: Actor;
let newsId: string;
let noticeId: string;

beforeAll(async () => {
  ({ prisma: db, cleanup } = await createTempDatabase('articles-test-'));
  const [e, c] = await Promise.all([
    db.user.create({ data: { email: 'bientap@example.vn', name: 'Biên Tập', passwordHash: 'x', role: 'editor' } }),
    db.user.create({ data: { email: 'congtac@example.vn', name: 'Cộng Tác', passwordHash: 'x', role: 'contributor' } }),
  ]);
  editor = { id: e.id, role: 'editor' };
  contributor = { id: c.id, role: 'contributor' };
  newsId = (await db.category.create({ data: { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện', position: 1 } })).id;
  noticeId = (await db.category.create({ data: { slug: 'thong-bao', name: 'Thông báo', position: 2 } })).id;
});

afterAll(async () => cleanup?.());

function form(id: string, version: number, overrides: Partial<ArticleFormInput> = {}): ArticleFormInput {
  return {
    id,
    version,
    title: 'Hội nghị Dân vận năm 2024',
    slug: '',
    summary: 'Tóm tắt',
    categoryId: newsId,
    coverId: null,
    coverAlt: '',
    bodyHtml: '<p>Nội dung bài viết.</p>',
    publishedAt: null,
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('writing an article', () => {
  let id: string;
  beforeEach(async () => {
    ({ id } = await createDraftArticle(db, editor));
  });

  it('saves a draft with a slug from the title and a revision per save, sanitising the body', async () => {
    const { article, publicChange } = await writeArticle(
      db,
      editor,
      form(id, 1, { title: `Đảng ủy phường họp ${id}`, bodyHtml: '<p onclick="x()">Chào<script>alert(1)</script></p>' }),
      'save',
    );
    expect(article).toMatchObject({ version: 2, status: 'draft', slug: `dang-uy-phuong-hop-${id}` });
    expect(publicChange).toBeNull();
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.bodyHtml).toBe('<p>Chào</p>');
    const revisions = await db.articleRevision.findMany({ where: { articleId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 2, authorId: editor.id, note: 'Lưu' });
  });

  it('refuses a save from a stale tab and writes nothing of it', async () => {
    await writeArticle(db, editor, form(id, 1, { title: `Bản thứ nhất ${id}` }), 'save');
    const error = await rejection(writeArticle(db, editor, form(id, 1, { title: `Bản từ thẻ cũ ${id}` }), 'save'));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Biên Tập');
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.title).toBe(`Bản thứ nhất ${id}`);
    expect(stored.version).toBe(2);
  });

  it('publishes with the current time and reports the pages to refresh', async () => {
    const now = new Date('2026-01-02T03:04:00Z');
    const { article, publicChange } = await writeArticle(db, editor, form(id, 1, { title: `Bài đăng ${id}` }), 'publish', now);
    expect(article.status).toBe('published');
    expect(article.publishedAt).toBe(now.toISOString());
    expect(publicChange).toEqual({ slugs: [article.slug], categorySlugs: ['tin-tuc-su-kien'] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: 'article.publish' } });
    expect(audit.actorId).toBe(editor.id);
  });

  it('keeps the old URL of a published article when its slug or category changes', async () => {
    const first = await writeArticle(db, editor, form(id, 1, { title: `Tên cũ ${id}` }), 'publish');
    const second = await writeArticle(
      db,
      editor,
      form(id, first.article.version, { title: `Tên mới ${id}`, slug: `ten-moi-${id}`, categoryId: noticeId }),
      'save',
    );
    expect(second.article.status).toBe('published');
    expect(second.publicChange).toEqual({
      slugs: [first.article.slug, `ten-moi-${id}`],
      categorySlugs: ['tin-tuc-su-kien', 'thong-bao'],
    });
    const redirect = await db.articleSlugRedirect.findUniqueOrThrow({ where: { slug: first.article.slug } });
    expect(redirect.articleId).toBe(id);

    // Taking the old slug back makes it current again, not a redirect to itself.
    const third = await writeArticle(db, editor, form(id, second.article.version, { slug: first.article.slug, categoryId: noticeId }), 'save');
    expect(third.article.slug).toBe(first.article.slug);
    expect(await db.articleSlugRedirect.findUnique({ where: { slug: first.article.slug } })).toBeNull();
    expect(await db.articleSlugRedirect.findUnique({ where: { slug: `ten-moi-${id}` } })).not.toBeNull();

    // Unpublished, every address it ever had stops answering: all are refreshed.
    const gone = await writeArticle(db, editor, form(id, third.article.version, { slug: first.article.slug, categoryId: noticeId }), 'unpublish');
    expect(gone.publicChange?.slugs.sort()).toEqual([first.article.slug, `ten-moi-${id}`].sort());
  });

  it('refuses a slug another article uses or used', async () => {
    const other = await createDraftArticle(db, editor);
    const published = await writeArticle(db, editor, form(other.id, 1, { title: `Bài khác ${id}` }), 'publish');
    const error = await rejection(writeArticle(db, editor, form(id, 1, { slug: published.article.slug }), 'save'));
    expect(error.fieldErrors?.slug).toMatch(/đã được dùng/);
  });

  it('does not publish an article without a title or body', async () => {
    const error = await rejection(writeArticle(db, editor, form(id, 1, { title: '', bodyHtml: '<p> </p>' }), 'publish'));
    expect(error.fieldErrors).toMatchObject({ title: 'Vui lòng nhập tiêu đề.', bodyHtml: 'Vui lòng nhập nội dung bài viết.' });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe('draft');
  });

  it('schedules only in the future, and unpublishes only what is published', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const past = await rejection(writeArticle(db, editor, form(id, 1, { publishedAt: new Date('2026-02-01T00:00:00Z') }), 'schedule', now));
    expect(past.fieldErrors?.publishedAt).toMatch(/đã qua/);
    const scheduled = await writeArticle(db, editor, form(id, 1, { title: `Hẹn giờ ${id}`, publishedAt: new Date('2099-03-02T00:00:00Z') }), 'schedule', now);
    expect(scheduled.article.status).toBe('scheduled');
    expect(scheduled.publicChange).toBeNull();
    const notLive = await rejection(writeArticle(db, editor, form(id, scheduled.article.version), 'unpublish', now));
    expect(notLive.code).toBe('invalid');
  });
});

describe('what a contributor may do', () => {
  it('writes and submits their own draft but can never publish, schedule or unpublish', async () => {
    const { id } = await createDraftArticle(db, contributor);
    const saved = await writeArticle(db, contributor, form(id, 1, { title: `Bài cộng tác ${id}` }), 'save');
    for (const intent of ['publish', 'schedule', 'unpublish', 'unschedule'] as const) {
      const error = await rejection(writeArticle(db, contributor, form(id, saved.article.version), intent));
      expect(error.code).toBe('forbidden');
    }
    const submitted = await writeArticle(db, contributor, form(id, saved.article.version), 'submit');
    expect(submitted.article.status).toBe('pending');
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
  });

  it('cannot touch another person’s article', async () => {
    const { id } = await createDraftArticle(db, editor);
    const error = await rejection(writeArticle(db, contributor, form(id, 1), 'save'));
    expect(error.code).toBe('forbidden');
    expect(await rejection(trashArticle(db, contributor, { id, version: 1 }))).toMatchObject({ code: 'forbidden' });
    expect(await rejection(createArticlePreview(db, contributor, form(id, 1)))).toMatchObject({ code: 'forbidden' });
  });
});

describe('scheduled publishing', () => {
  it('publishes each due article exactly once, however many runs race', async () => {
    const now = new Date('2030-05-05T05:05:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await createDraftArticle(db, editor);
      await writeArticle(db, editor, form(id, 1, { title: `Lịch ${i} ${id}`, publishedAt: new Date('2030-05-05T05:00:00Z') }), 'schedule', new Date('2030-05-01T00:00:00Z'));
      ids.push(id);
    }
    const { id: later } = await createDraftArticle(db, editor);
    await writeArticle(db, editor, form(later, 1, { title: `Chưa đến giờ ${later}`, publishedAt: new Date('2030-05-06T00:00:00Z') }), 'schedule', new Date('2030-05-01T00:00:00Z'));

    const runs = await Promise.all(Array.from({ length: 5 }, () => publishDueArticles(db, now)));
    const reported = runs.flat().map((p) => p.id).sort();
    expect(reported).toEqual([...ids].sort());
    for (const id of ids) {
      expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe('published');
      expect(await db.auditLog.count({ where: { targetId: id, action: 'article.scheduled-publish' } })).toBe(1);
      expect(await db.articleRevision.count({ where: { articleId: id, note: 'Xuất bản theo lịch hẹn' } })).toBe(1);
    }
    expect((await db.article.findUniqueOrThrow({ where: { id: later } })).status).toBe('scheduled');
    expect(await publishDueArticles(db, now)).toEqual([]);
  });
});

describe('revisions, trash and clean-up', () => {
  it('restores an earlier revision as a new one, keeping slug and status', async () => {
    const { id } = await createDraftArticle(db, editor);
    const v2 = await writeArticle(db, editor, form(id, 1, { title: `Bản đầu ${id}`, bodyHtml: '<p>Lời văn đầu tiên.</p>' }), 'publish');
    const v3 = await writeArticle(db, editor, form(id, v2.article.version, { title: `Bản sau ${id}`, slug: v2.article.slug, bodyHtml: '<p>Lời văn đã sửa.</p>' }), 'save');
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, version: 2 } });
    const restored = await restoreRevision(db, editor, { id, revisionId: first.id, version: v3.article.version });
    expect(restored.restoredVersion).toBe(2);
    expect(restored.publicChange).not.toBeNull();
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: `Bản đầu ${id}`, bodyHtml: '<p>Lời văn đầu tiên.</p>', status: 'published', version: 4 });
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { version: 'desc' } });
    expect(latest).toMatchObject({ version: 4, note: 'Khôi phục phiên bản 2' });
    expect(await rejection(restoreRevision(db, editor, { id, revisionId: first.id, version: v3.article.version }))).toMatchObject({ code: 'conflict' });
  });

  it('trashes a published article and restores it to where it was', async () => {
    const { id } = await createDraftArticle(db, editor);
    const published = await writeArticle(db, editor, form(id, 1, { title: `Thùng rác ${id}` }), 'publish');
    const trashed = await trashArticle(db, editor, { id, version: published.article.version });
    expect(trashed.article.status).toBe('trashed');
    expect(trashed.publicChange).not.toBeNull();
    expect(await rejection(writeArticle(db, editor, form(id, trashed.article.version), 'save'))).toMatchObject({ code: 'forbidden' });
    const restored = await restoreArticle(db, editor, { id });
    expect(restored.article.status).toBe('published');
    expect(await db.auditLog.count({ where: { targetId: id, action: { in: ['article.trash', 'article.restore'] } } })).toBe(2);
  });

  it('coalesces one person’s autosaves into one revision', async () => {
    const { id } = await createDraftArticle(db, editor);
    let version = 1;
    for (const word of ['một', 'hai', 'ba']) {
      version = (await writeArticle(db, editor, form(id, version, { title: `Tự lưu ${id}`, bodyHtml: `<p>${word}</p>` }), 'autosave')).article.version;
    }
    const revisions = await db.articleRevision.findMany({ where: { articleId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 4, bodyHtml: '<p>ba</p>', note: 'Tự động lưu' });
  });

  it('removes drafts that were never written in, and only those', async () => {
    const empty = await createDraftArticle(db, editor);
    const written = await createDraftArticle(db, editor);
    await writeArticle(db, editor, form(written.id, 1, { title: `Có chữ ${written.id}` }), 'save');
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await deleteAbandonedDrafts(db, tomorrow)).toBeGreaterThanOrEqual(1);
    expect(await db.article.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await db.article.findUnique({ where: { id: written.id } })).not.toBeNull();
  });
});
