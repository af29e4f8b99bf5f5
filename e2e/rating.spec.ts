import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { DRAFT_FIXTURE, ratingFixture } from './fixtures/fixture-articles';
import { callServerAction } from './support/server-action';

// Every test votes on an article of its own (one per project) and from a network address of
// its own: the tests share one server, and the per-address rate limit must not be shared.
const newAddress = () => `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

const STARS_MESSAGE = 'Số sao phải là một số nguyên từ 1 đến 5.';
const NOT_RATEABLE_MESSAGE = 'Không tìm thấy bài viết đã xuất bản để đánh giá.';
const INVITATION = 'Chưa có lượt đánh giá nào. Hãy là người đầu tiên đánh giá bài viết này.';
// lib/cache/revalidate.ts RATING_REFRESH_INTERVAL_MS
const REFRESH_INTERVAL_MS = 5000;

const ratingGroup = (page: Page) => page.getByRole('group', { name: 'Đánh giá' });
const star = (page: Page, stars: number) => ratingGroup(page).getByRole('radio', { name: `${stars} sao`, exact: true });
const ratingStatus = (page: Page) => page.locator('#danh-gia').getByRole('status');

/** Another reader: a fresh browser context (no cookies) like this project's, on another address. */
async function newReader(browser: Browser, testInfo: TestInfo, baseURL: string | undefined) {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': newAddress() },
  });
  return { context, page: await context.newPage() };
}

test.beforeEach(async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': newAddress() });
});

test('a reader rates, changes the vote and sees it after a reload; a second reader adds a vote', async ({ page, browser, baseURL }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'vote');
  // Hydration mismatches and failed requests show up as console errors.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`/tin-tuc/${article.slug}`);
  const group = ratingGroup(page);
  await expect(group.getByRole('radio')).toHaveCount(5);
  await expect(group).toContainText(INVITATION);

  await star(page, 4).click();
  await expect(ratingStatus(page)).toHaveText('Cảm ơn bạn! Đã ghi nhận đánh giá 4 sao.');
  await expect(group).toContainText('4,0/5 (1 lượt đánh giá)');
  await expect(star(page, 4)).toBeChecked();

  await star(page, 2).click();
  await expect(ratingStatus(page)).toHaveText('Đã đổi đánh giá của bạn thành 2 sao.');
  await expect(group).toContainText('2,0/5 (1 lượt đánh giá)');

  await page.reload();
  await expect(star(page, 2)).toBeChecked();
  await expect(group).toContainText('2,0/5 (1 lượt đánh giá)');
  await expect(group).toContainText('Bạn đã chọn 2 sao');

  const second = await newReader(browser, testInfo, baseURL);
  await second.page.goto(`/tin-tuc/${article.slug}`);
  await expect(ratingGroup(second.page)).toContainText('2,0/5 (1 lượt đánh giá)');
  await expect(ratingGroup(second.page).getByRole('radio', { checked: true })).toHaveCount(0);
  await star(second.page, 5).click();
  await expect(ratingStatus(second.page)).toHaveText('Cảm ơn bạn! Đã ghi nhận đánh giá 5 sao.');
  await expect(ratingGroup(second.page)).toContainText('3,5/5 (2 lượt đánh giá)');
  await second.context.close();

  // The first reader's page brings the figures up to date on load, whatever the cache holds.
  await page.reload();
  await expect(group).toContainText('3,5/5 (2 lượt đánh giá)');
  await expect(star(page, 2)).toBeChecked();
  expect(consoleErrors).toEqual([]);

  await page.locator('#danh-gia').getByRole('link', { name: 'Đánh giá lưu những thông tin gì?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyền riêng tư khi đánh giá bài viết');
  await expect(page.getByRole('main')).toContainText('Địa chỉ IP của bạn không được lưu');
});

test('keyboard only: Tab reaches the stars, arrows choose, the vote is sent once the reader settles', async ({ page }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'keyboard');
  await page.goto(`/tin-tuc/${article.slug}`);
  await expect(ratingGroup(page)).toContainText(INVITATION);

  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await star(page, 1).evaluate((radio) => radio === document.activeElement)) break;
  }
  await expect(star(page, 1)).toBeFocused();
  // Focus is visible on the star itself, and every star is a 44 px target.
  const focusRing = await star(page, 1).evaluate((radio) => {
    const style = getComputedStyle(radio.closest('label')!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(focusRing.style).not.toBe('none');
  expect(focusRing.width).toBeGreaterThanOrEqual(2);
  for (let stars = 1; stars <= 5; stars++) {
    const box = await ratingGroup(page).locator('label').nth(stars - 1).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }

  // Passing over 2 on the way to 3 sends one vote, for 3.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(star(page, 3)).toBeFocused();
  await expect(ratingStatus(page)).toHaveText('Cảm ơn bạn! Đã ghi nhận đánh giá 3 sao.');
  await expect(ratingGroup(page)).toContainText('3,0/5 (1 lượt đánh giá)');

  // Enter sends at once.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(ratingStatus(page)).toHaveText('Đã đổi đánh giá của bạn thành 4 sao.');
  await expect(ratingGroup(page)).toContainText('4,0/5 (1 lượt đánh giá)');
  await expect(star(page, 4)).toBeChecked();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
});

test('without JavaScript the same form posts the vote and answers with a page', async ({ browser, baseURL }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'no-script');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: { 'x-forwarded-for': newAddress() } });
  const page = await context.newPage();
  await page.goto(`/tin-tuc/${article.slug}`);
  await star(page, 3).check();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.getByRole('status')).toHaveText('Cảm ơn bạn! Đã ghi nhận đánh giá 3 sao.');
  await page.getByRole('link', { name: 'Quay lại bài viết' }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${article.slug}#danh-gia$`));
  await context.close();
});

