import { routing } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';

// Reached only for paths outside any locale (the proxy adds one to everything else). A plain link:
// a full load of the home page is all this rare page needs, and next/link here was part of the root
// segment, so every page loaded a second copy of the link code.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <main id="content" className="mx-auto max-w-xl p-8 text-center">
          <h1 className="mb-4 text-2xl font-bold">الصفحة غير موجودة</h1>
          <p className="mb-6">عذرا، لم نعثر على الصفحة التي تبحث عنها.</p>
          <a href={pathTo('/', { locale: routing.defaultLocale })} className="underline">
            العودة إلى الرئيسية
          </a>
        </main>
      </body>
    </html>
  );
}
