import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requireUser } from '@/lib/auth/session';
import './editor.css';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: '%s – Quản trị | Phường Phước Hưng' },
  robots: { index: false, follow: false },
};

/**
 * The editor area. Dynamic (it reads the session on every request), unlike the public
 * pages; every page and action below checks the user again for itself.
 */
export default async function EditorAreaLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