test('invalid votes are refused with a 4xx and a clear message, and change nothing', async ({ request, baseURL }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'payloads');
  const headers = { 'x-forwarded-for': newAddress() };
  const summary = async () => (await (await request.get(`/api/danh-gia?bai=${article.id}`)).json()).summary;
  expect((await request.post('/api/danh-gia', { headers, data: { articleId: article.id, stars: 4 } })).status()).toBe(201);
  const before = await summary();
  expect(before).toEqual({ count: 1, sum: 4 });

  const refusals: [unknown, number, string][] = [
    [{ articleId: article.id, stars: 0 }, 400, STARS_MESSAGE],
    [{ articleId: article.id, stars: 6 }, 400, STARS_MESSAGE],
    [{ articleId: article.id, stars: 2.5 }, 400, STARS_MESSAGE],
    [{ articleId: article.id, stars: 'abc' }, 400, STARS_MESSAGE],
    [{ articleId: article.id }, 400, STARS_MESSAGE],
    [{ articleId: 'khong-co-bai-nay', stars: 3 }, 404, NOT_RATEABLE_MESSAGE],
    [{ articleId: DRAFT_FIXTURE.id, stars: 3 }, 404, NOT_RATEABLE_MESSAGE],
  ];
  for (const [data, status, message] of refusals) {
    const response = await request.post('/api/danh-gia', { headers, data });
    expect({ data, status: response.status(), body: await response.json() }).toEqual({ data, status, body: { ok: false, message } });
  }

  const raw = async (body: string, contentType: string) => {
    const response = await request.post('/api/danh-gia', { headers: { ...headers, 'content-type': contentType }, data: body });
    return { status: response.status(), text: await response.text() };
  };
  expect(await raw('{"articleId":', 'application/json')).toMatchObject({ status: 400, text: expect.stringContaining('Dữ liệu đánh giá không hợp lệ.') });
  expect(await raw(JSON.stringify({ articleId: article.id, stars: 5, website: 'x'.repeat(20_000) }), 'application/json')).toMatchObject({
    status: 413,
    text: expect.stringContaining('Dữ liệu gửi lên quá lớn.'),
  });
  expect((await raw('stars=5', 'text/plain')).status).toBe(415);
  expect(await raw(`articleId=${article.id}&stars=2.5`, 'application/x-www-form-urlencoded')).toMatchObject({
    status: 400,
    text: expect.stringContaining(STARS_MESSAGE),
  });
  const crossSite = await request.post('/api/danh-gia', { headers: { ...headers, origin: 'https://evil.example' }, data: { articleId: article.id, stars: 1 } });
  expect(crossSite.status()).toBe(403);

  // The widget's server action, called with what the widget would never send.
  const pagePath = `/tin-tuc/${article.slug}`;
  const actionCases: [unknown[], number, string][] = [
    [[{ articleId: article.id, stars: 0 }], 400, STARS_MESSAGE],
    [[{ articleId: article.id, stars: 6 }], 400, STARS_MESSAGE],
    [[{ articleId: article.id, stars: 2.5 }], 400, STARS_MESSAGE],
    [[{ articleId: article.id, stars: 'abc' }], 400, STARS_MESSAGE],
    [['abc'], 400, 'Dữ liệu đánh giá không hợp lệ.'],
    [[], 400, 'Dữ liệu đánh giá không hợp lệ.'],
    [[{ articleId: 'khong-co-bai-nay', stars: 3 }], 404, NOT_RATEABLE_MESSAGE],
    [[{ articleId: DRAFT_FIXTURE.id, stars: 3 }], 404, NOT_RATEABLE_MESSAGE],
  ];
  for (const [args, status, message] of actionCases) {
    const answer = await callServerAction(request, { baseURL: baseURL!, pagePath, exportedName: 'rateArticleAction', args, headers });
    expect({ args, answer }).toEqual({ args, answer: { status, result: { ok: false, code: status === 404 ? 'not-found' : 'invalid', message } } });
  }
  // …and with a valid vote it does vote (so the refusals above are not a broken call).
  const valid = await callServerAction(request, { baseURL: baseURL!, pagePath, exportedName: 'rateArticleAction', args: [{ articleId: article.id, stars: 5 }], headers });
  expect(valid.result).toMatchObject({ ok: true, summary: { count: 1, sum: 5 } });

  expect(await summary()).toEqual({ count: 1, sum: 5 });
});

