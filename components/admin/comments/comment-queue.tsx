import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import type { Locale } from '@/i18n/routing';
import { moderateCommentsAction } from '@/lib/comments/actions';
import type { QueueComment } from '@/lib/comments/types';
import { QueueRow } from './queue-row';

const ACTIONS = ['approve', 'reject', 'spam', 'delete'] as const;

/** The moderation queue: one form, so bulk and per-row actions work without JavaScript. */
export async function CommentQueue({ locale, comments }: { locale: Locale; comments: QueueComment[] }) {
  const t = await getTranslations({ locale, namespace: 'CommentsAdmin' });
  if (!comments.length) return <p>{t('empty')}</p>;
  return (
    <form action={moderateCommentsAction} className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap items-center gap-2 rounded border border-line p-3">
        <legend className="px-1 font-bold">{t('bulk')}</legend>
        {ACTIONS.map((action) => (
          <button key={action} type="submit" name="action" value={action} className={buttonClass('secondary')}>
            {t(`actions.${action}`)}
          </button>
        ))}
      </fieldset>
      <ul className="flex flex-col gap-3">
        {comments.map((comment) => (
          <QueueRow key={comment.id} locale={locale} comment={comment} />
        ))}
      </ul>
    </form>
  );
}
