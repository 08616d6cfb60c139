import { getTranslations } from 'next-intl/server';
import type { CommentThreadPage } from '@/lib/comments/types';

/** Order and page links for the no-JS comments page; the state lives in the URL. */
export async function CommentsPager({ data, hrefFor }: { data: CommentThreadPage; hrefFor: (changes: Record<string, string | number>) => string }) {
  const t = await getTranslations('CommentsPanel');
  const link = 'tap rounded border border-line px-3';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t('order')}:</span>
      {(['oldest', 'newest'] as const).map((order) => (
        <a key={order} href={hrefFor({ order, page: 1 })} aria-current={data.order === order ? 'true' : undefined} className={`${link} aria-[current]:font-bold`}>
          {t(order)}
        </a>
      ))}
      {data.pageCount > 1 && (
        <nav aria-label={t('pages')} className="ms-auto flex items-center gap-2">
          {data.page > 1 && (
            <a href={hrefFor({ page: data.page - 1 })} rel="prev" className={link}>
              {t('previous')}
            </a>
          )}
          <span>{t('pageOf', { page: data.page, count: data.pageCount })}</span>
          {data.page < data.pageCount && (
            <a href={hrefFor({ page: data.page + 1 })} rel="next" className={link}>
              {t('next')}
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
