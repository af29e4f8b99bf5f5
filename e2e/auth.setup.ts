import { expect, test as setup } from '@playwright/test';
import { E2E_USERS, storageStatePath, type E2eRole } from './fixtures/users';

// Signs in once per role through the real sign-in page and keeps the browser state, so
// the editor tests start signed in.
for (const role of ['admin', 'editor', 'contributor'] as E2eRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = E2E_USERS[role];
    await page.goto('/dang-nhap');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/quan-tri$/);
    await expect(page.getByText(user.name, { exact: true })).toBeVisible();
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
