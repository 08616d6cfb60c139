import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { saveCommentSettingsAction } from '@/lib/comments/actions';
import type { CommentSettings } from '@/lib/comments/queries';
import { buttonClass } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';

export async function CommentSettingsForm({ locale, settings }: { locale: Locale; settings: CommentSettings }) {
  const t = await getTranslations({ locale, namespace: 'CommentsAdmin' });
  return (
    <form action={saveCommentSettingsAction} className="flex flex-col gap-3 rounded border border-line p-4" aria-labelledby="comment-settings-heading">
      <h2 id="comment-settings-heading" className="text-xl font-bold">
        {t('settings')}
      </h2>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="autoApproveKnown" defaultChecked={settings.autoApproveKnown} />
        {t('autoApprove')}
      </label>
      <label htmlFor="blocked-words" className="font-bold">
        {t('blockedWords')}
      </label>
      <Textarea id="blocked-words" name="blockedWords" rows={4} defaultValue={settings.blockedWords} dir="auto" />
      <button type="submit" className={buttonClass('primary', 'self-start')}>
        {t('saveSettings')}
      </button>
    </form>
  );
}
