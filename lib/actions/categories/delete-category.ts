'use server';

import { deleteCategory } from '@/lib/categories/manage-categories';
import { revalidateWholeSite } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { categoryIdSchema } from '@/lib/validation/category';
import { editorAction } from '../safe-action';

export const deleteCategoryAction = editorAction(
  { name: 'category:delete', schema: categoryIdSchema, permission: 'category:manage', failureMessage: 'Không xóa được chuyên mục. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await deleteCategory(prisma, user, input);
    revalidateWholeSite();
    return result;
  },
);
