import { expect, test } from '@playwright/test';
import { DRAFT_FIXTURE, RELATED_FIXTURE, RENAMED_FIXTURE } from './fixtures/fixture-articles';
import { seedArticlePath, seedArticleSlug, seedPage } from './support/public-pages';

test('the seed article appears word for word, with its date and category', async ({ page }) => {
  const response = await page.goto(seedArticlePath);
  expect(response?.status()).toBe(200);
  expect(seedArticleSlug).toMatch(/^so-ket-cong-tac-dan-van-/);

  const headings = page.getByRole('heading', { level: 1 });
  await expect(headings).toHaveCount(1);
  await expect(headings).toHaveText(seedPage.article.title);
  await expect(page).toHaveTitle(`${seedPage.article.title} | Phường Phước Hưng`);

  const article = page.getByRole('article').first();
  await expect(article.locator('time').first()).toHaveText('30/06/2023 - 10:23');
  await expect(article.locator('time').first()).toHaveAttribute('datetime', '2023-06-30T10:23:00+07:00');
  await expect(article.getByRole('link', { name: 'Tin tức – Sự kiện' })).toBeVisible();

  const paragraphs = await article.locator('.article-body p').allTextContents();
  expect(paragraphs).toEqual(seedPage.article.paragraphs);
  expect(paragraphs).toHaveLength(3);
  for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/^\s|\u00a0/);
});

test('an article lists related articles from its category', async ({ page }) => {
  await page.goto(seedArticlePath);
  const related = page.getByRole('region', { name: 'Bài viết liên quan' });
  await expect(related.getByRole('link', { name: RELATED_FIXTURE.title })).toBeVisible();
  await expect(related).not.toContainText('Thông báo lịch tiếp công dân');
  await related.getByRole('link', { name: RELATED_FIXTURE.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_FIXTURE.title);
});

test('a cover image is shown resized, with its alt text', async ({ page }) => {
  await page.goto(`/tin-tuc/${RELATED_FIXTURE.slug}`);
  const cover = page.getByRole('img', { name: RELATED_FIXTURE.coverAlt });
  await expect(cover).toBeVisible();
  expect(await cover.getAttribute('src')).toContain('/_next/image?url=%2Fmedia%2Fe2e%2Fcover.png');
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('a draft is not public', async ({ page }) => {
  const response = await page.goto(`/tin-tuc/${DRAFT_FIXTURE.slug}`);
  expect(response?.status()).toBe(404);
  await page.goto('/chuyen-muc/thong-bao');
  await expect(page.getByText(DRAFT_FIXTURE.title)).toHaveCount(0);
});

test('an old slug answers with a permanent redirect to the current one', async ({ page, request }) => {
  const target = `/tin-tuc/${RENAMED_FIXTURE.slug}`;
  const response = await request.get(`/tin-tuc/${RENAMED_FIXTURE.oldSlug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  // Next.js 16 repeats the Location header when it first renders a redirect (ISR miss);
  // every value must still name the current slug.
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.flatMap((h) => h.value.split(', '))).not.toHaveLength(0);
  for (const value of locations.flatMap((h) => h.value.split(', '))) expect(value).toBe(target);

  await page.goto(`/tin-tuc/${RENAMED_FIXTURE.oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RENAMED_FIXTURE.title);
});
