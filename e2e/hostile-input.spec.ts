import { randomInt } from 'node:crypto';
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { EDITOR_BODY_LIMIT_BYTES, PUBLIC_BODY_LIMIT_BYTES, SELF_LIMITED_ROUTES, SIGN_IN_BODY_LIMIT_BYTES } from '@/lib/http/body-limits';
import { DRAFT_FIXTURE } from './fixtures/fixture-articles';
import { E2E_USERS } from './fixtures/users';
import { queryRows } from './support/database';
import {
  buildServerActions,
  chunkedBody,
  encodeArguments,
  leakedInternals,
  postAction,
  readActionAnswer,
  refusalMessage,
  routeHandlers,
  VIETNAMESE,
  type ActionAnswer,
} from './support/hostile-http';
import { seedArticlePath, seedArticleSlug } from './support/public-pages';

// Every server action of the build and every route handler in app/, called signed out, as a
// contributor, and with malformed, wrongly typed, missing, oversized and foreign input. A
// refusal is a 4xx with a Vietnamese sentence; nothing answers 500 or shows an internal; the
// database is the same afterwards. A new action or route without a row here fails the first test.

/**
 * The HTTP status of an action's refusal (set by lib/actions/safe-action.ts through the portal's
 * own server). Off: only the refusal inside the answer is checked, and that it is no 5xx.
 */
const ACTIONS_ANSWER_WITH_STATUS = true;
const STATUS_OF_CODE: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
};

/** What the test needs to name real records. */
type Records = {
  article: { id: string; version: number };
  articleRevisionId: string;
  draft: { id: string; version: number };
  categoryId: string;
  leaderId: string;
  procedureId: string;
  linkId: string;
  document: { id: string; version: number };
  documentRevisionId: string;
  pageKey: string;
  pageRevisionId: string;
  questionId: string;
  editorId: string;
};

