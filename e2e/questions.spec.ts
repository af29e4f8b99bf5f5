import { randomInt } from 'node:crypto';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { callServerAction } from './support/server-action';
import { htmlErrors } from './support/validators';

// Every test sends from a network address of its own: the tests share one server, and the
// per-network limit on questions must not be shared.
const newAddress = () => `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

const SAMPLES = [
  { asker: 'N.V. Minh', text: 'Vợ tôi vừa sinh con được hai tuần.', answer: 'Đăng ký khai sinh đúng hạn được miễn lệ phí.' },
  { asker: 'T.T. Lan', text: 'Tôi cần giấy xác nhận tình trạng hôn nhân', answer: 'Thời hạn giải quyết là 03 ngày làm việc' },
  { asker: 'L.H. Nam', text: 'Góp ý: Dự thảo Kế hoạch chỉnh trang vỉa hè', answer: 'Ủy ban nhân dân phường cảm ơn ông đã đóng góp ý kiến.' },
];
const RECEIVED = /^Đã nhận câu hỏi của bạn\. Cảm ơn bạn! Câu hỏi sẽ được công khai trên trang này sau khi được trả lời/;

const questionList = (page: Page) => page.getByRole('region', { name: 'Câu hỏi đã được trả lời' }).getByRole('listitem');
const form = (page: Page) => page.getByRole('form', { name: 'Gửi câu hỏi hoặc góp ý' });

/** A citizen: a fresh browser context like this project's, on an address of its own. */
async function newCitizen(browser: Browser, testInfo: TestInfo, { javaScriptEnabled = true, address = newAddress() } = {}) {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = testInfo.project.use;
  const context = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    baseURL,
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  return { context, page: await context.newPage() };
}

/** Text unique to this test, project and attempt. */
const unique = (testInfo: TestInfo, text: string) => `${text} (${testInfo.project.name}, lần ${testInfo.retry + 1}, mã ${randomInt(1e6, 1e7)})`;

async function fillQuestion(page: Page, { name = 'Phạm Thị Hoa', contact = 'hoa.pham@example.com', content }: { name?: string; contact?: string; content: string }) {
  await form(page).getByLabel('Họ và tên').fill(name);
  await form(page).getByLabel('Email hoặc số điện thoại').fill(contact);
  await form(page).getByLabel('Nội dung').fill(content);
}

test('Hỏi đáp shows the sample questions with their answers, marked as samples, without contact details', async ({ page, request }) => {
  await page.goto('/hoi-dap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp');
  await expect(page).toHaveTitle('Hỏi đáp | Phường Phước Hưng');
  await expect(questionList(page)).toHaveCount(SAMPLES.length);
  // newest answer first
  for (const [index, sample] of [...SAMPLES].reverse().entries()) {
    const item = questionList(page).nth(index);
    await expect(item).toContainText(sample.asker);
    await expect(item).toContainText(sample.text);
    await expect(item).toContainText(sample.answer);
    await expect(item).toContainText('Trả lời của Ủy ban nhân dân Phường Phước Hưng');
    await expect(item.getByText('Dữ liệu mẫu')).toBeVisible();
  }
  await expect(page.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();
  // the full names stay with the editors
  await expect(page.getByText('Nguyễn Văn Minh')).toHaveCount(0);
  // in the main navigation (behind the menu button on a phone)
  await expect(page.locator('header nav a[href="/hoi-dap"]')).toHaveText('Hỏi đáp');

  // a static page, served from the cache
  await request.get('/hoi-dap');
  expect((await request.get('/hoi-dap')).headers()['x-nextjs-cache']).toBe('HIT');
});

test('a citizen sends a question: a clear confirmation, and nothing public until it is answered', async ({ browser, request }, testInfo) => {
  const { context, page } = await newCitizen(browser, testInfo);
  const content = unique(testInfo, 'Xin hỏi giờ tiếp công dân của phường vào thứ Bảy');
  await page.goto('/hoi-dap');
  await page.getByRole('link', { name: 'Gửi câu hỏi hoặc góp ý' }).click();
  await expect(form(page).getByLabel('Họ và tên')).toBeInViewport();
  await fillQuestion(page, { content, contact: '0912 345 678' });
  await form(page).getByRole('button', { name: 'Gửi' }).click();

  const confirmation = page.getByRole('status').filter({ hasText: /\S/ });
  await expect(confirmation).toHaveText(RECEIVED);
  await expect(confirmation.locator('p')).toBeFocused();
  // a new, empty form for the next question
  await expect(form(page).getByLabel('Nội dung')).toHaveValue('');
  await expect(form(page).getByLabel('Email hoặc số điện thoại')).toHaveValue('');

  const listing = await (await request.get('/hoi-dap')).text();
  expect(listing).not.toContain(content.slice(0, 40));
  expect(listing).not.toContain('0912 345 678');
  const search = await (await request.get(`/hoi-dap/tim-kiem?q=${encodeURIComponent('tiep cong dan thu bay')}`)).text();
  expect(search).not.toContain(content.slice(0, 40));
  await context.close();
});

test('mistakes are explained in Vietnamese next to each field, and what was typed stays', async ({ browser }, testInfo) => {
  const { context, page } = await newCitizen(browser, testInfo);
  await page.goto('/hoi-dap');
  await form(page).getByLabel('Góp ý dự thảo').check();
  await fillQuestion(page, { name: 'Võ Văn Tâm', contact: 'gọi cho tôi', content: 'Ngắn quá' });
  await form(page).getByRole('button', { name: 'Gửi' }).click();

  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Thông tin chưa hợp lệ. Vui lòng xem lại các mục được đánh dấu.');
  const subject = form(page).getByLabel('Về dự thảo/văn bản');
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(subject).toHaveAccessibleDescription(/Vui lòng cho biết bạn góp ý về dự thảo hoặc văn bản nào\./);
  await expect(subject).toBeFocused();
  await expect(form(page).getByLabel('Email hoặc số điện thoại')).toHaveAccessibleDescription(
    /Email hoặc số điện thoại chưa đúng\. Ví dụ: ten@example\.com hoặc 0912 345 678\./,
  );
  await expect(form(page).getByLabel('Nội dung')).toHaveAccessibleDescription(/Nội dung quá ngắn: vui lòng viết ít nhất 10 ký tự\./);
  await expect(form(page).getByLabel('Họ và tên')).not.toHaveAttribute('aria-invalid');
  // nothing typed is lost
  await expect(form(page).getByLabel('Họ và tên')).toHaveValue('Võ Văn Tâm');
  await expect(form(page).getByLabel('Email hoặc số điện thoại')).toHaveValue('gọi cho tôi');
  await expect(form(page).getByLabel('Góp ý dự thảo')).toBeChecked();

  await subject.fill('Dự thảo Quy chế quản lý chợ phường');
  await form(page).getByLabel('Email hoặc số điện thoại').fill('tam.vo@example.com');
  await form(page).getByLabel('Nội dung').fill(unique(testInfo, 'Đề nghị bố trí thêm chỗ để xe cho người đi chợ'));
  await form(page).getByRole('button', { name: 'Gửi' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText(/^Đã nhận góp ý của bạn\./);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await context.close();
});

test('without JavaScript the form posts and the page comes back at the form with the answer', async ({ browser }, testInfo) => {
  const { context, page } = await newCitizen(browser, testInfo, { javaScriptEnabled: false });
  await page.goto('/hoi-dap');
  await fillQuestion(page, { contact: 'khong-hop-le', content: unique(testInfo, 'Hỏi không dùng JavaScript về lịch tiêm chủng') });
  await form(page).getByRole('button', { name: 'Gửi' }).click();
  await expect(page).toHaveURL(/\/hoi-dap#gui-cau-hoi$/);
  await expect(form(page).getByLabel('Email hoặc số điện thoại')).toHaveAccessibleDescription(/Email hoặc số điện thoại chưa đúng\./);
  await expect(form(page).getByLabel('Họ và tên')).toHaveValue('Phạm Thị Hoa');

  await form(page).getByLabel('Email hoặc số điện thoại').fill('hoa.pham@example.com');
  await form(page).getByRole('button', { name: 'Gửi' }).click();
  await expect(page).toHaveURL(/\/hoi-dap#gui-cau-hoi$/);
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText(RECEIVED);
  await expect(form(page).getByLabel('Nội dung')).toHaveValue('');
  await context.close();
});

test('too many questions from one network are refused with a clear Vietnamese message', async ({ browser, request, baseURL }, testInfo) => {
  const address = newAddress();
  const send = (content: string, extra: Record<string, string> = {}) =>
    callServerAction(request, {
      baseURL: baseURL!,
      pagePath: '/hoi-dap',
      exportedName: 'submitQuestionAction',
      args: [null, { kind: 'question', name: 'Người thử giới hạn', contact: 'gioi.han@example.com', content, ...extra }],
      headers: { 'x-forwarded-for': address },
    });
  // lib/domain/questions.ts QUESTIONS_PER_NETWORK; a honeypot catch counts too, and is answered like the others
  for (let i = 0; i < 5; i++) {
    const answer = await send(unique(testInfo, `Câu hỏi thử giới hạn số ${i + 1}`), i === 4 ? { website: 'http://spam.example' } : {});
    expect(answer.result).toMatchObject({ ok: true, message: expect.stringMatching(RECEIVED) });
  }
  const refused = await send(unique(testInfo, 'Câu hỏi vượt giới hạn'));
  expect(refused.result).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^Bạn đã gửi quá nhiều lần trong thời gian ngắn nên lần gửi này chưa được nhận\. Vui lòng thử lại sau \d+ phút\.$/),
  });

  // A citizen in the browser on the same network reads why, and keeps what they typed.
  const { context, page } = await newCitizen(browser, testInfo, { address });
  await page.goto('/hoi-dap');
  const content = unique(testInfo, 'Câu hỏi từ mạng đã gửi quá nhiều');
  await fillQuestion(page, { content });
  await form(page).getByRole('button', { name: 'Gửi' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(/^Bạn đã gửi quá nhiều lần trong thời gian ngắn nên lần gửi này chưa được nhận\. Vui lòng thử lại sau \d+ phút\.$/);
  await expect(form(page).getByLabel('Nội dung')).toHaveValue(content);
  await context.close();

  // Citizens elsewhere are not affected.
  const elsewhere = await callServerAction(request, {
    baseURL: baseURL!,
    pagePath: '/hoi-dap',
    exportedName: 'submitQuestionAction',
    args: [null, { kind: 'question', name: 'Người khác', contact: 'khac@example.com', content: unique(testInfo, 'Câu hỏi từ mạng khác') }],
    headers: { 'x-forwarded-for': newAddress() },
  });
  expect(elsewhere.result).toMatchObject({ ok: true });
});

test('the search finds questions and answers without diacritics; the listing stays static', async ({ page }) => {
  await page.goto('/hoi-dap');
  const search = page.getByRole('search', { name: 'Tìm trong hỏi đáp' });
  await search.getByRole('searchbox').fill('xac nhan tinh trang hon nhan');
  await search.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/hoi-dap\/tim-kiem\?q=xac\+nhan\+tinh\+trang\+hon\+nhan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm trong hỏi đáp');
  await expect(page.getByText('Tìm thấy 1 câu hỏi có “xac nhan tinh trang hon nhan”.')).toBeVisible();
  const result = page.getByRole('article');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Thời hạn giải quyết là 03 ngày làm việc');
  await expect(result.locator('mark').first()).toHaveText('xác nhận tình trạng hôn nhân');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');

  await page.goto('/hoi-dap/tim-kiem?q=khong+co+cau+nao');
  await expect(page.getByText('Không tìm thấy câu hỏi nào có “khong co cau nao”.')).toBeVisible();
  // a numbered page that does not exist yet is not found; page 1 has one address
  expect((await page.request.get('/hoi-dap/trang/9')).status()).toBe(404);
  const first = await page.request.get('/hoi-dap/trang/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  for (const location of first.headersArray().filter((h) => h.name.toLowerCase() === 'location').flatMap((h) => h.value.split(', '))) {
    expect(location).toBe('/hoi-dap');
  }
});

test('the Hỏi đáp page is valid HTML (Nu Html Checker)', async ({ request }) => {
  test.slow();
  expect(htmlErrors(await (await request.get('/hoi-dap')).text())).toEqual([]);
});
