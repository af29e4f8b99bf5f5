import Link from 'next/link';
import { getNavigationCategories } from '@/lib/data/categories';
import { SECTIONS } from '@/lib/domain/sections';
import { SITE_KIND, SITE_NAME } from '@/lib/site';
import { MobileMenu } from './mobile-menu';
import { SearchForm } from './search-form';

/** Site identity and the main navigation, on every public page. */
export async function SiteHeader() {
  const categories = await getNavigationCategories();
  const [intro, ...otherSections] = SECTIONS;
  const links: { href: string; label: string; lang?: string }[] = [
    { href: '/', label: 'Trang chủ' },
    { href: intro.path, label: intro.label },
    ...categories.map((c) => ({ href: `/chuyen-muc/${c.slug}`, label: c.name })),
    ...otherSections.map((section) => ({ href: section.path, label: section.label, lang: 'lang' in section ? section.lang : undefined })),
  ];

  return (
    <header className="bg-brand-800 text-white">
      <div className="site-identity mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:py-6 md:flex-row md:items-center md:justify-between">
        <Link href="/" className="inline-block rounded no-underline">
          <span className="block text-sm font-normal uppercase tracking-wide sm:text-base">{SITE_KIND}</span>
          <span className="block text-2xl font-bold uppercase leading-tight sm:text-4xl">{SITE_NAME}</span>
        </Link>
        <div className="w-full md:max-w-sm">
          <SearchForm id="tim-kiem-dau-trang" label="Tìm kiếm trên trang thông tin" />
        </div>
      </div>
      <nav aria-label="Điều hướng chính" className="border-t border-white/25 bg-brand-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center px-2 md:px-4">
          <MobileMenu>
            <ul className="flex flex-col pb-2 md:flex-row md:flex-wrap md:pb-0">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    lang={link.lang}
                    className="block min-h-11 px-3 py-3 font-bold text-white hover:bg-brand-700 hover:underline md:px-2.5"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </MobileMenu>
        </div>
      </nav>
    </header>
  );
}
