import Link from 'next/link';

// Reached only for paths outside any locale (the proxy adds one to everything else).
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <main id="content" className="mx-auto max-w-xl p-8 text-center">
          <h1 className="mb-4 text-2xl font-bold">الصفحة غير موجودة</h1>
          <p className="mb-6">عذرا، لم نعثر على الصفحة التي تبحث عنها.</p>
          <Link href="/ar" className="underline">
            العودة إلى الرئيسية
          </Link>
        </main>
      </body>
    </html>
  );
}
