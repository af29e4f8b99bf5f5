'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // The server already logged the details; the digest lets staff match this report to that log.
    console.error('Page error', error.digest);
  }, [error]);

  return (
    <div className="mx-auto max-w-2xl py-10 text-center" role="alert">
      <h1 className="text-2xl font-bold">Đã xảy ra lỗi</h1>
      <p className="mt-3 text-gray-800">Rất tiếc, trang không hiển thị được lúc này. Vui lòng thử lại sau ít phút.</p>
      {error.digest ? <p className="mt-2 text-sm text-gray-700">Mã lỗi: {error.digest}</p> : null}
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-800 px-5 py-3 font-bold text-white hover:bg-brand-900">
          Thử lại
        </button>
        <Link href="/" className="rounded border border-gray-400 px-5 py-3 font-bold hover:bg-gray-100">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
