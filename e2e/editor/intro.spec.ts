import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { asRole, captureServerAction, expect, forThisAttempt, replayServerAction, test, waitUntilVisible } from '../support/editor';

const COVER = path.join(process.cwd(), 'e2e', 'fixtures', 'cover.png');

/** The instant "Cập nhật lần cuối" of a public page shows, to the second. */
async function lastUpdated(reader: APIRequestContext, pagePath: string): Promise<string> {
  const html = await (await reader.get(pagePath)).text();
  return /Cập nhật lần cuối: (?:<!-- -->)?<time dateTime="([^"]+)"/.exec(html)?.[1] ?? '';
}

test.describe('an editor', () => {
  test.use(asRole('editor'));

  test('edits the functions page, readers see it within a second, a stale tab is refused, and an old revision comes back', async ({ page, context, reader }, testInfo) => {
    const { title: duty } = forThisAttempt('Tham mưu Ban chỉ đạo chuyển đổi số của phường');
    const updatedBefore = await lastUpdated(reader, '/gioi-thieu');

    await page.goto('/quan-tri/gioi-thieu');
    await page.getByRole('link', { name: 'Sửa trang Chức năng, nhiệm vụ' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa trang: Chức năng, nhiệm vụ');
    const staleTab = await context.newPage();
    await staleTab.goto(page.url());
    await expect(staleTab.getByRole('textbox', { name: 'Nội dung' })).toBeVisible();

    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(duty);
    await expect(page.getByText('Có thay đổi chưa lưu.')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu trang' }).click();
    await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();
    const since = Date.now();
    await waitUntilVisible(reader, '/gioi-thieu', (r) => r.text.includes(duty), { since, label: 'site page → /gioi-thieu', testInfo });
    const html = await (await reader.get('/gioi-thieu')).text();
    // the saved part is official now: no sample mark in its heading
    expect(html).toMatch(/<h2 id="chuc-nang-nhiem-vu"[^>]*>Chức năng, nhiệm vụ<\/h2>/);
    expect(await lastUpdated(reader, '/gioi-thieu')).not.toBe(updatedBefore);

    // The tab opened before that save is refused, keeping what was typed there.
    await staleTab.getByLabel('Tiêu đề').fill('Tiêu đề gõ ở thẻ cũ');
    await staleTab.getByRole('button', { name: 'Lưu trang' }).click();
    const alert = staleTab.getByRole('alert').filter({ hasText: /\S/ }).first();
    await expect(alert).toContainText('Trang này đã được lưu ở một thẻ hoặc thiết bị khác');
    await expect(alert).toContainText('Lê Biên Tập');
    await expect(alert.getByRole('link', { name: 'Mở bản mới nhất trong thẻ mới' })).toBeVisible();
    await expect(staleTab.getByLabel('Tiêu đề')).toHaveValue('Tiêu đề gõ ở thẻ cũ');
    await staleTab.close();

    // The shipped sample text is the first revision; restoring it brings it back, marked as sample.
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch sử thay đổi');
    const versions = page.getByRole('list', { name: 'Các phiên bản' }).getByRole('listitem');
    await expect(versions.first()).toContainText('Lê Biên Tập');
    await expect(versions.first()).toContainText('Hiện tại');
    const sample = versions.filter({ hasText: 'Phiên bản 1: Nội dung mẫu' });
    await sample.getByRole('link', { name: /^Xem/ }).click();
    await expect(page.getByRole('region', { name: 'Nội dung phiên bản' })).toContainText('Nhiệm vụ, quyền hạn chủ yếu');
    await page.goBack();
    await sample.getByRole('button', { name: /^Khôi phục phiên bản này/ }).click();
    await expect(page.getByText('Đã khôi phục phiên bản 1.')).toBeVisible();
    const restoredAt = Date.now();
    await waitUntilVisible(
      reader,
      '/gioi-thieu',
      (r) => !r.text.includes(duty) && /<h2 id="chuc-nang-nhiem-vu"[^>]*>Chức năng, nhiệm vụ<span[^>]*>Dữ liệu mẫu/.test(r.text),
      { since: restoredAt, label: 'page revision restore → /gioi-thieu', testInfo },
    );
    await expect(versions.first()).toContainText('Khôi phục phiên bản 1');
  });

  test('edits, adds (with a photo), reorders and deletes leaders; readers see each change', async ({ page, reader }, testInfo) => {
    const { title: duties } = forThisAttempt('Phụ trách cải cách hành chính và chuyển đổi số');
    const { title: newcomer } = forThisAttempt('Phạm Văn Đức');
    await page.goto('/quan-tri/gioi-thieu');
    const list = page.getByRole('list', { name: 'Lãnh đạo phường' });

    // Edit the second leader (a sample entry on a fresh database).
    const second = list.getByRole('listitem').nth(1).getByRole('form');
    await second.getByLabel('Lĩnh vực phụ trách').fill(duties);
    await second.getByLabel('Điện thoại').fill('0254 3 777 888');
    await second.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(second.getByRole('status')).toHaveText(/^Đã lưu/);
    const since = Date.now();
    await waitUntilVisible(reader, '/gioi-thieu', (r) => r.text.includes(duties) && r.text.includes('href="tel:02543777888"'), { since, label: 'leader edit → /gioi-thieu', testInfo });

    // Add one with a portrait: it goes to the end of the list.
    const add = page.getByRole('form', { name: 'Thêm lãnh đạo' });
    await add.getByLabel('Họ tên').fill(newcomer);
    await add.getByLabel('Chức vụ').fill('Phó Chủ tịch Ủy ban nhân dân phường');
    await add.getByLabel('Thư điện tử').fill('khong-hop-le');
    await add.getByLabel('Ảnh chân dung (không bắt buộc)').setInputFiles(COVER);
    await expect(add.getByRole('img')).toBeVisible();
    await add.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await expect(add.getByText(/^Thư điện tử chưa đúng dạng/)).toBeVisible();
    await expect(add.getByText(/^Vui lòng mô tả ảnh/)).toBeVisible();
    await add.getByLabel('Thư điện tử').fill('phamvanduc@phuochung.gov.vn');
    await add.getByLabel('Mô tả ảnh').fill(`Ảnh chân dung ông ${newcomer}`);
    await add.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await expect(add.getByText('Đã thêm lãnh đạo.')).toBeVisible();
    const added = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${newcomer}$`) }) });
    await expect(added).toHaveCount(1);
    await waitUntilVisible(reader, '/gioi-thieu', (r) => r.text.includes(`alt="Ảnh chân dung ông ${newcomer}"`), { since: Date.now(), limitMs: 2000, label: 'new leader → /gioi-thieu', testInfo });

    // One place up: now before the leader who was above it.
    const above = (await list.getByRole('listitem').nth((await list.getByRole('listitem').count()) - 2).getByRole('heading').textContent())!.replace(/^\d+\. /, '').replace('Dữ liệu mẫu', '').trim();
    await added.getByRole('button', { name: new RegExp(`^Lên.*chuyển ${newcomer} lên trên`) }).click();
    await expect(list.getByRole('listitem').nth((await list.getByRole('listitem').count()) - 2)).toContainText(newcomer);
    await waitUntilVisible(reader, '/gioi-thieu', (r) => r.text.indexOf(newcomer) < r.text.indexOf(above), { since: Date.now(), limitMs: 2000, label: 'leader order → /gioi-thieu', testInfo });

    // Deleting asks first.
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain(`Xóa ${newcomer}`);
      void dialog.accept();
    });
    await added.getByRole('button', { name: new RegExp(`^Xóa.*${newcomer}`) }).click();
    await expect(added).toHaveCount(0);
    await waitUntilVisible(reader, '/gioi-thieu', (r) => !r.text.includes(newcomer), { since: Date.now(), limitMs: 2000, label: 'leader deleted → /gioi-thieu', testInfo });
  });
});

test.describe('a contributor', () => {
  test.use(asRole('contributor'));

  test('cannot open the introduction editor, nor save a page by replaying the request', async ({ page, browser, baseURL, reader }) => {
    for (const path of ['/quan-tri/gioi-thieu', '/quan-tri/gioi-thieu/lich-su', '/quan-tri/gioi-thieu/lich-su/lich-su']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    await page.goto('/quan-tri');
    await expect(page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Giới thiệu' })).toHaveCount(0);

    // An editor's own "Lưu trang" request, held back, then sent with the contributor's session.
    const editorContext = await browser.newContext(asRole('editor'));
    const editor = await editorContext.newPage();
    await editor.goto('/quan-tri/gioi-thieu/lich-su');
    await editor.getByLabel('Tiêu đề').fill('Lịch sử do cộng tác viên sửa');
    await editor.route('**/quan-tri/gioi-thieu/**', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    const save = await captureServerAction(editor, () => editor.getByRole('button', { name: 'Lưu trang' }).click());
    await editorContext.close();
    const refused = await replayServerAction(baseURL!, save, 'contributor');
    expect(refused.text).toContain('không có quyền');
    expect(await (await reader.get('/gioi-thieu')).text()).not.toContain('Lịch sử do cộng tác viên sửa');
  });
});
