import { callServerAction } from '../support/server-action';
import { setSectionUpdatedAt } from '../support/section-updates';
import { asRole, expect, forThisAttempt, test, waitUntilVisible } from '../support/editor';

const DAY = 24 * 60 * 60 * 1000;

// One after the other: two tests changing the procedures at once could have a render of the
// page that began before one change land in the cache after that change's revalidation.
test.describe.configure({ mode: 'default' });

test.describe('an editor', () => {
  test.use(asRole('editor'));

  test('adds a procedure, and readers see it on /thu-tuc-hanh-chinh within a second', async ({ page, reader, browser }, testInfo) => {
    const { title } = forThisAttempt('Đăng ký thường trú (thử nghiệm)');
    await page.goto('/quan-tri');
    await page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');

    const form = page.getByRole('form', { name: 'Thêm thủ tục' });
    await form.getByLabel('Tên thủ tục').fill(title);
    await form.getByLabel('Lĩnh vực').fill('Cư trú');
    await form.getByLabel('Địa chỉ thực hiện trực tuyến').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Thêm thủ tục' }).click();
    await expect(form.getByText('Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ: https://dichvucong.gov.vn.')).toBeVisible();
    await expect(form.getByLabel('Địa chỉ thực hiện trực tuyến')).toBeFocused();
    await expect(form.getByLabel('Tên thủ tục')).toHaveValue(title);

    const portalUrl = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=e2e';
    await form.getByLabel('Địa chỉ thực hiện trực tuyến').fill(portalUrl);
    await form.getByLabel('Mã thủ tục (nếu có)').fill('E2E.001');
    await form.getByLabel('Mô tả ngắn').fill('Thủ tục do kiểm thử tự động thêm vào.');
    await form.getByRole('button', { name: 'Thêm thủ tục' }).click();
    await expect(form.getByText('Đã thêm thủ tục.')).toBeVisible();
    const since = Date.now();
    await waitUntilVisible(reader, '/thu-tuc-hanh-chinh', (r) => r.text.includes(title), { since, label: 'new procedure → /thu-tuc-hanh-chinh', testInfo });

    // Listed in the editors' list under its new field, and the form is ready for the next one.
    await expect(page.getByRole('list', { name: 'Thủ tục lĩnh vực Cư trú' }).getByText(title, { exact: true })).toBeVisible();
    await expect(form.getByLabel('Tên thủ tục')).toHaveValue('');

    await page.goto('/thu-tuc-hanh-chinh');
    await expect(page.getByRole('navigation', { name: 'Lĩnh vực' }).getByRole('link', { name: 'Cư trú' })).toBeVisible();
    const entry = page.getByRole('region', { name: 'Cư trú' }).getByRole('listitem').filter({ hasText: title });
    await expect(entry).toContainText('Mã thủ tục: E2E.001');
    await expect(entry).not.toContainText('Dữ liệu mẫu');
    await expect(entry.getByRole('link', { name: /^Thực hiện trực tuyến/ })).toHaveAttribute('href', portalUrl);

    // The administrators see who added it in the audit log.
    const adminContext = await browser.newContext(asRole('admin'));
    const log = await adminContext.newPage();
    await log.goto('/quan-tri/nhat-ky');
    await expect(log.getByRole('list', { name: 'Các sự kiện' }).getByRole('listitem').filter({ hasText: 'Thêm thủ tục hành chính' }).filter({ hasText: title })).toContainText('Lê Biên Tập');
    await adminContext.close();
  });

  test('moves a procedure within its field and deletes one after confirming', async ({ page, reader }) => {
    await page.goto('/quan-tri/thu-tuc');
    const civil = page.getByRole('list', { name: 'Thủ tục lĩnh vực Hộ tịch' });
    const titles = async () => (await civil.locator(':scope > li > div p.font-bold').allTextContents()).map((text) => text.replace('Dữ liệu mẫu', '').trim());
    const [first, second] = await titles();
    await civil.getByRole('listitem').filter({ hasText: second }).getByRole('button', { name: /^Lên/ }).click();
    await expect.poll(async () => (await titles()).slice(0, 2)).toEqual([second, first]);
    await expect
      .poll(async () => {
        const html = await (await reader.get('/thu-tuc-hanh-chinh')).text();
        return html.indexOf(second) < html.indexOf(first);
      })
      .toBe(true);

    const { title: doomed } = forThisAttempt('Thủ tục thêm vào để xóa');
    const form = page.getByRole('form', { name: 'Thêm thủ tục' });
    await form.getByLabel('Tên thủ tục').fill(doomed);
    await form.getByLabel('Lĩnh vực').fill('Đất đai');
    await form.getByLabel('Địa chỉ thực hiện trực tuyến').fill('https://dichvucong.gov.vn');
    await form.getByRole('button', { name: 'Thêm thủ tục' }).click();
    const land = page.getByRole('list', { name: 'Thủ tục lĩnh vực Đất đai' });
    const doomedItem = land.getByRole('listitem').filter({ hasText: doomed });
    await expect(doomedItem).toBeVisible();

    page.once('dialog', (dialog) => dialog.dismiss());
    await doomedItem.getByRole('button', { name: /^Xóa/ }).click();
    await expect(doomedItem).toBeVisible();
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(`Xóa thủ tục “${doomed}”? Thủ tục sẽ không còn hiện trên trang Thủ tục hành chính.`);
      return dialog.accept();
    });
    await doomedItem.getByRole('button', { name: /^Xóa/ }).click();
    await expect(doomedItem).toHaveCount(0);
    await expect.poll(async () => (await reader.get('/thu-tuc-hanh-chinh')).text()).not.toContain(doomed);
  });

  test('the dashboard lists sections not updated for too long; editing a link takes Liên kết off the list', async ({ page, reader }, testInfo) => {
    // As if nobody had touched the links for 100 days.
    await setSectionUpdatedAt('lien-ket', new Date(Date.now() - 100 * DAY));
    await page.goto('/quan-tri');
    const panel = page.getByRole('region', { name: 'Mục lâu chưa cập nhật' });
    const entry = panel.getByRole('listitem').filter({ hasText: 'Liên kết' });
    await expect(entry).toContainText(/cập nhật lần cuối 100 ngày trước \(\d{2}\/\d{2}\/\d{4}\)/);
    await expect(entry.getByRole('link', { name: 'Xem trang Liên kết' })).toHaveAttribute('href', '/lien-ket');
    // The procedures were just updated: not on the list.
    await expect(panel.getByRole('listitem').filter({ hasText: 'Thủ tục hành chính' })).toHaveCount(0);
    await entry.getByRole('link', { name: 'Cập nhật Liên kết' }).click();
    await expect(page).toHaveURL(/\/quan-tri\/lien-ket$/);

    const name = 'Cổng thông tin điện tử Bộ Tư pháp';
    const item = page.getByRole('list', { name: 'Danh sách liên kết' }).getByRole('listitem').filter({ hasText: name });
    await item.locator('summary', { hasText: 'Sửa' }).click();
    const form = page.getByRole('form', { name: `Sửa liên kết ${name}` });
    await form.getByLabel('Địa chỉ').fill('moj.gov.vn');
    await form.getByRole('button', { name: 'Lưu liên kết' }).click();
    await expect(form.getByText(/^Địa chỉ phải bắt đầu bằng http/)).toBeVisible();
    const description = forThisAttempt('Hộ tịch, chứng thực, phổ biến giáo dục pháp luật').title;
    await form.getByLabel('Địa chỉ').fill('https://moj.gov.vn');
    await form.getByLabel('Mô tả').fill(description);
    await form.getByRole('button', { name: 'Lưu liên kết' }).click();
    await expect(form.getByText('Đã lưu liên kết.')).toBeVisible();
    const since = Date.now();
    await waitUntilVisible(reader, '/lien-ket', (r) => r.text.includes(description), { since, label: 'edited link → /lien-ket', testInfo });

    // Saved by an editor, the link is confirmed: no sample mark on the public page.
    await page.goto('/lien-ket');
    const publicItem = page.getByRole('main').getByRole('listitem').filter({ hasText: description });
    await expect(publicItem.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('href', 'https://moj.gov.vn');
    await expect(publicItem).not.toContainText('Dữ liệu mẫu');

    await page.goto('/quan-tri');
    await expect(page.getByRole('region', { name: 'Mục lâu chưa cập nhật' }).getByRole('listitem').filter({ hasText: 'Liên kết' })).toHaveCount(0);
  });
});