async function loadRecords(): Promise<Records> {
  const one = async <T>(sql: string): Promise<T> => {
    const [row] = await queryRows<T>(sql);
    if (!row) throw new Error(`no row for ${sql}`);
    return row;
  };
  const article = await one<{ id: string; version: number }>(`SELECT "id", "version" FROM "Article" WHERE "slug" = '${seedArticleSlug}'`);
  const revision = await queryRows<{ id: string }>(`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = '${article.id}' LIMIT 1`);
  const document = await one<{ id: string; version: number }>(`SELECT "id", "version" FROM "LegalDocument" ORDER BY "id" LIMIT 1`);
  const documentRevision = await queryRows<{ id: string }>(`SELECT "id" FROM "ContentRevision" WHERE "entityType" = 'document' LIMIT 1`);
  const page = await one<{ key: string }>(`SELECT "key" FROM "SitePage" ORDER BY "key" LIMIT 1`);
  const pageRevision = await queryRows<{ id: string }>(`SELECT "id" FROM "ContentRevision" WHERE "entityType" = 'page' LIMIT 1`);
  return {
    article: { id: article.id, version: Number(article.version) },
    articleRevisionId: revision[0]?.id ?? 'cl0000000000000000000000',
    draft: { id: DRAFT_FIXTURE.id, version: Number((await one<{ version: number }>(`SELECT "version" FROM "Article" WHERE "id" = '${DRAFT_FIXTURE.id}'`)).version) },
    categoryId: (await one<{ id: string }>(`SELECT "id" FROM "Category" ORDER BY "position", "id" LIMIT 1`)).id,
    leaderId: (await queryRows<{ id: string }>(`SELECT "id" FROM "Leader" LIMIT 1`))[0]?.id ?? 'cl0000000000000000000001',
    procedureId: (await one<{ id: string }>(`SELECT "id" FROM "Procedure" LIMIT 1`)).id,
    linkId: (await one<{ id: string }>(`SELECT "id" FROM "ExternalLink" LIMIT 1`)).id,
    document: { id: document.id, version: Number(document.version) },
    documentRevisionId: documentRevision[0]?.id ?? 'cl0000000000000000000002',
    pageKey: page.key,
    pageRevisionId: pageRevision[0]?.id ?? 'cl0000000000000000000003',
    questionId: (await one<{ id: string }>(`SELECT "id" FROM "Question" ORDER BY "createdAt" LIMIT 1`)).id,
    editorId: (await one<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = '${E2E_USERS.editor.email}'`)).id,
  };
}

/** Who may call an action, as lib/auth/permissions.ts says. */
type Access =
  /** anyone: the reader is its caller */
  | 'public'
  /** every signed-in role, on their own account or their own files */
  | 'any-role'
  /** every role, but a contributor only on their own unpublished articles */
  | 'article-author'
  | 'editor'
  | 'admin';

type ActionRow = {
  /** the page the browser posts it to */
  page: string | ((records: Records) => string);
  access: Access;
  /** well-formed arguments naming real records (for a public action: ones it refuses) */
  args: (records: Records) => unknown[];
  /** for the contributor: what they may not do with an action their role may call; absent: the call is theirs to make */
  contributorArgs?: (records: Records) => unknown[];
  /** the schema has no fields, so `{}` is a complete call */
  takesNoFields?: boolean;
  /** arguments before the input, the same in every call (useActionState's previous state) */
  leading?: unknown[];
};

const articleForm = (r: Records) => ({
  id: r.article.id,
  version: r.article.version,
  title: 'Tiêu đề thử',
  slug: 'tieu-de-thu',
  summary: 'Tóm tắt',
  categoryId: r.categoryId,
  coverId: null,
  coverAlt: '',
  bodyHtml: '<p>Nội dung</p>',
  publishedAt: '',
});
const documentForm = (r: Records) => ({
  id: r.document.id,
  version: r.document.version,
  number: '99/2026/QĐ-UBND',
  issuedAt: '2026-01-02',
  issuer: 'UBND phường Phước Hưng',
  docType: 'Quyết định',
  field: 'Hành chính',
  summary: 'Trích yếu thử',
  inForce: true,
  slug: '',
  fileId: '',
  bodyHtml: '',
});
const articlePage = (r: Records) => `/quan-tri/bai-viet/${r.article.id}`;
const articleWrite = (): ActionRow => ({
  page: articlePage,
  access: 'article-author',
  args: (r) => [articleForm(r)],
  // the seed article is published and not the contributor's
  contributorArgs: (r) => [articleForm(r)],
});
const notAnImage = () => {
  const form = new FormData();
  form.set('file', new Blob(['không phải ảnh'], { type: 'image/png' }), 'anh.png');
  form.set('alt', 'Ảnh thử');
  return form;
};
const questionForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};
/** Marks what this test sends, so that no question it sent can hide among the others' in the database. */
const MARKER = 'hostile-input-e2e';

const ACTIONS: Record<string, ActionRow> = {
  // public
  rateArticleAction: { page: seedArticlePath, access: 'public', args: () => [{ articleId: DRAFT_FIXTURE.id, stars: 5, website: '' }] },
  submitQuestionAction: {
    page: '/hoi-dap',
    access: 'public',
    leading: [null],
    args: () => [questionForm({ kind: 'question', name: 'Người thử', contact: 'không phải liên hệ', content: `Câu hỏi thử ${MARKER}`, website: '' })],
  },
  // an editor's own account and uploads
  changeOwnPasswordAction: {
    page: '/quan-tri/tai-khoan',
    access: 'any-role',
    args: () => [{ currentPassword: 'sai-mat-khau-hien-tai', newPassword: 'Mat-khau-moi-2026!', confirmPassword: 'Mat-khau-moi-2026!' }],
    contributorArgs: () => [{ currentPassword: 'sai-mat-khau-hien-tai', newPassword: 'Mat-khau-moi-2026!', confirmPassword: 'Mat-khau-moi-2026!' }],
  },
  signOutEverywhereAction: { page: '/quan-tri/tai-khoan', access: 'any-role', args: () => [{}], takesNoFields: true },
  uploadImageAction: { page: articlePage, access: 'any-role', args: () => [notAnImage()], contributorArgs: () => [notAnImage()] },
  // articles
  createArticleDraftAction: { page: '/quan-tri', access: 'article-author', args: () => [{}], takesNoFields: true },
  autosaveArticleAction: articleWrite(),
  saveArticleAction: articleWrite(),
  submitArticleAction: articleWrite(),
  publishArticleAction: articleWrite(),
  scheduleArticleAction: articleWrite(),
  unscheduleArticleAction: articleWrite(),
  unpublishArticleAction: articleWrite(),
  previewArticleAction: articleWrite(),
  trashArticleAction: {
    page: articlePage,
    access: 'article-author',
    args: (r) => [{ id: r.article.id, version: r.article.version }],
    contributorArgs: (r) => [{ id: r.article.id, version: r.article.version }],
  },
  restoreArticleAction: { page: '/quan-tri', access: 'article-author', args: (r) => [{ id: r.article.id }], contributorArgs: (r) => [{ id: r.article.id }] },
  restoreRevisionAction: {
    page: (r) => `/quan-tri/bai-viet/${r.article.id}/lich-su`,
    access: 'article-author',
    args: (r) => [{ id: r.article.id, revisionId: r.articleRevisionId, version: r.article.version }],
    contributorArgs: (r) => [{ id: r.article.id, revisionId: r.articleRevisionId, version: r.article.version }],
  },
  resetArticleRatingsAction: { page: '/quan-tri', access: 'admin', args: (r) => [{ articleId: r.article.id }] },
  // administration
  saveCategoryAction: { page: '/quan-tri/chuyen-muc', access: 'admin', args: (r) => [{ id: r.categoryId, name: 'Chuyên mục thử', slug: 'chuyen-muc-thu', description: '', position: 1 }] },
  deleteCategoryAction: { page: '/quan-tri/chuyen-muc', access: 'admin', args: (r) => [{ id: r.categoryId }] },
  updateSiteSettingsAction: {
    page: '/quan-tri/thong-tin-trang',
    access: 'admin',
    args: () => [{ officeName: 'UBND', responsiblePerson: 'A', address: 'B', phone: '0254 3 888 999', email: 'a@b.vn', workingHours: 'C', mapUrl: '', welcomeLine: 'D', staleAfterDays: '30' }],
  },
  createUserAction: { page: '/quan-tri/nguoi-dung', access: 'admin', args: () => [{ name: 'Người mới', email: `moi-${MARKER}@e2e.vn`, role: 'editor', password: '' }] },
  changeUserRoleAction: { page: '/quan-tri/nguoi-dung', access: 'admin', args: (r) => [{ userId: r.editorId, role: 'admin' }] },
  setUserDisabledAction: { page: '/quan-tri/nguoi-dung', access: 'admin', args: (r) => [{ userId: r.editorId, disabled: 'true' }] },
  resetUserPasswordAction: { page: '/quan-tri/nguoi-dung', access: 'admin', args: (r) => [{ userId: r.editorId, password: '' }] },
  // sections (Nghị định 42)
  saveSitePageAction: { page: (r) => `/quan-tri/gioi-thieu/${r.pageKey}`, access: 'editor', args: (r) => [{ key: r.pageKey, version: 1, title: 'Trang thử', bodyHtml: '<p>Thử</p>' }] },
  restoreSitePageRevisionAction: { page: (r) => `/quan-tri/gioi-thieu/${r.pageKey}/lich-su`, access: 'editor', args: (r) => [{ key: r.pageKey, revisionId: r.pageRevisionId, version: 1 }] },
  saveLeaderAction: { page: '/quan-tri/gioi-thieu', access: 'editor', args: (r) => [{ id: r.leaderId, name: 'Lãnh đạo', position: 'Chủ tịch' }] },
  deleteLeaderAction: { page: '/quan-tri/gioi-thieu', access: 'editor', args: (r) => [{ id: r.leaderId }] },
  moveLeaderAction: { page: '/quan-tri/gioi-thieu', access: 'editor', args: (r) => [{ id: r.leaderId, direction: 'up' }] },
  saveProcedureAction: {
    page: '/quan-tri/thu-tuc',
    access: 'editor',
    args: (r) => [{ id: r.procedureId, title: 'Thủ tục', code: '1.0', field: 'Hộ tịch', description: '', portalUrl: 'https://dichvucong.gov.vn', sortOrder: '1' }],
  },
  deleteProcedureAction: { page: '/quan-tri/thu-tuc', access: 'editor', args: (r) => [{ id: r.procedureId }] },
  moveProcedureAction: { page: '/quan-tri/thu-tuc', access: 'editor', args: (r) => [{ id: r.procedureId, direction: 'down' }] },
  saveExternalLinkAction: { page: '/quan-tri/lien-ket', access: 'editor', args: (r) => [{ id: r.linkId, title: 'Liên kết', url: 'https://example.gov.vn', description: '', sortOrder: '1' }] },
  deleteExternalLinkAction: { page: '/quan-tri/lien-ket', access: 'editor', args: (r) => [{ id: r.linkId }] },
  moveExternalLinkAction: { page: '/quan-tri/lien-ket', access: 'editor', args: (r) => [{ id: r.linkId, direction: 'up' }] },
  saveDocumentAction: { page: (r) => `/quan-tri/van-ban/${r.document.id}`, access: 'editor', args: (r) => [documentForm(r)] },
  publishDocumentAction: { page: (r) => `/quan-tri/van-ban/${r.document.id}`, access: 'editor', args: (r) => [documentForm(r)] },
  unpublishDocumentAction: { page: (r) => `/quan-tri/van-ban/${r.document.id}`, access: 'editor', args: (r) => [documentForm(r)] },
  deleteDocumentAction: { page: (r) => `/quan-tri/van-ban/${r.document.id}`, access: 'editor', args: (r) => [{ id: r.document.id, version: r.document.version }] },
  restoreDocumentRevisionAction: {
    page: (r) => `/quan-tri/van-ban/${r.document.id}/lich-su`,
    access: 'editor',
    args: (r) => [{ id: r.document.id, revisionId: r.documentRevisionId, version: r.document.version }],
  },
  // citizens' questions
  saveQuestionAnswerAction: { page: (r) => `/quan-tri/hoi-dap/${r.questionId}`, access: 'editor', args: (r) => [{ id: r.questionId, subject: '', content: 'Câu hỏi', answerHtml: '<p>Trả lời</p>', publish: 'true' }] },
  publishQuestionAction: { page: '/quan-tri/hoi-dap', access: 'editor', args: (r) => [{ id: r.questionId }] },
  unpublishQuestionAction: { page: '/quan-tri/hoi-dap', access: 'editor', args: (r) => [{ id: r.questionId }] },
  rejectQuestionAction: { page: '/quan-tri/hoi-dap', access: 'editor', args: (r) => [{ id: r.questionId }] },
  deleteQuestionAction: { page: '/quan-tri/hoi-dap', access: 'editor', args: (r) => [{ id: r.questionId }] },
};

// ---------------------------------------------------------------------------------------------
// The database: what no refused call may change

/**
 * Every table, row by row, but for what the public tests running beside this one write:
 * votes (the Rating table and the articles' counters) and citizens' questions (only new rows;
 * those this test sent carry MARKER and are looked for apart), and when a session was last seen.
 */
async function databaseSnapshot(): Promise<Map<string, Set<string>>> {
  const tables: Record<string, string> = {
    User: '*',
    UserSession: `"id", "userId", "expiresAt", "endedAt"`,
    Category: '*',
    Article: `"id", "slug", "title", "summary", "bodyHtml", "status", "version", "authorId", "categoryId", "publishedAt", "updatedAt"`,
    ArticleSlugRedirect: '*',
    ArticleRevision: '*',
    ArticlePreview: '*',
    SiteSetting: '*',
    Media: `"id", "storageKey", "byteSize"`,
    AuditLog: '*',
    SectionUpdate: '*',
    SitePage: '*',
    ContentRevision: '*',
    Leader: '*',
    LegalDocument: '*',
    Procedure: '*',
    Question: '*',
    ExternalLink: '*',
  };
  const snapshot = new Map<string, Set<string>>();
  for (const [table, columns] of Object.entries(tables)) {
    const rows = await queryRows(`SELECT ${columns} FROM "${table}"`);
    snapshot.set(table, new Set(rows.map((row) => JSON.stringify(row))));
  }
  return snapshot;
}

async function databaseChanges(before: Map<string, Set<string>>): Promise<string[]> {
  const after = await databaseSnapshot();
  const changes: string[] = [];
  for (const [table, rows] of before) {
    const now = after.get(table)!;
    for (const row of rows) if (!now.has(row)) changes.push(`${table}: changed or removed ${row.slice(0, 200)}`);
    for (const row of now) {
      if (rows.has(row)) continue;
      // others' questions may arrive meanwhile; one of ours may not
      if (table === 'Question' && !row.includes(MARKER)) continue;
      changes.push(`${table}: added ${row.slice(0, 200)}`);
    }
  }
  const votes = await queryRows(`SELECT "id" FROM "Rating" WHERE "articleId" = '${DRAFT_FIXTURE.id}'`);
  if (votes.length > 0) changes.push(`Rating: ${votes.length} vote(s) on the unpublished draft`);
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Callers

const newAddress = () => `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;

type Caller = { name: string; request: APIRequestContext };

async function signedOut(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string): Promise<Caller> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, 'x-forwarded-for': newAddress() } });
  return { name: 'signed out', request };
}

