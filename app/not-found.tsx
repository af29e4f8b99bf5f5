import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="text-5xl font-bold text-brand-800">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-gray-800">
        Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ. Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.
      </p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand-800 px-5 py-3 font-bold text-white hover:bg-brand-900">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
