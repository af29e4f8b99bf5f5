import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import { DEFAULT_SITE_SETTINGS, isPublicSetting, SITE_SETTING_KEYS } from '@/lib/domain/site-settings';
import { runSeed } from '@/lib/seed/seed-content';
import { siteSettingsSchema } from '@/lib/validation/site-settings';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { updateSiteSettings } from './update-site-settings';

let database: TestDatabaseWithClient;
let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  await runSeed(database.prisma);
  const [a, e] = await Promise.all([
    database.prisma.user.create({ data: { email: 'quantri@example.vn', name: 'Quản Trị', passwordHash: 'x', role: 'admin' } }),
    database.prisma.user.create({ data: { email: 'bientap@example.vn', name: 'Biên Tập', passwordHash: 'x', role: 'editor' } }),
  ]);
  admin = { id: a.id, role: 'admin' };
  editor = { id: e.id, role: 'editor' };
});

afterAll(async () => database?.dispose());

const form = (overrides: Record<string, string> = {}) =>
  siteSettingsSchema.parse({ ...Object.fromEntries(SITE_SETTING_KEYS.map((key) => [key, DEFAULT_SITE_SETTINGS[key].value])), ...overrides });

describe('updateSiteSettings and staleAfterDays', () => {
  it('saves the number of days; alone, it is an editorial change no public page shows', async () => {
    // the first save confirms every sample value
    await updateSiteSettings(database.prisma, admin, form());
    const { changed } = await updateSiteSettings(database.prisma, admin, form({ staleAfterDays: '14' }));
    expect(changed).toEqual(['staleAfterDays']);
    expect(changed.some(isPublicSetting)).toBe(false);
    expect(await database.prisma.siteSetting.findUniqueOrThrow({ where: { key: 'staleAfterDays' } })).toMatchObject({ value: '14', isSample: false });
    expect(isPublicSetting('phone')).toBe(true);
  });

  it('is for administrators only', async () => {
    await expect(updateSiteSettings(database.prisma, editor, form({ staleAfterDays: '7' }))).rejects.toBeInstanceOf(ActionError);
  });
});