test.describe('an administrator', () => {
  test.use(asRole('admin'));

  test('sets how many days make a section stale, from 1 to 365, a setting readers never see', async ({ page }) => {
    await page.goto('/quan-tri/thong-tin-trang');
    const days = page.getByLabel('Nhắc cập nhật sau (ngày)');
    await expect(days).toHaveValue('30');
    await days.fill('0');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(page.getByText('Số ngày từ 1 đến 365.')).toBeVisible();
    await expect(days).toBeFocused();
    // not in the public footer
    const home = await (await page.request.get('/')).text();
    expect(home).not.toContain('Nhắc cập nhật');
  });
});

test.describe('a contributor', () => {
  test.use(asRole('contributor'));

  test('cannot open, see or call the procedures and links editors, nor sees the stale panel', async ({ page, baseURL }) => {
    for (const path of ['/quan-tri/thu-tuc', '/quan-tri/lien-ket']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    await page.goto('/quan-tri');
    const menu = page.getByRole('navigation', { name: 'Khu vực quản trị' });
    await expect(menu.getByRole('link', { name: 'Bài viết' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Thủ tục hành chính' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: 'Liên kết' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Mục lâu chưa cập nhật' })).toHaveCount(0);

    const calls = [
      { exportedName: 'saveProcedureAction', args: [{ title: 'Thủ tục lạ', field: 'Hộ tịch', portalUrl: 'https://dichvucong.gov.vn' }] },
      { exportedName: 'deleteExternalLinkAction', args: [{ id: 'bat-ky' }] },
      { exportedName: 'moveProcedureAction', args: [{ id: 'bat-ky', direction: 'up' }] },
    ];
    for (const call of calls) {
      const { result } = await callServerAction(page.request, { baseURL: baseURL!, pagePath: '/quan-tri', ...call });
      expect(result, call.exportedName).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });
});
