import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/editor/category-form';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listCategoriesWithCounts } from '@/lib/data/categories-admin';

export const metadata: Metadata = { title: 'Chuyên mục' };

export default async function CategoriesPage() {
  const user = await requireUser('/quan-tri/chuyen-muc');
  if (!hasPermission(user, 'category:manage')) notFound();
  const categories = await listCategoriesWithCounts();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Chuyên mục</h1>
      <p className="mt-1 text-gray-800">Các chuyên mục hiện trên thanh điều hướng của mọi trang, theo thứ tự từ nhỏ đến lớn.</p>
      <ul className="mt-4 space-y-4">
        {categories.map((category) => (
          <li key={category.id}>
            <p className="mb-1 text-sm text-gray-800">{category.articleCount} bài viết</p>
            <CategoryForm category={category} />
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">Thêm chuyên mục</h2>
      <div className="mt-2">
        <CategoryForm nextPosition={Math.max(0, ...categories.map((c) => c.position)) + 1} />
      </div>
    </>
  );
}