/** Signs in through next-auth's endpoints as the sign-in page does (lib/auth/browser-auth.ts). */
async function signedIn(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, role: 'admin' | 'contributor'): Promise<Caller> {
  const user = E2E_USERS[role];
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, 'x-forwarded-for': newAddress() } });
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: '/quan-tri', json: 'true' },
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).searchParams.get('error'), `sign-in as ${role}`).toBeNull();
  // the session works
  expect((await request.get('/quan-tri', { maxRedirects: 0 })).status()).toBe(200);
  return { name: role, request };
}

// ---------------------------------------------------------------------------------------------
// What every refusal must look like

type Expectation = {
  /** the action's refusal codes accepted (answers of an action) */
  codes?: string[];
  /** the HTTP statuses accepted (answers from the proxy or a route) */
  statuses?: number[];
};

function checkRefusal(label: string, answer: ActionAnswer, expected: Expectation, failures: string[]) {
  const fail = (why: string) => failures.push(`${label}: ${why} (${answer.status} ${answer.contentType} ${answer.text.slice(0, 160).replace(/\s+/g, ' ')})`);
  if (answer.status >= 500) fail('a server error');
  const visible = answer.contentType.startsWith('text/html') ? refusalMessage(answer) : answer.text;
  const leaks = leakedInternals(visible);
  if (leaks.length > 0) fail(`shows ${leaks.join(', ')}`);
  if (answer.errorRow) return fail('the action threw or Next.js refused it with an error in place of an answer');

  if (answer.result !== undefined) {
    const result = answer.result as { ok?: unknown; code?: unknown; message?: unknown };
    if (result.ok !== false) return fail('accepted');
    const code = String(result.code);
    if (expected.codes && !expected.codes.includes(code)) fail(`refused as "${code}", expected ${expected.codes.join(' or ')}`);
    if (typeof result.message !== 'string' || !VIETNAMESE.test(result.message)) fail('no Vietnamese message');
    const status = STATUS_OF_CODE[code];
    if (ACTIONS_ANSWER_WITH_STATUS ? answer.status !== status : answer.status >= 400 && answer.status !== status) {
      fail(`HTTP ${answer.status} for "${code}", expected ${status}`);
    }
    return;
  }
  // refused before any action ran: by the proxy, a route, or Next.js
  if (answer.status < 400 || answer.status >= 500) fail('not a 4xx');
  if (expected.statuses && !expected.statuses.includes(answer.status)) fail(`HTTP ${answer.status}, expected ${expected.statuses.join(' or ')}`);
  if (!VIETNAMESE.test(refusalMessage(answer))) fail('no Vietnamese message');
}

