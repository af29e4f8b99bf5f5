import AxeBuilder from '@axe-core/playwright';
import { asRole, expect, forThisAttempt, startArticle, test, waitUntilVisible } from '../support/editor';

test.use(asRole('editor'));

test('on a phone, an editor writes, formats and publishes an article', async ({ page, reader }, testInfo) => {
  const { title, slug } = forThisAttempt('Tin từ điện thoại: phát quà cho học sinh nghèo');
  await startArticle(page, { title, summary: 'Trao 50 suất quà.', body: 'Phường trao 50 suất quà cho học sinh.' });

  // Nothing of the editor is wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Danh sách dấu chấm' }).tap();
  await page.keyboard.type('Mỗi suất gồm sách vở và học bổng');
  await expect(page.getByRole('textbox', { name: 'Nội dung' }).locator('ul li')).toHaveText('Mỗi suất gồm sách vở và học bổng');

  const publish = page.getByRole('button', { name: 'Xuất bản', exact: true });
  await publish.scrollIntoViewIfNeeded();
  const box = await publish.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await publish.tap();
  await expect(page.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();
  await waitUntilVisible(reader, `/tin-tuc/${slug}`, (r) => r.status === 200 && r.text.includes('học bổng'), { since: Date.now(), label: 'publish from a phone → article page', testInfo });

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious).toEqual([]);
});