test('too many votes from one network are refused with a clear message, and the widget rolls back', async ({ page, request }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'rate-limit');
  const address = newAddress();
  const headers = { 'x-forwarded-for': address };
  for (let i = 0; i < 30; i++) {
    const response = await request.post('/api/danh-gia', { headers, data: { articleId: article.id, stars: (i % 5) + 1 } });
    expect(response.status()).toBeLessThan(300);
  }
  const refused = await request.post('/api/danh-gia', { headers, data: { articleId: article.id, stars: 1 } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await refused.json()).message).toMatch(/^Bạn đã gửi quá nhiều lượt đánh giá\. Vui lòng thử lại sau \d+ (giây|phút)\.$/);

  // A reader in the browser on the same network: the vote shows, then is rolled back with the reason.
  await page.context().setExtraHTTPHeaders(headers);
  await page.goto(`/tin-tuc/${article.slug}`);
  await expect(ratingGroup(page)).toContainText('5,0/5 (1 lượt đánh giá)');
  await star(page, 1).click();
  await expect(ratingStatus(page)).toHaveText(/^Đánh giá chưa được ghi nhận\. Bạn đã gửi quá nhiều lượt đánh giá\. Vui lòng thử lại sau/);
  await expect(star(page, 1)).not.toBeChecked();
  await expect(ratingGroup(page)).toContainText('5,0/5 (1 lượt đánh giá)');

  // Readers elsewhere are not affected.
  const elsewhere = await request.post('/api/danh-gia', { headers: { 'x-forwarded-for': newAddress() }, data: { articleId: article.id, stars: 5 } });
  expect(elsewhere.status()).toBeLessThan(300);
});

test('a vote storm regenerates the cached page at most every few seconds, and it catches up', async ({ request, baseURL }, testInfo) => {
  const article = ratingFixture(testInfo.project.name, 'refresh');
  const pagePath = `/tin-tuc/${article.slug}`;
  await request.get(pagePath);
  expect((await request.get(pagePath)).headers()['x-nextjs-cache']).toBe('HIT');

  const started = Date.now();
  const cacheStates: string[] = [];
  for (let reader = 0; reader < 10; reader++) {
    const voter = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': newAddress() } });
    expect((await voter.post('/api/danh-gia', { data: { articleId: article.id, stars: 5 } })).status()).toBe(201);
    await voter.dispose();
    cacheStates.push((await request.get(pagePath)).headers()['x-nextjs-cache']);
  }
  const elapsed = Date.now() - started;
  const regenerations = cacheStates.filter((state) => state !== 'HIT').length;
  // One per refresh interval, plus at most one more: a render that overlaps a revalidation
  // (the refresh landing mid-render, after the vote's response, or another test's change to
  // a layout every page shares) is rendered again rather than kept, since it may hold what was
  // there before. Without the throttle every vote would regenerate the page (10 here).
  expect(regenerations).toBeLessThanOrEqual(2 + Math.floor(elapsed / REFRESH_INTERVAL_MS));

  // The last votes are in the cached HTML a few seconds later, with no further vote to trigger it.
  await expect
    .poll(async () => (await request.get(pagePath)).text(), { timeout: 3 * REFRESH_INTERVAL_MS, intervals: [500] })
    .toContain('5,0/5 (10 lượt đánh giá)');
  expect((await request.get(pagePath)).headers()['x-nextjs-cache']).toBe('HIT');
});