// ---------------------------------------------------------------------------------------------
// Malformed arguments, built from each action's well-formed ones

const WRONG_TYPE = { $ne: null, nested: ['x'] };

/** Every field of every object argument with a value of the wrong type. */
function allWrongTypes(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (arg instanceof FormData) return Object.fromEntries([...arg.keys()].map((key) => [key, WRONG_TYPE]));
    if (arg && typeof arg === 'object') return Object.fromEntries(Object.keys(arg).map((key) => [key, WRONG_TYPE]));
    return arg;
  });
}

/** Every text field far longer than any field allows, the whole body still under the path's limit. */
function allOversized(args: unknown[], limit: number): unknown[] {
  return args.map((arg) => {
    if (arg instanceof FormData) {
      const keys = [...arg.keys()].filter((key) => typeof arg.get(key) === 'string');
      const long = 'ầ'.repeat(Math.floor((limit * 0.6) / 3 / Math.max(1, keys.length)));
      const form = new FormData();
      for (const [key, value] of arg.entries()) form.append(key, typeof value === 'string' ? long : value);
      return form;
    }
    if (arg && typeof arg === 'object') {
      const entries = Object.entries(arg);
      const texts = entries.filter(([, value]) => typeof value === 'string').length;
      const long = 'ầ'.repeat(Math.floor((limit * 0.6) / 3 / Math.max(1, texts)));
      return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'string' ? long : value]));
    }
    return arg;
  });
}

const pageOf = (row: ActionRow, records: Records) => (typeof row.page === 'string' ? row.page : row.page(records));
const limitFor = (page: string) => (page.startsWith('/quan-tri') ? EDITOR_BODY_LIMIT_BYTES : PUBLIC_BODY_LIMIT_BYTES);

/** Bodies that are not what the client's encoder writes. */
const BROKEN_BODIES: [string, string][] = [
  ['text that is not JSON', 'không phải JSON'],
  ['an empty body', ''],
  ['unterminated JSON', '[{"id":'],
  ['a number instead of the arguments', '5'],
  ['a string instead of the arguments', '"x"'],
  ['an object instead of the arguments', '{"id":"x"}'],
  ['a reference to a part that was never sent', '["$1"]'],
  ['a Map whose part was never sent', '["$Q1"]'],
  ['a server reference', '["$h1"]'],
  ['a promise that never resolves', '["$@9"]'],
  ['a broken bigint', '["$nxyz"]'],
  ['2,000 arguments', JSON.stringify(Array.from({ length: 2000 }, () => 0))],
  ['arrays nested 20,000 deep', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
];

const BROKEN_MULTIPART: [string, string, string][] = [
  ['a multipart body cut short', 'multipart/form-data; boundary=abc', '--abc\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"'],
  ['a multipart body without its arguments', 'multipart/form-data; boundary=abc', '--abc\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--abc--\r\n'],
  ['a multipart body without a boundary', 'multipart/form-data', '--abc\r\n\r\n'],
  ['multipart arguments that are not JSON', 'multipart/form-data; boundary=abc', '--abc\r\nContent-Disposition: form-data; name="0"\r\n\r\n{{{\r\n--abc--\r\n'],
];

// ---------------------------------------------------------------------------------------------

// one after another in one worker (each compares the database before and after), each to its end
test.describe.configure({ mode: 'default' });

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'the server sees the same requests from any device');
});

test('the table lists every server action of the build and every route handler', async () => {
  const actions = buildServerActions();
  const built = actions.map((action) => action.exportedName).sort();
  expect(built.length).toBeGreaterThan(40);
  expect(built, 'server actions without a row in ACTIONS (or rows for actions that are gone)').toEqual(Object.keys(ACTIONS).sort());
  // each is called at a page that has it, as the browser calls it
  const records = await loadRecords();
  for (const { exportedName, pages } of actions) {
    const page = pageOf(ACTIONS[exportedName], records);
    expect(pages.some((pattern) => pattern.test(page)), `${exportedName} is not on ${page} (it is on ${pages.join(', ')})`).toBe(true);
  }
  const routes = routeHandlers();
  expect(routes.map((route) => route.route), 'route handlers without a row in ROUTES').toEqual(Object.keys(ROUTES).sort());
  for (const { route, methods } of routes) {
    const tried = new Set(ROUTES[route].map((routeCase) => routeCase.method ?? 'GET'));
    for (const method of methods) expect(tried.has(method), `${route}: no case calls ${method}`).toBe(true);
    expect([...tried].some((method) => !methods.includes(method)), `${route}: no case with a method it does not take`).toBe(true);
  }
  // the proxy leaves these to their own limits, and they must be listed too
  for (const route of Object.keys(SELF_LIMITED_ROUTES)) expect(Object.keys(ROUTES)).toContain(route);
});

