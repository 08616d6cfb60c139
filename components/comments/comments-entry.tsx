import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { countApprovedComments } from '@/lib/comments/queries';
import { pathTo } from '@/lib/url-paths';
import { CommentsLauncher } from './comments-launcher.client';

/**
 * "انقر للتعليق": the collapsed entry point to an article's comments. The count is part of the
 * cached article (moderation refreshes it); its words are formatted here, so the article ships
 * no message catalogue; the comments themselves load only when asked for.
 */
export async function CommentsEntry({ locale, slug, articleId }: { locale: Locale; slug: string; articleId: number }) {
  const [t, tPanel, count] = await Promise.all([
    getTranslations({ locale, namespace: 'Comments' }),
    getTranslations({ locale, namespace: 'CommentsPanel' }),
    countApprovedComments(articleId),
  ]);
  return (
    <section id="comments" aria-label={t('open')} className="comments-entry">
      <CommentsLauncher
        locale={locale}
        articleId={articleId}
        href={pathTo({ pathname: '/news/[slug]/comments', params: { slug } }, { locale, encoding: 'readable' })}
        label={t('open')}
        countLabel={t('count', { count })}
        loadingLabel={tPanel('loading')}
      />
    </section>
  );
}
