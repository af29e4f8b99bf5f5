import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { callServerAction } from '../support/server-action';
import { asRole, expect, SIGNED_OUT, test, waitUntilVisible } from '../support/editor';

test.use(asRole('editor'));

const newAddress = () => `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const form = (page: Page) => page.getByRole('form', { name: 'Gửi câu hỏi hoặc góp ý' });
const menu = (page: Page) => page.getByRole('navigation', { name: 'Khu vực quản trị' });

/** A citizen who is not signed in sends a question from /hoi-dap; `bot` fills the hidden honeypot field as bots do. */
async function sendQuestion(browser: Browser, question: { name: string; contact: string; content: string }, { bot = false } = {}) {
  const context = await browser.newContext({ ...SIGNED_OUT, extraHTTPHeaders: { 'x-forwarded-for': newAddress() } });
  const page = await context.newPage();
  await page.goto('/hoi-dap');
  await form(page).getByLabel('Họ và tên').fill(question.name);
  await form(page).getByLabel('Email hoặc số điện thoại').fill(question.contact);
  await form(page).getByLabel('Nội dung').fill(question.content);
  if (bot) await page.locator('input[name="website"]').fill('http://ban-hang.example', { force: true });
  await form(page).getByRole('button', { name: 'Gửi' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText(/^Đã nhận câu hỏi của bạn\./);
  await context.close();
}

test('an editor sees a new question with its contact details, answers and publishes it; readers see it within a second, without the contact', async ({
  page,
  browser,
  reader,
}, testInfo) => {
  // a citizen, a bot, an editor, readers and an administrator, one after the other
  test.slow();
  const code = `${testInfo.retry + 1}${randomInt(1e5, 1e6)}`;
  const question = {
    name: 'Đặng Thị Thu Hà',
    contact: `thuha.${code}@example.com`,
    content: `Xin hỏi phường có hỗ trợ đăng ký thường trú trực tuyến cho người cao tuổi không? Mã ${code}. Số nhà tôi là 12 hẻm 5.`,
  };
  const shownContent = `Xin hỏi phường có hỗ trợ đăng ký thường trú trực tuyến cho người cao tuổi không? Mã ${code}.`;
  const answerText = `Có. Cán bộ Công an phường hướng dẫn tận nơi khi người cao tuổi đề nghị, mã trả lời ${code}.`;
  const botContent = `Quảng cáo bán hàng giá rẻ gửi tự động ${code}.`;

  await test.step('a citizen and a bot send questions; the menu counts new ones', async () => {
    await sendQuestion(browser, question);
    await sendQuestion(browser, { name: 'Bot', contact: 'bot@example.com', content: botContent }, { bot: true });
    await page.goto('/quan-tri');
    await expect(menu(page).getByRole('link', { name: /^Hỏi đáp \(\d+\)$/ })).toBeVisible();
  });

  await test.step('the queue shows the question with the contact details; the honeypot catch is nowhere', async () => {
    await menu(page).getByRole('link', { name: /^Hỏi đáp/ }).click();
    await expect(page).toHaveURL(/\/quan-tri\/hoi-dap$/);
    await expect(page.getByRole('link', { name: /^Mới \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
    const item = page.getByRole('list', { name: 'Danh sách câu hỏi' }).getByRole('listitem').filter({ hasText: `Mã ${code}` });
    await expect(item).toContainText(question.name);
    await expect(item.getByRole('link', { name: question.contact })).toHaveAttribute('href', `mailto:${question.contact}`);
    for (const status of ['', '?trang-thai=answered', '?trang-thai=published', '?trang-thai=rejected']) {
      const html = await (await page.request.get(`/quan-tri/hoi-dap${status}`)).text();
      expect(html).not.toContain(botContent);
    }
    await item.getByRole('link', { name: /^Trả lời/ }).click();
    await expect(page).toHaveURL(/\/quan-tri\/hoi-dap\/[a-z0-9]+$/);
    await expect(page.getByRole('link', { name: question.contact })).toBeVisible();
  });

  await test.step('edit out personal data, answer, and publish (after confirming)', async () => {
    await page.getByLabel('Nội dung câu hỏi (hiện trên trang)').fill(shownContent);
    const editor = page.getByRole('textbox', { name: 'Câu trả lời' });
    await editor.click();
    await page.keyboard.type(answerText);
    await expect(editor).toContainText(answerText);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Lưu và công khai' }).click();
    await expect(page.getByRole('status').getByText('Đã công khai câu hỏi và câu trả lời trên trang Hỏi đáp.')).toBeVisible();
  });

  const since = Date.now();
  await test.step('readers see the question and answer within a second, without the contact or the full name', async () => {
    await waitUntilVisible(reader, '/hoi-dap', (r) => r.status === 200 && r.text.includes(answerText), { since, label: 'question publish → /hoi-dap', testInfo });
    const html = await (await reader.get('/hoi-dap')).text();
    expect(html).toContain(`Mã ${code}.`);
    expect(html).not.toContain('12 hẻm 5');
    expect(html).not.toContain(question.contact);
    expect(html).not.toContain(question.name);
    expect(html).not.toContain(botContent);

    const readerPage = await browser.newPage(SIGNED_OUT);
    await readerPage.goto('/hoi-dap');
    const published = readerPage.getByRole('article').filter({ hasText: `Mã ${code}` });
    await expect(published).toContainText('Đ.T.T. Hà');
    await expect(published).toContainText('Trả lời của Ủy ban nhân dân Phường Phước Hưng');
    await expect(published).toContainText(answerText);
    await expect(published).not.toContainText('Lê Biên Tập');
    await expect(published.getByText('Dữ liệu mẫu')).toHaveCount(0);

    // found by the search, with unaccented words
    await readerPage.goto(`/hoi-dap/tim-kiem?q=${encodeURIComponent(`thuong tru truc tuyen nguoi cao tuoi ${code}`)}`);
    await expect(readerPage.getByRole('article')).toHaveCount(1);
    await expect(readerPage.getByRole('article')).toContainText(answerText);
    await readerPage.close();
  });

  await test.step('take it off the page again: gone within a second', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Gỡ khỏi trang' }).click();
    await expect(page.getByRole('status').getByText(/^Đã gỡ câu hỏi khỏi trang Hỏi đáp/)).toBeVisible();
    await waitUntilVisible(reader, '/hoi-dap', (r) => r.status === 200 && !r.text.includes(answerText), { since: Date.now(), label: 'question unpublish → /hoi-dap', testInfo });
  });

  await test.step('publish it again from the list of answered questions', async () => {
    await page.goto('/quan-tri/hoi-dap?trang-thai=answered');
    const item = page.getByRole('list', { name: 'Danh sách câu hỏi' }).getByRole('listitem').filter({ hasText: `Mã ${code}` });
    await expect(item).toContainText(answerText);
    page.once('dialog', (dialog) => dialog.accept());
    await item.getByRole('button', { name: /^Công khai/ }).click();
    await expect(item).toHaveCount(0);
    await waitUntilVisible(reader, '/hoi-dap', (r) => r.status === 200 && r.text.includes(answerText), { since: Date.now(), label: 'question publish from the list → /hoi-dap', testInfo });
  });

  await test.step('every step is in the audit log', async () => {
    const admin = await browser.newPage(asRole('admin'));
    for (const [action, label] of [['question.answer', 'Trả lời câu hỏi'], ['question.publish', 'Công khai câu hỏi'], ['question.unpublish', 'Gỡ câu hỏi khỏi trang']]) {
      await admin.goto(`/quan-tri/nhat-ky?su_kien=${action}`);
      const entry = admin.getByRole('list', { name: 'Các sự kiện' }).getByRole('listitem').first();
      await expect(entry).toContainText(label);
      await expect(entry).toContainText('Lê Biên Tập');
    }
    await admin.close();
  });
});

test('an editor rejects and deletes questions, after confirming', async ({ page, browser }) => {
  const code = `${randomInt(1e5, 1e6)}`;
  const content = `Câu hỏi không thuộc thẩm quyền của phường, mã ${code}.`;
  await sendQuestion(browser, { name: 'Ngô Văn Lực', contact: '0987 654 321', content });
  await page.goto('/quan-tri/hoi-dap');
  const item = () => page.getByRole('list', { name: 'Danh sách câu hỏi' }).getByRole('listitem').filter({ hasText: content });
  await expect(item().getByRole('link', { name: '0987 654 321' })).toHaveAttribute('href', 'tel:0987654321');

  // dismissing the confirmation changes nothing
  page.once('dialog', (dialog) => dialog.dismiss());
  await item().getByRole('button', { name: /^Từ chối/ }).click();
  await expect(item()).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await item().getByRole('button', { name: /^Từ chối/ }).click();
  await expect(item()).toHaveCount(0);
  await page.goto('/quan-tri/hoi-dap?trang-thai=rejected');
  await expect(item()).toBeVisible();

  await item().getByRole('link', { name: /^Mở/ }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Xóa câu hỏi' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/hoi-dap\?da-xoa=1$/);
  await expect(page.getByRole('status').getByText('Đã xóa câu hỏi.')).toBeVisible();
  await page.goto('/quan-tri/hoi-dap?trang-thai=rejected');
  await expect(page.getByText(content)).toHaveCount(0);
});

test.describe('a contributor', () => {
  test.use(asRole('contributor'));

  test('gets nothing of Hỏi đáp: no menu link, no page, no action', async ({ page, baseURL }) => {
    await page.goto('/quan-tri');
    await expect(menu(page).getByRole('link', { name: 'Bài viết' })).toBeVisible();
    await expect(menu(page).getByRole('link', { name: /^Hỏi đáp/ })).toHaveCount(0);
    expect((await page.request.get('/quan-tri/hoi-dap')).status()).toBe(404);
    expect((await page.request.get('/quan-tri/hoi-dap/abc')).status()).toBe(404);
    const answer = await callServerAction(page.request, { baseURL: baseURL!, pagePath: '/quan-tri/hoi-dap', exportedName: 'publishQuestionAction', args: [{ id: 'abc' }] });
    expect(answer.result).toMatchObject({ ok: false, code: 'forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' });
  });
});