test('signed out: every action but the public ones refuses with 401 and changes nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const records = await loadRecords();
  const before = await databaseSnapshot();
  const caller = await signedOut(playwright, baseURL!);
  const ids = new Map(buildServerActions().map((action) => [action.exportedName, action.id]));
  const failures: string[] = [];
  for (const [name, row] of Object.entries(ACTIONS)) {
    const answer = await postAction(caller.request, { page: pageOf(row, records), actionId: ids.get(name)!, body: await encodeArguments([...(row.leading ?? []), ...row.args(records)]) });
    checkRefusal(`${name} signed out`, answer, { codes: row.access === 'public' ? ['invalid', 'not-found'] : ['unauthenticated'] }, failures);
  }
  expect(failures).toEqual([]);
  expect(await databaseChanges(before)).toEqual([]);
  await caller.request.dispose();
});

test('as a contributor: what the role may not do refuses with 403 (or finds nothing of theirs) and changes nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const records = await loadRecords();
  const caller = await signedIn(playwright, baseURL!, 'contributor');
  const before = await databaseSnapshot();
  const ids = new Map(buildServerActions().map((action) => [action.exportedName, action.id]));
  const failures: string[] = [];
  const mayCall: string[] = [];
  for (const [name, row] of Object.entries(ACTIONS)) {
    if (row.access === 'public') continue;
    const byRole = row.access === 'editor' || row.access === 'admin';
    if (!byRole && !row.contributorArgs) {
      mayCall.push(name);
      continue;
    }
    const args = byRole ? row.args(records) : row.contributorArgs!(records);
    const answer = await postAction(caller.request, { page: pageOf(row, records), actionId: ids.get(name)!, body: await encodeArguments([...(row.leading ?? []), ...args]) });
    // beyond the role: forbidden before anything is read; on what is not theirs: forbidden, or a stale version, or nothing to restore
    const codes = byRole ? ['forbidden'] : ['forbidden', 'not-found', 'conflict', 'invalid'];
    checkRefusal(`${name} as a contributor`, answer, { codes }, failures);
  }
  expect(failures).toEqual([]);
  // a contributor writes drafts and ends their own sessions: those calls are theirs to make
  expect(mayCall.sort()).toEqual(['createArticleDraftAction', 'signOutEverywhereAction']);
  expect(await databaseChanges(before)).toEqual([]);
  expect((await caller.request.get('/quan-tri', { maxRedirects: 0 })).status(), 'the contributor is still signed in').toBe(200);
  await caller.request.dispose();
});

test('malformed, wrongly typed, missing and oversized arguments: refused as invalid, in Vietnamese, changing nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const records = await loadRecords();
  const admin = await signedIn(playwright, baseURL!, 'admin');
  const reader = await signedOut(playwright, baseURL!);
  const before = await databaseSnapshot();
  const ids = new Map(buildServerActions().map((action) => [action.exportedName, action.id]));
  const failures: string[] = [];
  let calls = 0;
  for (const [name, row] of Object.entries(ACTIONS)) {
    // the administrator may call every editor action: what is refused here is the input alone
    const caller = row.access === 'public' ? reader : admin;
    const args = row.args(records);
    const call = async (label: string, body: string | FormData) => {
      calls += 1;
      const answer = await postAction(caller.request, { page: pageOf(row, records), actionId: ids.get(name)!, body });
      checkRefusal(`${name} with ${label}`, answer, { codes: ['invalid', 'not-found'], statuses: [400, 404, 413, 415] }, failures);
    };
    const argumentCases: [string, unknown[]][] = [
      ['no arguments', []],
      ['null', [null]],
      ['a number', [5]],
      ['a text', ['văn bản']],
      ['an array', [[1, 2, 3]]],
      ['true', [true]],
    ];
    // a schema without fields takes any object: `{}` with fields of any type is a complete call
    if (!row.takesNoFields) {
      argumentCases.push(
        ['every field of the wrong type', allWrongTypes(args)],
        ['every text field oversized', allOversized(args, limitFor(pageOf(row, records)))],
        ['no fields', args.map((arg) => (arg && typeof arg === 'object' ? {} : arg))],
      );
    }
    if (row.access === 'public') argumentCases.push(['its own refused input', args]);
    for (const [label, caseArgs] of argumentCases) await call(label, await encodeArguments([...(row.leading ?? []), ...caseArgs]));
    for (const [label, body] of BROKEN_BODIES) await call(label, body);
    for (const [label, contentType, body] of BROKEN_MULTIPART) {
      calls += 1;
      const answer = await postAction(caller.request, { page: pageOf(row, records), actionId: ids.get(name)!, body, contentType });
      checkRefusal(`${name} with ${label}`, answer, { codes: ['invalid'], statuses: [400] }, failures);
    }
  }
  console.log(`[hostile-input] ${calls} malformed calls to ${Object.keys(ACTIONS).length} actions`);
  expect(failures).toEqual([]);
  expect(await databaseChanges(before)).toEqual([]);
  await admin.request.dispose();
  await reader.request.dispose();
});

