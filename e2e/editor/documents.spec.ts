import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createSamplePdf } from '@/lib/documents/sample-pdf';
import { asRole, captureServerAction, expect, replayServerAction, test, waitUntilVisible } from '../support/editor';

test.use(asRole('editor'));

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A document unique to this attempt (editor tests change the database for good). */
function documentForThisAttempt() {
  const retry = test.info().retry;
  const number = `7${retry}7/2026/QĐ-UBND`;
  const summary = `Về việc thành lập Tổ công tác rà soát hộ nghèo năm 2026${retry ? ` lần ${retry + 1}` : ''}`;
  return { number, summary, slug: '', pdf: createSamplePdf([`Quyet dinh ${number}`, 'Thanh lap to cong tac ra soat ho ngheo']) };
}

test('an editor adds a document with its PDF, publishes it, readers find it by number and download it, then it is unpublished and deleted', async ({
  page,
  reader,
}, testInfo) => {
  test.slow();
  const document = documentForThisAttempt();

  await test.step('the editor area has a "Văn bản" section', async () => {
    await page.goto('/quan-tri');
    await page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Văn bản' }).click();
    await expect(page).toHaveURL(/\/quan-tri\/van-ban$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
    await expect(page.getByRole('list', { name: 'Danh sách văn bản' }).getByRole('link', { name: /^12\/2026\/QĐ-UBND: Về việc ban hành Quy chế/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Thêm văn bản' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm văn bản');
  });

  await test.step('the form checks what is typed and only takes a real PDF', async () => {
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByText('Vui lòng nhập số, ký hiệu văn bản, ví dụ: 12/2026/QĐ-UBND.')).toBeVisible();
    await expect(page.getByLabel('Số/ký hiệu')).toBeFocused();
    await expect(page.getByLabel('Ngày ban hành')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Số/ký hiệu').fill(document.number);
    await page.getByLabel('Trích yếu').fill(document.summary);
    await expect(page.getByLabel('Đường dẫn')).toHaveValue(/^7\d7-2026-qd-ubnd-ve-viec-thanh-lap-to-cong-tac/);
    document.slug = await page.getByLabel('Đường dẫn').inputValue();
    await page.getByLabel('Ngày ban hành').fill('2062-11-20');
    await page.getByLabel('Loại văn bản').selectOption('Quyết định');
    await page.getByLabel('Lĩnh vực').fill('Lao động – Thương binh và Xã hội');
    await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('UBND phường Phước Hưng');
    await expect(page.getByText('Chỉ nhận tệp PDF, tối đa 20 MB.')).toBeVisible();

    // An image renamed to .pdf is refused in the browser, by its content...
    const file = page.getByLabel('Tệp PDF của văn bản');
    await file.setInputFiles({ name: 'anh-doi-ten.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    await expect(page.getByText('Tệp này không phải tệp PDF. Vui lòng chọn tệp PDF của văn bản.')).toBeVisible();
    // ...and by the server, whatever a client sends.
    const forged = await page.request.post('/api/quan-tri/van-ban/tep', {
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'gia.pdf', origin: new URL(page.url()).origin },
      data: Buffer.from('<html>không phải PDF</html>'),
    });
    expect(forged.status()).toBe(400);
    expect((await forged.json()).message).toBe('Tệp này không phải tệp PDF. Vui lòng chọn tệp PDF của văn bản.');

    await file.setInputFiles({ name: 'Quyết định thành lập tổ công tác.pdf', mimeType: 'application/pdf', buffer: Buffer.from(document.pdf) });
    const uploaded = page.getByRole('link', { name: 'Mở tệp Quyết định thành lập tổ công tác.pdf' });
    await expect(uploaded).toBeVisible();
    // editors can open the uploaded file before the document is published
    const preview = await page.request.get((await uploaded.getAttribute('href'))!);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await preview.body(), Buffer.from(document.pdf))).toBe(0);

    // A year typed wrong (2062) is caught by the server, next to the field.
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByText(/Ngày ban hành ở quá xa trong tương lai/)).toBeVisible();
    await page.getByLabel('Ngày ban hành').fill('2026-11-20');
  });

  await test.step('save a draft: it gets its own address in the editor area, readers see nothing yet', async () => {
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\/quan-tri\/van-ban\/[a-z0-9]+$/);
    await expect(page.getByRole('status').getByText('Đã lưu bản nháp.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa văn bản');
    // what was typed is what was saved
    await expect(page.getByLabel('Số/ký hiệu')).toHaveValue(document.number);
    await expect(page.getByRole('link', { name: 'Mở tệp Quyết định thành lập tổ công tác.pdf' })).toBeVisible();
    await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible();
    expect((await reader.get(`/van-ban/${document.slug}`)).status()).toBe(404);
    expect((await reader.get(`/van-ban/${document.slug}/tai-ve`)).status()).toBe(404);
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('publish: the page, the registry and the search show it within a second, the PDF downloads', async () => {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expect(page.getByRole('status').getByText('Đã công bố văn bản.')).toBeVisible();
    const since = Date.now();
    await Promise.all([
      waitUntilVisible(reader, `/van-ban/${document.slug}`, (r) => r.status === 200 && r.text.includes(document.summary), { since, label: 'publish → document page', testInfo }),
      waitUntilVisible(reader, '/van-ban', (r) => r.text.includes(document.number), { since, label: 'publish → registry', testInfo }),
    ]);
    const search = await reader.get(`/van-ban/tra-cuu?q=${encodeURIComponent(document.number)}`);
    const html = await search.text();
    expect(html).toContain(`/van-ban/${document.slug}`);
    expect(html).toContain('Tìm thấy 1 văn bản');

    const readerPage = await page.context().browser()!.newPage({ storageState: { cookies: [], origins: [] } });
    await readerPage.goto(`/van-ban/tra-cuu?q=${encodeURIComponent('quyet dinh to cong tac ra soat ho ngheo')}`);
    await readerPage.getByRole('link', { name: document.summary }).click();
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(`Quyết định số ${document.number}`);
    const [download] = await Promise.all([readerPage.waitForEvent('download'), readerPage.getByRole('link', { name: /^Tải văn bản \(PDF, / }).click()]);
    expect(download.suggestedFilename()).toBe('Quyết định thành lập tổ công tác.pdf');
    const response = await reader.get(`/van-ban/${document.slug}/tai-ve`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await response.body(), Buffer.from(document.pdf))).toBe(0);
    await readerPage.close();
  });

  await test.step('the history keeps every version', async () => {
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await expect(page.getByRole('list', { name: 'Các phiên bản' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByText('Phiên bản 2: Công bố')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '← Về văn bản' }).click();
  });

  await test.step('unpublish, then delete (after confirming): readers no longer find it', async () => {
    await page.getByRole('button', { name: 'Gỡ khỏi trang' }).click();
    await expect(page.getByRole('status').getByText(/Đã gỡ văn bản khỏi trang/)).toBeVisible();
    await waitUntilVisible(reader, `/van-ban/${document.slug}`, (r) => r.status === 404, { since: Date.now(), label: 'unpublish → 404', testInfo });
    expect((await reader.get(`/van-ban/${document.slug}/tai-ve`)).status()).toBe(404);

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain(document.number);
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Xóa văn bản' }).click();
    await expect(page).toHaveURL(/\/quan-tri\/van-ban\?da-xoa=1$/);
    await expect(page.getByText('Đã xóa văn bản.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Danh sách văn bản' })).not.toContainText(document.number);
  });
});

test.describe('a contributor', () => {
  test.use(asRole('contributor'));

  test('cannot open the documents section, upload a file or replay an editor’s save', async ({ page, browser, baseURL }) => {
    for (const path of ['/quan-tri/van-ban', '/quan-tri/van-ban/moi']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    await page.goto('/quan-tri');
    await expect(page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Văn bản' })).toHaveCount(0);
    const upload = await page.request.post('/api/quan-tri/van-ban/tep', {
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'a.pdf', origin: baseURL! },
      data: Buffer.from(createSamplePdf(['x'])),
    });
    expect(upload.status()).toBe(403);

    // The editor's own "Lưu nháp" request, replayed with the contributor's session.
    const editorContext = await browser.newContext(asRole('editor'));
    const editorPage = await editorContext.newPage();
    await editorPage.goto('/quan-tri/van-ban/moi');
    await editorPage.getByLabel('Số/ký hiệu').fill(`9${test.info().retry}9/TB-UBND`);
    await editorPage.route('**/quan-tri/van-ban/**', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    const save = await captureServerAction(editorPage, () => editorPage.getByRole('button', { name: 'Lưu nháp' }).click());
    await editorContext.close();
    const replayed = await replayServerAction(baseURL!, save, 'contributor');
    expect(replayed.text).toContain('không có quyền');
    expect(replayed.text).not.toMatch(/PrismaClient|node_modules/);
  });
});

test.describe('signed out', () => {
  test('the upload route refuses anyone not signed in', async ({ reader, baseURL }) => {
    const response = await reader.post('/api/quan-tri/van-ban/tep', {
      headers: { 'content-type': 'application/pdf', origin: baseURL! },
      data: Buffer.from(createSamplePdf(['x'])),
    });
    expect(response.status()).toBe(401);
    expect((await reader.get('/api/quan-tri/van-ban/tep?id=x')).status()).toBe(401);
    const page = await reader.get('/quan-tri/van-ban', { maxRedirects: 0 });
    expect(page.status()).toBe(307);
  });
});
