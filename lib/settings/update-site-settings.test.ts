import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { DEFAULT_SITE_SETTINGS, SITE_SETTING_KEYS } from '@/lib/domain/site-settings';
import { runSeed } from '@/lib/seed/seed-content';
import { siteSettingsSchema, type SiteSettingsInput } from '@/lib/validation/site-settings';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { updateSiteSettings } from './update-site-settings';

let database: TestDatabaseWithClient;
let db: PrismaClient;
let admin: Actor;

const current = async (): Promise<SiteSettingsInput> =>
  siteSettingsSchema.parse(Object.fromEntries((await db.siteSetting.findMany()).map((row) => [row.key, row.value])));
const contactUpdatedAt = async () => (await db.sectionUpdate.findUnique({ where: { key: 'lien-he' } }))?.updatedAt.getTime() ?? 0;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  db = database.prisma;
  await runSeed(db);
  admin = { id: (await db.user.create({ data: { email: 'quantri@example.vn', name: 'Quản Trị', passwordHash: 'x', role: 'admin' } })).id, role: 'admin' };
});

afterAll(async () => database?.dispose());

beforeEach(async () => {
  await db.sectionUpdate.deleteMany();
});

describe('updateSiteSettings', () => {
  it('saves every sample or changed key, the map link included, as official values', async () => {
    const input = { ...(await current()), mapUrl: 'https://www.openstreetmap.org/?mlat=10.5&mlon=107.2' };
    const { changed } = await updateSiteSettings(db, admin, input);
    // the welcome line ships as official text and is unchanged
    expect(changed).toEqual(SITE_SETTING_KEYS.filter((key) => DEFAULT_SITE_SETTINGS[key].isSample));
    expect(changed).toContain('mapUrl');
    expect(await db.siteSetting.findUniqueOrThrow({ where: { key: 'mapUrl' } })).toMatchObject({ value: input.mapUrl, isSample: false });
  });

  it('moves "Cập nhật lần cuối" of the contact and English pages when a contact detail changes', async () => {
    await updateSiteSettings(db, admin, { ...(await current()), phone: '0254 3 123 456' });
    const contact = await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'lien-he' } });
    expect(contact.updatedById).toBe(admin.id);
    expect(await db.sectionUpdate.findUnique({ where: { key: 'en' } })).not.toBeNull();
    expect(await db.sectionUpdate.findUnique({ where: { key: 'gioi-thieu' } })).toBeNull();
  });

  it('leaves them alone when only the welcome line changes, or nothing does', async () => {
    await updateSiteSettings(db, admin, { ...(await current()), welcomeLine: 'Chào mừng bạn đọc' });
    expect(await updateSiteSettings(db, admin, await current())).toEqual({ changed: [] });
    expect(await contactUpdatedAt()).toBe(0);
  });

  it('is refused to an editor', async () => {
    const editor: Actor = { id: admin.id, role: 'editor' };
    const error = await updateSiteSettings(db, editor, { ...(await current()), phone: '0254 9 999 999' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionError);
    expect(await contactUpdatedAt()).toBe(0);
  });
});
