import { expect, test } from '@playwright/test';
import { PUBLIC_PAGES } from './support/public-pages';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the mobile menu opens, closes with Escape and is announced', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Danh mục' });
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Thông báo' })).toBeHidden();

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Thông báo' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });

  for (const { name, path } of PUBLIC_PAGES) {
    test(`no horizontal scrolling: ${name}`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('on a wide desktop', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the navigation shows without a menu button', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Danh mục' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thông báo' })).toBeVisible();
  });
});

test('the skip link moves keyboard users to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('Vietnamese text renders in the shipped font', async ({ page }) => {
  await page.goto('/');
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    await document.fonts.load('700 16px "Be Vietnam Pro"', 'Phường Phước Hưng ệ ử ỹ Đ');
    return document.fonts.check('16px "Be Vietnam Pro"', 'Phường Phước Hưng ệ ử ỹ Đ');
  });
  expect(loaded).toBe(true);
  const family = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('Be Vietnam Pro');
});
