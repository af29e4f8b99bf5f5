import { asRole, expect, forThisAttempt, startArticle, test, waitUntilVisible } from '../support/editor';

test.use(asRole('editor'));

test('a save from a stale tab is refused with a clear message and the typed text stays', async ({ page, context, reader }) => {
  const first = forThisAttempt('Lịch tiếp dân tháng Mười hai');
  const second = forThisAttempt('Lịch tiếp công dân tháng Mười hai');
  await startArticle(page, { title: first.title, body: 'Bản đầu tiên.' });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();

  const staleTab = await context.newPage();
  await staleTab.goto(page.url());
  await expect(staleTab.getByLabel('Tiêu đề', { exact: true })).toHaveValue(first.title);

  // The first tab saves a change…
  await page.getByLabel('Tiêu đề', { exact: true }).fill(second.title);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();

  // …and the tab opened before it is refused, keeping what was typed there.
  const typed = 'Tóm tắt gõ ở thẻ cũ, không được mất.';
  await staleTab.getByLabel('Tóm tắt', { exact: true }).fill(typed);
  await staleTab.getByRole('button', { name: 'Lưu nháp' }).click();
  const alert = staleTab.getByRole('alert').filter({ hasText: /\S/ }).first();
  await expect(alert).toContainText('Bài viết đã được lưu ở một thẻ hoặc thiết bị khác');
  await expect(alert).toContainText('Lê Biên Tập');
  await expect(alert).toContainText('Nội dung bạn đang soạn vẫn còn trên màn hình');
  await expect(alert.getByRole('link', { name: 'Mở bản mới nhất trong thẻ mới' })).toBeVisible();
  await expect(staleTab.getByLabel('Tóm tắt', { exact: true })).toHaveValue(typed);
  await expect(staleTab.getByLabel('Tiêu đề', { exact: true })).toHaveValue(first.title);

  // Nothing of the stale save reached the database.
  await page.reload();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(second.title);
  await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue('');
  expect((await reader.get(`/tin-tuc/${second.slug}`)).status()).toBe(404);
});

test('every save keeps a revision; restoring one puts its text back as a new revision, live within a second', async ({ page, reader }, testInfo) => {
  const { title, slug } = forThisAttempt('Kết quả thu gom rác thải tháng Mười một');
  await startArticle(page, { title, body: 'Phường thu gom 12 tấn rác thải.' });
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();

  const editor = page.getByRole('textbox', { name: 'Nội dung' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Số liệu đã sửa: 15 tấn rác thải.');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByRole('status').getByText(/Đã cập nhật bài trên trang/)).toBeVisible();
  await waitUntilVisible(reader, `/tin-tuc/${slug}`, (r) => r.text.includes('15 tấn'), { since: Date.now(), label: 'edit → article page (revision test)', testInfo });

  await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch sử thay đổi');
  const versions = page.getByRole('list', { name: 'Các phiên bản' }).getByRole('listitem');
  const published = versions.filter({ hasText: ': Xuất bản' });
  await expect(published).toContainText('Lê Biên Tập');
  await expect(versions.first()).toContainText('Cập nhật bài đã đăng');
  await expect(versions.first()).toContainText('Thay đổi: Nội dung');

  await published.getByRole('link', { name: /^Xem/ }).click();
  await expect(page.getByRole('region', { name: 'Nội dung phiên bản' })).toContainText('12 tấn');
  await page.goBack();

  const versionText = (await published.getByRole('button', { name: /^Khôi phục phiên bản này/ }).textContent()) ?? '';
  const restoredNumber = /phiên bản (\d+)$/.exec(versionText.trim())?.[1];
  await published.getByRole('button', { name: /^Khôi phục phiên bản này/ }).click();
  await expect(page.getByText(`Đã khôi phục phiên bản ${restoredNumber}.`)).toBeVisible();
  const since = Date.now();
  await waitUntilVisible(reader, `/tin-tuc/${slug}`, (r) => r.text.includes('12 tấn') && !r.text.includes('15 tấn'), { since, label: 'restore revision → article page', testInfo });
  await expect(versions.first()).toContainText(`Khôi phục phiên bản ${restoredNumber}`);

  await page.getByRole('link', { name: '← Về bài viết' }).click();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Phường thu gom 12 tấn rác thải.');
});

test('drafts save themselves, and leaving with unsaved text asks first', async ({ page, context }) => {
  await startArticle(page, { title: forThisAttempt('Bản nháp tự lưu').title, body: 'Chữ gõ vào rồi để đó.' });
  await expect(page.getByText(/^Đã tự động lưu lúc/)).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Chữ gõ vào rồi để đó.');

  // A link inside the editor area asks before leaving unsaved text behind.
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Chưa kịp lưu');
  let question = '';
  page.once('dialog', async (dialog) => {
    question = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Tài khoản' }).click();
  await expect.poll(() => question).toContain('thay đổi chưa lưu');
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\//);
  await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue('Chưa kịp lưu');
  // The copy kept in this browser is written within a moment of typing.
  await expect
    .poll(() => page.evaluate(() => Object.keys(window.localStorage).some((key) => key.startsWith('phuoc-hung:ban-chua-luu:'))))
    .toBe(true);

  // Closing the tab asks too (the browser's own "leave site?" question).
  const beforeUnload = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const leave = await beforeUnload;
  expect(leave.type()).toBe('beforeunload');
  await leave.accept();

  // The text typed just before the tab went away is offered back from this browser.
  const again = await context.newPage();
  await again.goto(page.url());
  const offer = again.getByRole('alert').filter({ hasText: 'nội dung chưa lưu' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
  await expect(again.getByLabel('Tóm tắt', { exact: true })).toHaveValue('Chưa kịp lưu');
});
