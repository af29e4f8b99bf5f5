import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';
import {
  canEditArticle,
  canPublishArticle,
  canRestoreArticle,
  canSubmitArticle,
  canTrashArticle,
  canViewArticle,
  hasPermission,
  wouldRemoveLastAdmin,
  type Actor,
} from './permissions';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const editor: Actor = { id: 'editor-1', role: 'editor' };
const contributor: Actor = { id: 'contrib-1', role: 'contributor' };
const otherContributor: Actor = { id: 'contrib-2', role: 'contributor' };

const own = (status: ArticleStatus) => ({ authorId: contributor.id, status });
const othersArticle = (status: ArticleStatus) => ({ authorId: 'someone-else', status });

describe('role permissions', () => {
  it('lets only admins manage users, settings, categories, the audit log and ratings', () => {
    for (const permission of ['user:manage', 'settings:manage', 'category:manage', 'audit:view', 'ratings:reset'] as const) {
      expect(hasPermission(admin, permission)).toBe(true);
      expect(hasPermission(editor, permission)).toBe(false);
      expect(hasPermission(contributor, permission)).toBe(false);
    }
  });

  it('lets every role write and upload, but only editors and admins publish', () => {
    for (const actor of [admin, editor, contributor]) {
      expect(hasPermission(actor, 'article:create')).toBe(true);
      expect(hasPermission(actor, 'media:upload')).toBe(true);
    }
    expect(hasPermission(admin, 'article:publish')).toBe(true);
    expect(hasPermission(editor, 'article:publish')).toBe(true);
    expect(hasPermission(contributor, 'article:publish')).toBe(false);
  });

  it('refuses an unknown role everything', () => {
    const stranger = { id: 'x', role: 'guest' } as unknown as Actor;
    expect(hasPermission(stranger, 'article:create')).toBe(false);
    expect(canEditArticle(stranger, othersArticle('draft'))).toBe(false);
    expect(canPublishArticle(stranger, othersArticle('draft'))).toBe(false);
  });
});

describe('article permissions', () => {
  it('editors and admins edit and publish anyone’s article, except in the trash', () => {
    for (const actor of [admin, editor]) {
      for (const status of ARTICLE_STATUSES) {
        const article = othersArticle(status);
        expect(canViewArticle(actor, article)).toBe(true);
        expect(canEditArticle(actor, article)).toBe(status !== 'trashed');
        expect(canPublishArticle(actor, article)).toBe(status !== 'trashed');
        expect(canTrashArticle(actor, article)).toBe(status !== 'trashed');
      }
    }
  });

  it('a contributor never publishes, not even their own draft', () => {
    for (const status of ARTICLE_STATUSES) expect(canPublishArticle(contributor, own(status))).toBe(false);
  });

  it('a contributor edits their own draft or pending article only', () => {
    expect(canEditArticle(contributor, own('draft'))).toBe(true);
    expect(canEditArticle(contributor, own('pending'))).toBe(true);
    for (const status of ['scheduled', 'published', 'unpublished', 'trashed'] as const) {
      expect(canEditArticle(contributor, own(status))).toBe(false);
    }
    expect(canEditArticle(otherContributor, own('draft'))).toBe(false);
    expect(canViewArticle(otherContributor, own('draft'))).toBe(false);
    expect(canEditArticle(contributor, { authorId: null, status: 'draft' })).toBe(false);
  });

  it('a contributor submits their own draft for review, once', () => {
    expect(canSubmitArticle(contributor, own('draft'))).toBe(true);
    expect(canSubmitArticle(contributor, own('pending'))).toBe(false);
    expect(canSubmitArticle(otherContributor, own('draft'))).toBe(false);
  });

  it('a contributor trashes and restores only their own unpublished work', () => {
    expect(canTrashArticle(contributor, own('draft'))).toBe(true);
    expect(canTrashArticle(contributor, own('published'))).toBe(false);
    expect(canTrashArticle(otherContributor, own('draft'))).toBe(false);
    expect(canRestoreArticle(contributor, { ...own('trashed'), statusBeforeTrash: 'draft' })).toBe(true);
    expect(canRestoreArticle(contributor, { ...own('trashed'), statusBeforeTrash: 'published' })).toBe(false);
    expect(canRestoreArticle(editor, { ...othersArticle('trashed'), statusBeforeTrash: 'published' })).toBe(true);
    expect(canRestoreArticle(editor, { ...othersArticle('draft'), statusBeforeTrash: null })).toBe(false);
  });
});

describe('wouldRemoveLastAdmin', () => {
  const activeAdmin = { role: 'admin' as const, disabled: false };
  it('protects the last active administrator from demotion and disabling', () => {
    expect(wouldRemoveLastAdmin(activeAdmin, { role: 'editor' }, 1)).toBe(true);
    expect(wouldRemoveLastAdmin(activeAdmin, { disabled: true }, 1)).toBe(true);
    expect(wouldRemoveLastAdmin(activeAdmin, { role: 'admin' }, 1)).toBe(false);
  });
  it('allows it when another administrator remains, or for non-admins', () => {
    expect(wouldRemoveLastAdmin(activeAdmin, { role: 'editor' }, 2)).toBe(false);
    expect(wouldRemoveLastAdmin({ role: 'editor', disabled: false }, { disabled: true }, 1)).toBe(false);
  });
});
