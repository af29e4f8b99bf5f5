import type { Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { asRole, expect, forThisAttempt, test } from '../support/editor';
import { callServerAction } from '../support/server-action';

test.use(asRole('editor'));

/** Fails the test on any dialog (alert, confirm, prompt) or uncaught script error the page raises. */
function watchForScript(page: Page): string[] {
  const fired: string[] = [];
  page.on('dialog', async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => fired.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|favicon/i.test(message.text())) fired.push(`console: ${message.text()}`);
  });
  return fired;
}

/** Whatever survives in the rendered article: elements and attributes that could run script. */
async function dangerousMarkup(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) => {
    const found: string[] = [];
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'data', 'srcset', 'cite', 'poster'];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'frame', 'frameset', 'template', 'input', 'button', 'textarea', 'select'].includes(tag)) found.push(`<${tag}>`);
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || name === 'srcdoc') found.push(`${tag}[${name}]`);
          // the editor's own table widths are inline styles; nothing that loads or runs is allowed
          if (name === 'style' && /url\(|expression|javascript:|behavior|@import/i.test(attribute.value)) found.push(`${tag}[style=${attribute.value.slice(0, 40)}]`);
          if (URL_ATTRIBUTES.includes(name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u001f]/g, ''))) found.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
        }
      }
    }
    return found;
  });
}

test(`stored XSS: ${XSS_PAYLOADS.length} payloads saved through the editor never run on the public page, the preview or in the editor`, async ({ page, context, reader, baseURL }) => {
  test.setTimeout(90_000);
  const fired = watchForScript(page);
  const { title } = forThisAttempt('Kiểm tra an toàn nội dung');

  await page.goto('/quan-tri');
  await page.getByRole('button', { name: 'Viết bài mới' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[a-z0-9]+$/);
  const editorPath = new URL(page.url()).pathname;
  const id = editorPath.split('/').pop()!;
  const categoryId = await page.getByLabel('Chuyên mục', { exact: true }).inputValue();

  // Every payload in the body, some in the title and summary (plain text fields): saved and
  // published through the editor's own server actions, as its buttons send them.
  const form = {
    id,
    version: 1,
    title: `${title} <img src=x onerror=alert(1)>`,
    slug: '',
    summary: `<script>alert(1)</script> "><svg onload=alert(1)> javascript:alert(1)`,
    categoryId,
    coverId: '',
    coverAlt: '',
    bodyHtml: XSS_PAYLOADS.map((payload, index) => `<p>Mẫu ${index + 1}:</p>${payload}`).join('\n'),
    publishedAt: '',
  };
  const call = (exportedName: string, args: unknown[]) => callServerAction(page.request, { baseURL: baseURL!, pagePath: editorPath, exportedName, args });
  const saved = (await call('saveArticleAction', [form])).result as { ok: boolean; article?: { version: number; slug: string } };
  expect(saved.ok).toBe(true);
  const published = (await call('publishArticleAction', [{ ...form, version: saved.article!.version }])).result as typeof saved;
  expect(published.ok).toBe(true);
  const publicPath = `/tin-tuc/${published.article!.slug}`;

  await test.step('the public page, as a reader', async () => {
    const readerPage = await (await context.browser()!.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    const readerFired = watchForScript(readerPage);
    await readerPage.goto(publicPath);
    await expect(readerPage.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=alert(1)>');
    await expect(readerPage.locator('.article-body')).toContainText(`Mẫu ${XSS_PAYLOADS.length}:`);
    // hover and click through the body, so that event handlers would have their chance
    await readerPage.locator('.article-body').hover();
    for (const link of await readerPage.locator('.article-body a').all()) await link.click({ modifiers: ['Control'] }).catch(() => {});
    await readerPage.waitForTimeout(500);
    expect(await dangerousMarkup(readerPage, '.article-body')).toEqual([]);
    expect(readerFired).toEqual([]);
    // the share metadata carries the summary as text, not markup
    const html = await (await reader.get(publicPath)).text();
    expect(html).not.toMatch(/<script>alert\(1\)<\/script>/);
    expect(html).not.toMatch(/<svg onload/i);
    await readerPage.context().close();
  });

  await test.step('the editor, reopened on the saved article', async () => {
    await page.goto(editorPath);
    await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText(`Mẫu ${XSS_PAYLOADS.length}:`);
    await page.waitForTimeout(500);
    expect(await dangerousMarkup(page, '[contenteditable="true"]')).toEqual([]);
  });

  await test.step('the preview', async () => {
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Xem trước' }).click()]);
    const previewFired = watchForScript(preview);
    await expect(preview.locator('.article-body')).toContainText(`Mẫu ${XSS_PAYLOADS.length}:`);
    await preview.waitForTimeout(500);
    expect(await dangerousMarkup(preview, '.article-body')).toEqual([]);
    expect(previewFired).toEqual([]);
    await preview.close();
  });

  expect(fired).toEqual([]);
});