test('oversized bodies, declared or streamed: 413 with a Vietnamese sentence before anything is parsed', async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const records = await loadRecords();
  const admin = await signedIn(playwright, baseURL!, 'admin');
  const before = await databaseSnapshot();
  const ids = new Map(buildServerActions().map((action) => [action.exportedName, action.id]));
  const failures: string[] = [];
  for (const [name, row] of Object.entries(ACTIONS)) {
    const page = pageOf(row, records);
    const limit = limitFor(page);
    const body = JSON.stringify([{ id: 'x'.repeat(limit + 1024) }]);
    const answer = await postAction(admin.request, { page, actionId: ids.get(name)!, body });
    checkRefusal(`${name} with ${limit + 1024} bytes`, answer, { statuses: [413] }, failures);
  }
  // a public page takes no multi-megabyte body, whichever action it names
  const upload = await postAction(admin.request, { page: '/', actionId: ids.get('uploadImageAction')!, body: JSON.stringify(['x'.repeat(2 * 1024 * 1024)]) });
  checkRefusal('an editor upload sent to the home page', upload, { statuses: [413] }, failures);
  // without Content-Length: counted as it arrives
  const cookie = (await admin.request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  for (const [label, page, size, action] of [
    ['a vote', seedArticlePath, PUBLIC_BODY_LIMIT_BYTES + 1, 'rateArticleAction'],
    ['an article save', '/quan-tri/bai-viet', EDITOR_BODY_LIMIT_BYTES + 1, 'saveArticleAction'],
    ['a question', '/hoi-dap', PUBLIC_BODY_LIMIT_BYTES * 4, 'submitQuestionAction'],
  ] as const) {
    const response = await fetch(new URL(page, baseURL), {
      method: 'POST',
      headers: { 'next-action': ids.get(action)!, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL!, cookie },
      body: chunkedBody(size),
      duplex: 'half',
    } as RequestInit);
    const text = await response.text();
    checkRefusal(`${label} streamed without Content-Length`, { status: response.status, contentType: response.headers.get('content-type') ?? '', text }, { statuses: [413] }, failures);
  }
  expect(failures).toEqual([]);
  expect(await databaseChanges(before)).toEqual([]);
  await admin.request.dispose();
});

test('foreign calls: another site, an action that does not exist, an id that is not one', async ({ playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL!, 'admin');
  const before = await databaseSnapshot();
  const ids = new Map(buildServerActions().map((action) => [action.exportedName, action.id]));
  const failures: string[] = [];
  for (const page of [seedArticlePath, '/hoi-dap', '/quan-tri/nguoi-dung']) {
    for (const origin of ['https://evil.example', 'null']) {
      const answer = await postAction(admin.request, {
        page,
        actionId: ids.get('changeUserRoleAction')!,
        body: JSON.stringify([{ userId: 'x', role: 'admin' }]),
        headers: { origin },
      });
      checkRefusal(`${page} from ${origin}`, answer, { statuses: [403] }, failures);
    }
    const unknown = await postAction(admin.request, { page, actionId: `7f${'0'.repeat(40)}`, body: '[]' });
    checkRefusal(`${page}: an action id of no action`, unknown, { statuses: [400, 404, 409] }, failures);
    const junk = await postAction(admin.request, { page, actionId: 'khong-phai-id', body: '[]' });
    checkRefusal(`${page}: an action id that is not one`, junk, { statuses: [400, 404] }, failures);
  }
  // posted to a page that does not have it, Next.js forwards the call to one that does: the refusal keeps its status
  const forwarded = await postAction(admin.request, { page: '/', actionId: ids.get('changeUserRoleAction')!, body: JSON.stringify([{ userId: 5 }]) });
  checkRefusal('an action posted to a page that does not have it', forwarded, { codes: ['invalid'] }, failures);
  // a form posted without JavaScript, naming no action or one that is not
  for (const field of ['$ACTION_ID_7f0000000000000000000000000000000000000000', '$ACTION_REF_1', '$ACTION_1:0']) {
    const form = new FormData();
    form.set(field, '{"id":"x","bound":"$@1"}');
    const response = await admin.request.post('/hoi-dap', { multipart: form, maxRedirects: 0 });
    checkRefusal(`a form naming ${field}`, await readActionAnswer(response), { statuses: [400, 404, 409] }, failures);
  }
  // a post to a page that is not a server action at all
  for (const [type, data] of [['application/json', '{"a":1}'], ['application/x-www-form-urlencoded', 'a=1'], ['text/plain', 'x']]) {
    const response = await admin.request.post('/', { headers: { 'content-type': type }, data, maxRedirects: 0 });
    checkRefusal(`a ${type} post to the home page`, await readActionAnswer(response), { statuses: [405] }, failures);
  }
  expect(failures).toEqual([]);
  expect(await databaseChanges(before)).toEqual([]);
  await admin.request.dispose();
});

// ---------------------------------------------------------------------------------------------
// Route handlers

type RouteCase = {
  label: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  data?: string | Buffer;
  as?: 'signed out' | 'contributor' | 'admin';
  /** accepted statuses; a refusal (4xx) must carry a Vietnamese message */
  expect: number[];
};

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const WRONG_METHODS = ['PUT', 'PATCH', 'DELETE'];
/** A path segment whose percent-encoding is broken. */
const BROKEN_SEGMENT = '%E0%A4%A';

