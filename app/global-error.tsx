'use client';

// Shown when the root layout itself fails, so it cannot rely on the layout's header or styles.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, padding: '3rem 1rem', textAlign: 'center', color: '#1f2937' }}>
        <main>
          <h1>Đã xảy ra lỗi</h1>
          <p>Trang thông tin điện tử Phường Phước Hưng tạm thời không hiển thị được. Vui lòng thử lại sau.</p>
          <button type="button" onClick={reset} style={{ padding: '0.75rem 1.25rem', fontSize: '1rem' }}>
            Thử lại
          </button>
        </main>
      </body>
    </html>
  );
}
