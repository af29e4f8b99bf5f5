import { expect, test, type Page } from '@playwright/test';
import { seedArticlePath, seedPage } from './support/public-pages';

const tools = (page: Page) => page.getByRole('group', { name: 'Công cụ đọc' });
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('the print view shows the article alone, with its full address', async ({ page, baseURL }) => {
  await page.goto(seedArticlePath);
  await expect(tools(page).getByRole('button', { name: 'In bài viết' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(tools(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Bài viết liên quan' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedPage.article.title);
  await expect(page.getByText(`Nguồn: ${baseURL}${seedArticlePath}`)).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(`Nguồn: ${baseURL}${seedArticlePath}`)).toBeHidden();
});

test('"In bài viết" opens the print dialog', async ({ page }) => {
  await page.goto(seedArticlePath);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await tools(page).getByRole('button', { name: 'In bài viết' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the text size is remembered across pages, and applied before the first paint', async ({ page }) => {
  await page.goto(seedArticlePath);
  expect(await rootFontSize(page)).toBe('16px');
  const bodyBefore = await page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

  await tools(page).getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await tools(page).getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  expect(await rootFontSize(page)).toBe('20px');
  const bodyAfter = await page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodyAfter).toBeCloseTo(bodyBefore * 1.25, 1);

  // Another page, loaded afresh: the size is there from the start, nothing moves afterwards.
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number; sizeAtDomReady: string | null };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.sizeAtDomReady = document.documentElement.getAttribute('data-text-size');
    });
  });
  await page.goto('/chuyen-muc/thong-bao');
  expect(await rootFontSize(page)).toBe('20px');
  expect(await page.evaluate(() => (window as unknown as { sizeAtDomReady: string }).sizeAtDomReady)).toBe('2');
  await page.goto(seedArticlePath);
  await expect(tools(page).getByRole('button', { name: 'Cỡ chữ mặc định' })).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  expect(await rootFontSize(page)).toBe('20px');

  await tools(page).getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  expect(await rootFontSize(page)).toBe('16px');
  await page.reload();
  expect(await rootFontSize(page)).toBe('16px');
});

test('high contrast is a toggle that is remembered', async ({ page }) => {
  await page.goto(seedArticlePath);
  const toggle = tools(page).getByRole('button', { name: 'Tương phản cao' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const colours = () =>
    page.getByRole('heading', { level: 1 }).evaluate((h) => [getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor]);
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);

  await page.goto('/');
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await page.goto(seedArticlePath);
  await tools(page).getByRole('button', { name: 'Tương phản cao' }).click();
  await expect(tools(page).getByRole('button', { name: 'Tương phản cao' })).toHaveAttribute('aria-pressed', 'false');
  expect((await colours())[1]).toBe('rgb(255, 255, 255)');
});

test('"Nghe bài viết" hides itself where the browser has no Vietnamese voice', async ({ page }) => {
  await page.addInitScript(() => {
    speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice];
  });
  await page.goto(seedArticlePath);
  await expect(tools(page).getByRole('button', { name: 'Tăng cỡ chữ' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nghe bài viết' })).toBeHidden();
});

test('"Nghe bài viết" reads the article with a Vietnamese voice, and stops', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voice = { lang: 'vi-VN', name: 'Tiếng Việt', default: false, localService: true, voiceURI: 'vi' } as SpeechSynthesisVoice;
    speechSynthesis.getVoices = () => [voice];
    // a real utterance accepts only a real voice object
    class TestUtterance {
      text: string;
      lang = '';
      voice: SpeechSynthesisVoice | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = TestUtterance;
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
    };
    speechSynthesis.cancel = () => {
      spoken.push({ text: '[cancel]', lang: '' });
    };
  });
  await page.goto(seedArticlePath);
  const listen = tools(page).getByRole('button', { name: 'Nghe bài viết' });
  await expect(listen).toBeVisible();
  await listen.click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken[0].text.startsWith(seedPage.article.title)).toBe(true);
  expect(spoken.every((u) => u.lang === 'vi-VN')).toBe(true);
  expect(spoken.map((u) => u.text).join(' ')).toContain('Đồng chí Phan Thị Kiếm');
  await tools(page).getByRole('button', { name: 'Dừng đọc' }).click();
  await expect(tools(page).getByRole('button', { name: 'Nghe bài viết' })).toBeVisible();
});

test('share links for Facebook and Zalo, and copying the link', async ({ page, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedArticlePath);
  const share = page.getByRole('group', { name: 'Chia sẻ' });
  const url = encodeURIComponent(`${baseURL}${seedArticlePath}`);
  await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${url}`);
  await expect(share.getByRole('link', { name: /Zalo/ })).toHaveAttribute('href', `https://sp.zalo.me/share_inline?url=${url}`);

  await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(share.getByRole('status')).toHaveText('Đã sao chép liên kết bài viết');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${seedArticlePath}`);
});

test('no third-party script or request: sharing is plain links', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(seedArticlePath);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
