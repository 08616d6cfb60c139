import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { localPaths } from '@/lib/urls';

/** "انقر للتعليق": the collapsed entry point to an article's comments. */
export async function CommentsEntry({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: 'Comments' });
  return (
    <section id="comments" aria-label={t('open')} className="my-8 border-t border-line pt-6">
      <Link
        href={localPaths.comments(slug)}
        className="inline-block rounded bg-ink px-5 py-2 font-bold text-white hover:bg-accent-dark"
      >
        {t('open')}
      </Link>
    </section>
  );
}
