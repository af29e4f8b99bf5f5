import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { asRole, expect, SIGNED_OUT, test } from '../support/editor';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.describe('signed out', () => {
  test.use(SIGNED_OUT);
  test('no serious or critical WCAG 2.1 AA violations: sign-in page, with an error shown', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Vui lòng nhập email.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('as an administrator', () => {
  test.use(asRole('admin'));
  for (const [name, path] of [
    ['danh sách bài viết', '/quan-tri'],
    ['người dùng', '/quan-tri/nguoi-dung'],
    ['chuyên mục', '/quan-tri/chuyen-muc'],
    ['thông tin trang', '/quan-tri/thong-tin-trang'],
    ['nhật ký', '/quan-tri/nhat-ky'],
    ['tài khoản', '/quan-tri/tai-khoan'],
    ['giới thiệu', '/quan-tri/gioi-thieu'],
    ['sửa trang cơ cấu tổ chức', '/quan-tri/gioi-thieu/co-cau-to-chuc'],
    ['lịch sử trang cơ cấu tổ chức', '/quan-tri/gioi-thieu/co-cau-to-chuc/lich-su'],
    ['thủ tục hành chính', '/quan-tri/thu-tuc'],
    ['liên kết', '/quan-tri/lien-ket'],
  ] as const) {
    test(`no serious or critical WCAG 2.1 AA violations: ${name}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('no serious or critical WCAG 2.1 AA violations: the editor and the history of an article', async ({ page }) => {
    await page.goto('/quan-tri');
    await page.getByRole('button', { name: 'Viết bài mới' }).click();
    await expect(page.getByRole('textbox', { name: 'Nội dung' })).toBeVisible();
    // Every toolbar button has a Vietnamese name.
    const names = await page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toEqual(expect.arrayContaining(['Chữ đậm', 'Chữ nghiêng', 'Đề mục lớn', 'Danh sách đánh số', 'Trích dẫn', 'Chèn liên kết', 'Chèn ảnh', 'Chèn bảng']));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch sử thay đổi');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
