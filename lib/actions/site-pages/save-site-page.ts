'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { saveSitePage } from '@/lib/site-pages/save-site-page';
import { sitePageFormSchema } from '@/lib/validation/site-page';
import { editorAction } from '../safe-action';

/** "Lưu trang" in a site page's editor; the section's public page is refreshed once committed. */
export const saveSitePageAction = editorAction(
  {
    name: 'page:save',
    schema: sitePageFormSchema,
    permission: 'sections:manage',
    failureMessage: 'Không thể lưu trang. Vui lòng thử lại; nội dung bạn đang soạn vẫn còn trên màn hình.',
  },
  async (input, { user }) => {
    const { page, section } = await saveSitePage(prisma, user, input);
    revalidateSection(section);
    return { page };
  },
);
