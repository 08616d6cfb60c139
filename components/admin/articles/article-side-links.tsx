import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pathTo } from '@/lib/url-paths';
import type { Locale } from '@/i18n/routing';
import type { EditorArticle } from '@/lib/articles/editor/types';

/** Preview, the live page, revisions and the article's history. */
export async function ArticleSideLinks({ locale, article }: { locale: Locale; article: EditorArticle }) {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const linkClass = 'block rounded border border-line px-3 py-2 hover:bg-line';
  return (
    <ul className="flex flex-col gap-2">
      <li>
        <Link href={pathTo({ pathname: '/admin/preview/[id]', params: { id: article.id } })} className={linkClass} target="_blank">
          {t('preview')}
        </Link>
      </li>
      {article.publicPath ? (
        <li>
          <a href={article.publicPath} className={linkClass} target="_blank" rel="noopener">
            {t('viewLive')}
          </a>
        </li>
      ) : null}
      <li>
        <Link href={pathTo({ pathname: '/admin/articles/[id]/revisions', params: { id: article.id } })} className={linkClass}>
          {t('revisions')}
        </Link>
      </li>
      <li>
        <Link href={{ pathname: '/admin/audit', query: { article: String(article.id) } }} className={linkClass}>
          {t('history')}
        </Link>
      </li>
    </ul>
  );
}
