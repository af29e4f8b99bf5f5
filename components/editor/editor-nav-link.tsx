'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A link of the editor area's menu, marked as current on its own section. */
export function EditorNavLink({ href, children, sections = [href] }: { href: string; children: string; sections?: string[] }) {
  const pathname = usePathname();
  const current = pathname === href || sections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block min-h-11 rounded px-3 py-2.5 font-bold ${current ? 'bg-brand-800 text-white' : 'text-brand-900 hover:bg-gray-200'}`}
    >
      {children}
    </Link>
  );
}
