'use server';

import { revalidateWholeSite } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { isPublicSetting } from '@/lib/domain/site-settings';
import { updateSiteSettings } from '@/lib/settings/update-site-settings';
import { siteSettingsSchema } from '@/lib/validation/site-settings';
import { editorAction } from '../safe-action';

/** The office details appear in every page's footer: every page is refreshed (not for an editorial setting alone). */
export const updateSiteSettingsAction = editorAction(
  { name: 'settings:update', schema: siteSettingsSchema, permission: 'settings:manage', failureMessage: 'Không lưu được thông tin trang. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await updateSiteSettings(prisma, user, input);
    if (result.changed.some(isPublicSetting)) revalidateWholeSite();
    return result;
  },
);
