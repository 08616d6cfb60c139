import { getTranslations } from 'next-intl/server';
import { CommentQueue } from '@/components/admin/comments/comment-queue';
import { CommentSettingsForm } from '@/components/admin/comments/comment-settings-form';
import { pageParams } from '@/i18n/page-params';
import { requireStaffPage } from '@/lib/auth/guard';
import { canModerate } from '@/lib/auth/permissions';
import { countCommentsByStatus, getCommentSettings, listModerationQueue } from '@/lib/comments/queries';
import { COMMENT_STATUSES, type CommentStatus } from '@/lib/comments/rules';
import { cleanQuery } from '@/lib/search/schema';
import { pathTo } from '@/lib/url-paths';
import { Button, buttonClass } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; page?: string; article?: string; q?: string | string[] }>;
};

export default async function CommentModerationPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  await requireStaffPage(locale, canModerate);
  const query = await searchParams;
  const status = COMMENT_STATUSES.find((value) => value === query.status) ?? 'pending';
  const page = Math.max(1, Number(query.page) || 1);
  const articleId = Number(query.article) || undefined;
  const q = cleanQuery(Array.isArray(query.q) ? (query.q[0] ?? '') : (query.q ?? ''));
  const [t, counts, queue, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'CommentsAdmin' }),
    countCommentsByStatus(),
    listModerationQueue(status, page, articleId, q),
    getCommentSettings(),
  ]);
  const href = (next: CommentStatus, nextPage = 1) =>
    `${pathTo('/admin/comments', { locale })}?status=${next}${articleId ? `&article=${articleId}` : ''}${q ? `&q=${encodeURIComponent(q)}` : ''}${nextPage > 1 ? `&page=${nextPage}` : ''}`;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p role="status" className="font-bold" data-testid="pending-count">
        {t('pendingCount', { count: counts.pending })}
      </p>
      <nav aria-label={t('tabs')}>
        <ul className="flex flex-wrap gap-2">
          {COMMENT_STATUSES.map((value) => (
            <li key={value}>
              <a href={href(value)} aria-current={value === status ? 'page' : undefined} className={buttonClass('secondary', 'aria-[current]:bg-ink aria-[current]:text-white')}>
                {t(`status.${value}`)} ({counts[value]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form role="search" method="get" className="flex gap-2">
        <input type="hidden" name="status" value={status} />
        <label htmlFor="comment-search" className="sr-only">{t('searchLabel')}</label>
        <Input id="comment-search" type="search" name="q" defaultValue={q} maxLength={200} className="flex-1" />
        <Button type="submit" variant="secondary">{t('search')}</Button>
      </form>
      <CommentQueue locale={locale} comments={queue.comments} />
      {queue.pageCount > 1 && (
        <nav className="flex gap-3">
          {page > 1 && <a href={href(status, page - 1)} className={buttonClass('secondary')}>{t('previous')}</a>}
          {page < queue.pageCount && <a href={href(status, page + 1)} className={buttonClass('secondary')}>{t('next')}</a>}
        </nav>
      )}
      <CommentSettingsForm locale={locale} settings={settings} />
    </div>
  );
}
