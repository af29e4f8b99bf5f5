import type { ArticleStatus } from '@/lib/domain/article-status';
import type { Role } from '@/lib/domain/roles';

/**
 * Who may do what, as pure functions of the signed-in user and the thing acted on. Every
 * server action and mutation asks these (the proxy and the pages only hide what a user
 * cannot do; they are not the check).
 */
export type Actor = { id: string; role: Role };

/** What the checks need to know about an article. */
export type ArticleAccess = { authorId: string | null; status: ArticleStatus };

/** Permissions that depend on the role alone. */
const ROLE_PERMISSIONS = {
  /** change one's own password, end one's own sessions */
  'account:manage-own': ['admin', 'editor', 'contributor'],
  /** open the editor area and write articles of one's own */
  'article:create': ['admin', 'editor', 'contributor'],
  /** publish, schedule, unpublish and edit anyone's articles */
  'article:publish': ['admin', 'editor'],
  'media:upload': ['admin', 'editor', 'contributor'],
  'category:manage': ['admin'],
  'settings:manage': ['admin'],
  'user:manage': ['admin'],
  'audit:view': ['admin'],
  'ratings:reset': ['admin'],
  /** edit the sections of Nghị định 42 (introduction, documents, procedures, links, English page) */
  'sections:manage': ['admin', 'editor'],
  /** read citizens' questions and comments (with their contact details), answer and publish them */
  'questions:answer': ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** Editors and admins handle every article; a contributor only their own. */
function isEditor(actor: Actor): boolean {
  return hasPermission(actor, 'article:publish');
}

function isOwn(actor: Actor, article: ArticleAccess): boolean {
  return article.authorId !== null && article.authorId === actor.id;
}

/** Statuses in which a contributor may still change their own article (it is not public and not scheduled). */
const CONTRIBUTOR_EDITABLE: readonly ArticleStatus[] = ['draft', 'pending'];

/** May see the article in the editor area, its history and its preview. */
export function canViewArticle(actor: Actor, article: ArticleAccess): boolean {
  return isEditor(actor) || isOwn(actor, article);
}

/**
 * May change the article's content. Saving a published or scheduled article changes what
 * readers see (now or at the set time), so only editors may.
 */
export function canEditArticle(actor: Actor, article: ArticleAccess): boolean {
  if (article.status === 'trashed') return false;
  if (isEditor(actor)) return true;
  return isOwn(actor, article) && CONTRIBUTOR_EDITABLE.includes(article.status);
}

/** May publish, schedule, unpublish or cancel a schedule. */
export function canPublishArticle(actor: Actor, article: ArticleAccess): boolean {
  return isEditor(actor) && article.status !== 'trashed';
}

/** May send a draft to the editors for review ("Gửi duyệt"). */
export function canSubmitArticle(actor: Actor, article: ArticleAccess): boolean {
  return canEditArticle(actor, article) && article.status === 'draft';
}

/** May move the article to the trash. A contributor may discard their own unpublished work. */
export function canTrashArticle(actor: Actor, article: ArticleAccess): boolean {
  if (article.status === 'trashed') return false;
  if (isEditor(actor)) return true;
  return isOwn(actor, article) && CONTRIBUTOR_EDITABLE.includes(article.status);
}

/**
 * May take the article out of the trash. It goes back to the status it had, so restoring
 * something that was public (or scheduled) is a publishing decision.
 */
export function canRestoreArticle(actor: Actor, article: ArticleAccess & { statusBeforeTrash: string | null }): boolean {
  if (article.status !== 'trashed') return false;
  if (isEditor(actor)) return true;
  return isOwn(actor, article) && CONTRIBUTOR_EDITABLE.includes((article.statusBeforeTrash ?? 'draft') as ArticleStatus);
}

/** Whether a role change or a disable would leave the portal without an active administrator. */
export function wouldRemoveLastAdmin(target: { role: Role; disabled: boolean }, change: { role?: Role; disabled?: boolean }, activeAdminCount: number): boolean {
  const isActiveAdmin = target.role === 'admin' && !target.disabled;
  if (!isActiveAdmin) return false;
  const staysActiveAdmin = (change.role ?? target.role) === 'admin' && !(change.disabled ?? target.disabled);
  return !staysActiveAdmin && activeAdminCount <= 1;
}
