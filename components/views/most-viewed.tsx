import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listMostViewed } from '@/lib/views/queries';
import { localPaths } from '@/lib/urls';

/** The "الأكثر مشاهدة" sidebar: ranked and numbered. */
export async function MostViewed({ locale }: { locale: Locale }) {
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'MostViewed' }),
    listMostViewed(locale),
  ]);
  return (
    <section aria-labelledby="most-viewed-heading" className="rounded border border-line bg-white p-4">
      <h2 id="most-viewed-heading" className="mb-3 text-xl font-bold">
        {t('title')}
      </h2>
      {articles.length ? (
        <ol className="flex flex-col gap-3">
          {articles.map((article, index) => (
            <li key={article.id} className="flex gap-3">
              <span aria-hidden="true" className="text-2xl font-bold text-accent">
                {index + 1}
              </span>
              <Link href={localPaths.article(article.slug)} className="font-bold hover:underline">
                {article.title}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">{t('empty')}</p>
      )}
    </section>
  );
}
