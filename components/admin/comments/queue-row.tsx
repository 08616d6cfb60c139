import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import type { Locale } from '@/i18n/routing';
import type { QueueComment } from '@/lib/comments/types';
import { pathTo } from '@/lib/url-paths';
import { formatDateTime } from '@/lib/utils/dates';

const ROW_ACTIONS = ['approve', 'reject', 'spam', 'delete'] as const;

/** One comment in the queue, shown as text: nothing a reader wrote is ever rendered as markup. */
export async function QueueRow({ locale, comment }: { locale: Locale; comment: QueueComment }) {
  const t = await getTranslations({ locale, namespace: 'CommentsAdmin' });
  const button = buttonClass('secondary', 'text-sm');
  return (
    <li className="queue-comment min-w-0 rounded border border-line p-3 [overflow-wrap:anywhere]" data-comment-id={comment.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <input type="checkbox" name="ids" value={comment.id} aria-label={t('select', { name: comment.authorName })} className="size-6" />
        <bdi className="font-bold">{comment.authorName}</bdi>
        <span>
          {t('email')}: <bdi dir="ltr">{comment.authorEmail}</bdi>
        </span>
        <time dateTime={comment.createdAt}>{formatDateTime(locale, comment.createdAt)}</time>
        <a href={pathTo({ pathname: '/news/[slug]', params: { slug: comment.article.slug } }, { locale: comment.article.locale })} className="underline">
          {t('article', { title: comment.article.title })}
        </a>
        {comment.parentId && <span>{t('isReply')}</span>}
      </div>
      <p dir="auto" className="mt-2 whitespace-pre-wrap break-words">{comment.body}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {ROW_ACTIONS.filter((action) => action !== comment.status.replace('approved', 'approve').replace('rejected', 'reject')).map((action) => (
          <button key={action} type="submit" name="row" value={`${action}:${comment.id}`} className={button}>
            {t(`actions.${action}`)}
          </button>
        ))}
        <button type="submit" name="row" value={`block-email:${comment.id}`} className={button}>
          {t('blockEmail')}
        </button>
        {comment.networkHash && (
          <button type="submit" name="row" value={`block-network:${comment.id}`} className={button}>
            {t('blockNetwork')}
          </button>
        )}
      </div>
      <details className="mt-2">
        <summary className={buttonClass('secondary', 'cursor-pointer text-sm')}>{t('edit')}</summary>
        <div className="mt-2 flex flex-col gap-2">
          <Input name={`name-${comment.id}`} defaultValue={comment.authorName} aria-label={`${t('edit')}: ${comment.authorName}`} dir="auto" />
          <Textarea name={`body-${comment.id}`} defaultValue={comment.body} rows={4} aria-label={t('edit')} dir="auto" />
          <button type="submit" name="row" value={`edit:${comment.id}`} className={`${button} self-start`}>
            {t('save')}
          </button>
        </div>
      </details>
    </li>
  );
}
