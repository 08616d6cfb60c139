import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/articles/article-body';
import { ArticleHeader } from '@/components/articles/article-header';
import { Link } from '@/i18n/navigation';
import { pageParams } from '@/i18n/page-params';
import { pathTo } from '@/lib/url-paths';
import type { Locale } from '@/i18n/routing';
import { getArticleForPreview } from '@/lib/articles/editor/queries';
import { getArticleSnapshot } from '@/lib/articles/snapshot';
import { isLive } from '@/lib/articles/status';
import { requireStaffPage } from '@/lib/auth/guard';

// Unpublished work, for staff only: rendered per request, never cached, never indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  const article = await getArticleForPreview(user, id);
  if (!article) notFound();
  const snapshot = await getArticleSnapshot(id);
  const [t, tEditor, tArticle] = await Promise.all([
    getTranslations({ locale, namespace: 'Preview' }),
    getTranslations({ locale, namespace: 'ArticleEditor' }),
    getTranslations({ locale: article.locale as Locale, namespace: 'Preview' }),
  ]);
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-6">
      <p role="status" className="mb-6 flex flex-wrap justify-between gap-2 rounded bg-ink p-3 text-white">
        <span>{t('banner', { status: tEditor(`statuses.${snapshot?.status ?? 'draft'}`) })}</span>
        <Link href={pathTo({ pathname: '/admin/articles/[id]', params: { id } })} className="underline">
          {t('back')}
        </Link>
      </p>
      <article lang={article.locale} dir={article.locale === 'ar' ? 'rtl' : 'ltr'}>
        <ArticleHeader
          article={article}
          locale={article.locale as Locale}
          // Not yet live: no "published … a minute ago", in the article's own language.
          unpublished={snapshot && isLive(snapshot) ? undefined : tArticle('notPublished')}
        />
        <ArticleBody html={article.body} />
      </article>
    </main>
  );
}
