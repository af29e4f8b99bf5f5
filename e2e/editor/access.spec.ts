import { asRole, captureServerAction, expect, forThisAttempt, replayServerAction, SIGNED_OUT, startArticle, test } from '../support/editor';

test.describe('signed out', () => {
  test('every page of the editor area sends to the sign-in page', async ({ reader }) => {
    for (const path of ['/quan-tri', '/quan-tri/bai-viet/abc', '/quan-tri/nguoi-dung', '/quan-tri/xem-truoc/abc', '/quan-tri/nhat-ky?su_kien=x']) {
      const response = await reader.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()['location']).toBe(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
    }
  });

  test('a forged session cookie opens nothing', async ({ browser }) => {
    const context = await browser.newContext(SIGNED_OUT);
    await context.addCookies([{ name: 'next-auth.session-token', value: 'gia-mao', url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    await page.goto('/quan-tri');
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
    await context.close();
  });
});

test('server actions called directly refuse signed-out callers, contributors and malformed input', async ({ browser, baseURL, reader }) => {
  const editorContext = await browser.newContext(asRole('editor'));
  const page = await editorContext.newPage();
  const { title, slug } = forThisAttempt('Bài thử gọi thẳng hành động máy chủ');
  await startArticle(page, { title, body: 'Nội dung chỉ để thử quyền.' });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();

  // The editor's own "Xuất bản" request, held back so that it publishes nothing yet.
  await page.route('**/quan-tri/bai-viet/**', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  const publish = await captureServerAction(page, () => page.getByRole('button', { name: 'Xuất bản', exact: true }).click());
  await page.unroute('**/quan-tri/bai-viet/**');

  const signedOut = await replayServerAction(baseURL!, publish, null);
  expect(signedOut.text).toContain('Phiên đăng nhập đã hết hạn');
  const contributor = await replayServerAction(baseURL!, publish, 'contributor');
  expect(contributor.text).toContain('không có quyền');
  const malformed = await replayServerAction(baseURL!, { ...publish, body: '[{"id":42,"version":"nhiều"}]' }, 'editor');
  expect(malformed.text).toContain('Thông tin chưa hợp lệ');
  for (const answer of [signedOut, contributor, malformed]) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toMatch(/at [\w.]+ \(|PrismaClient|node_modules/);
  }
  expect((await reader.get(`/tin-tuc/${slug}`)).status()).toBe(404);

  // The same request from the editor it belongs to does publish: the refusals above were not an accident of replaying.
  const own = await replayServerAction(baseURL!, publish, 'editor');
  expect(own.text).toContain('"ok":true');
  await expect.poll(async () => (await reader.get(`/tin-tuc/${slug}`)).status()).toBe(200);
  await editorContext.close();
});

test.describe('a contributor', () => {
  test.use(asRole('contributor'));

  test('writes and submits for review but cannot publish; an editor then publishes', async ({ page, browser, reader }) => {
    const { title, slug } = forThisAttempt('Cộng tác viên đưa tin hội thao khu phố');
    await startArticle(page, { title, body: 'Hội thao khu phố 2 thu hút đông đảo thanh niên.' });
    await expect(page.getByRole('button', { name: 'Xuất bản', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Hẹn giờ xuất bản' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByRole('status').getByText(/Đã gửi duyệt/)).toBeVisible();
    await expect(page.getByText('Chờ duyệt', { exact: true })).toBeVisible();
    expect((await reader.get(`/tin-tuc/${slug}`)).status()).toBe(404);

    // The administrators' pages do not exist for a contributor.
    for (const path of ['/quan-tri/nguoi-dung', '/quan-tri/thong-tin-trang', '/quan-tri/chuyen-muc', '/quan-tri/nhat-ky']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    await expect(page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Người dùng' })).toHaveCount(0);

    const editorContext = await browser.newContext(asRole('editor'));
    const editor = await editorContext.newPage();
    await editor.goto('/quan-tri?trang-thai=pending');
    await editor.getByRole('link', { name: title, exact: true }).click();
    await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await expect(editor.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();
    expect((await reader.get(`/tin-tuc/${slug}`)).status()).toBe(200);
    await editorContext.close();

    // Published, it is no longer the contributor's to change.
    await page.reload();
    await expect(page.getByText(/Chỉ biên tập viên mới sửa được bài này/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  });
});
