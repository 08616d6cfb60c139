import type { LockHolder } from '@/lib/articles/editor/locks';
import { takeOverLockAction } from '@/lib/articles/editor/actions';
import { formatMessage } from '@/i18n/format-message';
import type { Locale } from '@/i18n/routing';
import { formatDateTime } from '@/lib/utils/dates';
import type { EditorLabels } from './editor-labels';
import { buttonClass } from '@/components/ui/button';

/** Shown when someone else is editing: who and since when, with a take-over button. */
export function LockBanner({ locale, articleId, holder, labels }: { locale: Locale; articleId: number; holder: LockHolder; labels: EditorLabels }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded border border-accent bg-pink-50 p-3">
      <p>{formatMessage(locale, labels.lockedBy, { name: holder.name, time: formatDateTime(locale, holder.since) })}</p>
      <form action={takeOverLockAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={articleId} />
        <button type="submit" className={buttonClass('primary')}>
          {labels.takeOver}
        </button>
      </form>
    </div>
  );
}