const ROUTES: Record<string, RouteCase[]> = {
  '/api/auth/[...nextauth]': [
    { label: 'the CSRF token', path: '/api/auth/csrf', expect: [200] },
    { label: 'an endpoint next-auth has but the portal does not use', path: '/api/auth/verify-request', expect: [404] },
    { label: 'an endpoint that does not exist', path: '/api/auth/khong-co', expect: [404] },
    { label: 'a provider that does not exist', path: '/api/auth/callback/github', expect: [404] },
    { label: 'the credentials callback by GET', path: '/api/auth/callback/credentials', expect: [405] },
    { label: 'the session by POST', method: 'POST', path: '/api/auth/session', headers: form, data: 'a=1', expect: [405] },
    { label: 'sign-in with JSON', method: 'POST', path: '/api/auth/callback/credentials', headers: json, data: '{"email":5', expect: [415] },
    { label: 'sign-in as text', method: 'POST', path: '/api/auth/callback/credentials', headers: { 'content-type': 'text/plain' }, data: 'x', expect: [415] },
    { label: 'sign-in without a token', method: 'POST', path: '/api/auth/callback/credentials', headers: form, data: 'email=a&password=b&json=true', expect: [400] },
    { label: 'sign-in with a forged token', method: 'POST', path: '/api/auth/callback/credentials', headers: form, data: 'email=a&password=b&csrfToken=x&json=true', expect: [200] },
    { label: 'a sign-in form of 100 KB', method: 'POST', path: '/api/auth/callback/credentials', headers: form, data: `email=${'a'.repeat(100_000)}`, expect: [413] },
    { label: 'sign-out with junk', method: 'POST', path: '/api/auth/signout', headers: form, data: '%%%', expect: [400] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/api/auth/session', expect: [405] })),
    { label: 'a broken segment', path: `/api/auth/${BROKEN_SEGMENT}`, expect: [400, 404] },
  ],
  '/api/danh-gia': [
    { label: 'a summary', path: `/api/danh-gia?bai=${DRAFT_FIXTURE.id}`, expect: [404] },
    { label: 'no article', path: '/api/danh-gia', expect: [400] },
    { label: 'a junk article', path: '/api/danh-gia?bai=%27%20OR%201%3D1', expect: [400] },
    { label: 'two articles', path: '/api/danh-gia?bai=a&bai=b', expect: [400, 404] },
    { label: 'a vote for a draft', method: 'POST', path: '/api/danh-gia', headers: json, data: JSON.stringify({ articleId: DRAFT_FIXTURE.id, stars: 5 }), expect: [404] },
    { label: 'bad JSON', method: 'POST', path: '/api/danh-gia', headers: json, data: '{"articleId":', expect: [400] },
    { label: 'JSON of the wrong shape', method: 'POST', path: '/api/danh-gia', headers: json, data: '[1,2,3]', expect: [400] },
    { label: 'wrong types', method: 'POST', path: '/api/danh-gia', headers: json, data: '{"articleId":{"$ne":1},"stars":"5"}', expect: [400] },
    { label: 'a form with junk', method: 'POST', path: '/api/danh-gia', headers: form, data: 'articleId=&stars=abc', expect: [400] },
    { label: 'text', method: 'POST', path: '/api/danh-gia', headers: { 'content-type': 'text/plain' }, data: 'x', expect: [415] },
    { label: 'no content type', method: 'POST', path: '/api/danh-gia', data: Buffer.from('x'), expect: [415] },
    { label: '5 KB', method: 'POST', path: '/api/danh-gia', headers: json, data: JSON.stringify({ articleId: 'a'.repeat(5000), stars: 5 }), expect: [413] },
    { label: 'from another site', method: 'POST', path: '/api/danh-gia', headers: { ...json, origin: 'https://evil.example' }, data: '{}', expect: [403] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/api/danh-gia', expect: [405] })),
  ],
  '/api/health': [
    { label: 'the check', path: '/api/health?x=%00', expect: [200] },
    { label: 'POST', method: 'POST', path: '/api/health', headers: json, data: '{}', expect: [405] },
    { label: 'a body of 1 MB', method: 'POST', path: '/api/health', headers: json, data: 'x'.repeat(1024 * 1024), expect: [413] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/api/health', expect: [405] })),
  ],
  '/api/internal/scheduled-publishing': [
    { label: 'without the key', method: 'POST', path: '/api/internal/scheduled-publishing', expect: [403] },
    { label: 'with a wrong key', method: 'POST', path: '/api/internal/scheduled-publishing?housekeeping=1', headers: { 'x-portal-task-key': 'doan-bua' }, expect: [403] },
    { label: 'a body of 1 MB', method: 'POST', path: '/api/internal/scheduled-publishing', headers: json, data: 'x'.repeat(1024 * 1024), expect: [413] },
    { label: 'GET', path: '/api/internal/scheduled-publishing', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/api/internal/scheduled-publishing', expect: [405] })),
  ],
  '/api/quan-tri/van-ban/tep': [
    { label: 'an upload signed out', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: { 'content-type': 'application/pdf' }, data: Buffer.from('%PDF-1.4\n%%EOF'), expect: [401] },
    { label: 'an upload by a contributor', as: 'contributor', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: { 'content-type': 'application/pdf' }, data: Buffer.from('%PDF-1.4\n%%EOF'), expect: [403] },
    { label: 'a file signed out', path: '/api/quan-tri/van-ban/tep?id=x', expect: [401] },
    { label: 'a file by a contributor', as: 'contributor', path: '/api/quan-tri/van-ban/tep?id=x', expect: [403] },
    { label: 'a file that does not exist', as: 'admin', path: `/api/quan-tri/van-ban/tep?id=${'x'.repeat(500)}`, expect: [404] },
    { label: 'not a PDF', as: 'admin', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: { 'content-type': 'application/pdf', 'x-file-name': '%E0%A4%A' }, data: Buffer.from('<html>'), expect: [400] },
    { label: 'JSON', as: 'admin', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: json, data: '{}', expect: [415] },
    { label: '21 MB', as: 'admin', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: { 'content-type': 'application/pdf' }, data: Buffer.alloc(21 * 1024 * 1024, 0x25), expect: [413] },
    { label: 'from another site', as: 'admin', method: 'POST', path: '/api/quan-tri/van-ban/tep', headers: { 'content-type': 'application/pdf', origin: 'https://evil.example' }, data: Buffer.from('%PDF-'), expect: [403] },
    ...WRONG_METHODS.map((method) => ({ label: method, as: 'admin' as const, method, path: '/api/quan-tri/van-ban/tep', expect: [405] })),
  ],
  '/chuyen-muc/[slug]/rss.xml': [
    { label: 'a category that does not exist', path: '/chuyen-muc/khong-co/rss.xml', expect: [404] },
    { label: 'a broken segment', path: `/chuyen-muc/${BROKEN_SEGMENT}/rss.xml`, expect: [400, 404] },
    { label: 'POST', method: 'POST', path: '/chuyen-muc/thong-bao/rss.xml', headers: json, data: '{}', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/chuyen-muc/thong-bao/rss.xml', expect: [405] })),
  ],
  '/media/[...key]': [
    { label: 'a file that does not exist', path: '/media/khong-co.png', expect: [404] },
    { label: 'a way out of the folder', path: '/media/..%2F..%2F.env', expect: [400, 404] },
    { label: 'a document', path: '/media/tai-lieu/x.pdf', expect: [404] },
    { label: 'a broken segment', path: `/media/${BROKEN_SEGMENT}`, expect: [400, 404] },
    { label: 'POST', method: 'POST', path: '/media/e2e/cover.png', headers: { 'content-type': 'image/png' }, data: Buffer.from('x'), expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/media/e2e/cover.png', expect: [405] })),
  ],
  '/og-image.png': [
    { label: 'junk parameters', path: '/og-image.png?w=99999&title=%3Cscript%3E', expect: [200] },
    { label: 'POST', method: 'POST', path: '/og-image.png', headers: json, data: '{}', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/og-image.png', expect: [405] })),
  ],
  '/rss.xml': [
    { label: 'junk parameters', path: '/rss.xml?trang=-1&q=%27', expect: [200] },
    { label: 'POST', method: 'POST', path: '/rss.xml', headers: json, data: '{}', expect: [405] },
    { label: 'a body of 1 MB', method: 'POST', path: '/rss.xml', headers: json, data: 'x'.repeat(1024 * 1024), expect: [413] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/rss.xml', expect: [405] })),
  ],
  '/sitemap.xml': [
    { label: 'junk parameters', path: '/sitemap.xml?page=%00', expect: [200] },
    { label: 'POST', method: 'POST', path: '/sitemap.xml', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/sitemap.xml', expect: [405] })),
  ],
  '/sitemap/[file]': [
    { label: 'a file past the end', path: '/sitemap/2.xml', expect: [404] },
    { label: 'a junk file', path: '/sitemap/-1.xml', expect: [404] },
    { label: 'a broken segment', path: `/sitemap/${BROKEN_SEGMENT}`, expect: [400, 404] },
    { label: 'POST', method: 'POST', path: '/sitemap/1.xml', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/sitemap/1.xml', expect: [405] })),
  ],
  '/tin-tuc/[slug]/og-image.png': [
    { label: 'an article that does not exist', path: '/tin-tuc/khong-co/og-image.png', expect: [404] },
    { label: 'a draft', path: `/tin-tuc/${DRAFT_FIXTURE.slug}/og-image.png`, expect: [404] },
    { label: 'a broken segment', path: `/tin-tuc/${BROKEN_SEGMENT}/og-image.png`, expect: [400, 404] },
    { label: 'POST', method: 'POST', path: `${seedArticlePath}/og-image.png`, headers: json, data: '{}', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: `${seedArticlePath}/og-image.png`, expect: [405] })),
  ],
  '/van-ban/[slug]/tai-ve': [
    { label: 'a document that does not exist', path: '/van-ban/khong-co/tai-ve', expect: [404] },
    { label: 'a broken segment', path: `/van-ban/${BROKEN_SEGMENT}/tai-ve`, expect: [400, 404] },
    { label: 'an ETag of junk', path: '/van-ban/khong-co/tai-ve', headers: { 'if-none-match': '"x"' }, expect: [404] },
    { label: 'POST', method: 'POST', path: '/van-ban/khong-co/tai-ve', headers: json, data: '{}', expect: [405] },
    ...WRONG_METHODS.map((method) => ({ label: method, method, path: '/van-ban/khong-co/tai-ve', expect: [405] })),
  ],
};

test('route handlers: wrong methods, bad JSON, wrong types, oversized bodies, junk parameters answer 4xx in Vietnamese, changing nothing', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const callers = {
    'signed out': await signedOut(playwright, baseURL!),
    contributor: await signedIn(playwright, baseURL!, 'contributor'),
    admin: await signedIn(playwright, baseURL!, 'admin'),
  };
  const before = await databaseSnapshot();
  const failures: string[] = [];
  let count = 0;
  for (const [route, cases] of Object.entries(ROUTES)) {
    for (const routeCase of cases) {
      count += 1;
      const label = `${route}: ${routeCase.label} (${routeCase.method ?? 'GET'} ${routeCase.path.slice(0, 80)})`;
      const response = await callers[routeCase.as ?? 'signed out'].request.fetch(routeCase.path, {
        method: routeCase.method ?? 'GET',
        headers: routeCase.headers,
        data: routeCase.data,
        maxRedirects: 0,
      });
      const answer = await readActionAnswer(response);
      // a refusal is checked whole; an answer to a call that is allowed (the token, a feed) only for its status
      if (answer.status >= 400) checkRefusal(label, answer, { statuses: routeCase.expect }, failures);
      else if (!routeCase.expect.includes(answer.status)) failures.push(`${label}: HTTP ${answer.status}, expected ${routeCase.expect.join(' or ')}`);
    }
  }
  // a method no one knows, and one nothing in the portal takes
  for (const method of ['FOO', 'PROPFIND']) {
    count += 1;
    const response = await fetch(new URL('/api/health', baseURL), { method });
    // Node.js's parser refuses a method it does not know (400) before the server sees it
    checkRefusal(`${method} /api/health`, { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() }, { statuses: [400, 405] }, failures);
  }
  // a chunked body with no Content-Length, to the routes that read their own
  for (const [path, headers] of [
    ['/api/danh-gia', json],
    ['/api/auth/callback/credentials', form],
  ] as const) {
    count += 1;
    const size = path === '/api/danh-gia' ? SELF_LIMITED_ROUTES['/api/danh-gia'] + 1 : SIGN_IN_BODY_LIMIT_BYTES + 1;
    const response = await fetch(new URL(path, baseURL), { method: 'POST', headers: { ...headers, origin: baseURL! }, body: chunkedBody(size), duplex: 'half' } as RequestInit);
    checkRefusal(`${path} streamed without Content-Length`, { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() }, { statuses: [413] }, failures);
  }
  console.log(`[hostile-input] ${count} calls to ${Object.keys(ROUTES).length} route handlers`);
  expect(failures).toEqual([]);
  expect(await databaseChanges(before)).toEqual([]);
  for (const caller of Object.values(callers)) await caller.request.dispose();
});
