import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/session';
import { safeEditorPath } from '@/lib/auth/safe-redirect';
import { signInFailureMessage } from '@/lib/auth/sign-in-errors';
import '../quan-tri/editor.css';

export const metadata: Metadata = {
  title: 'Đăng nhập',
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

/** Sign-in for editors. Dynamic (it reads the session), unlike the public pages. */
export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeEditorPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md py-6">
      <h1 className="text-2xl font-bold text-brand-900">Đăng nhập</h1>
      <p className="mt-2 text-gray-800">Dành cho cán bộ biên tập trang thông tin điện tử của phường.</p>
      {/* next-auth sends a failed sign-in without JavaScript back here with its reason. */}
      <SignInForm callbackUrl={target} initialError={typeof error === 'string' ? signInFailureMessage(error) : ''} />
    </div>
  );
}
