'use server';

import { saveCategory } from '@/lib/categories/manage-categories';
import { revalidateWholeSite } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { categoryFormSchema } from '@/lib/validation/category';
import { editorAction } from '../safe-action';

/** Creates or renames a category; it shows in every page's navigation, so every page is refreshed. */
export const saveCategoryAction = editorAction(
  { name: 'category:save', schema: categoryFormSchema, permission: 'category:manage', failureMessage: 'Không lưu được chuyên mục. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await saveCategory(prisma, user, input);
    revalidateWholeSite();
    return result;
  },
);
