import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { countApprovedComments } from '@/lib/comments/queries';
import { paths } from '@/lib/urls';
import { CommentsPanel } from './comments-panel.client';

/**
 * "انقر للتعليق": the collapsed entry point to an article's comments. The count is part of the
 * cached article (moderation refreshes it); the comments themselves load only when asked for.
 */
export async function CommentsEntry({ locale, slug, articleId }: { locale: Locale; slug: string; articleId: number }) {
  const [messages, count] = await Promise.all([getMessages({ locale }), countApprovedComments(articleId)]);
  return (
    <section id="comments" aria-label={messages.Comments.open} className="my-8 border-t border-line pt-6">
      <NextIntlClientProvider messages={{ Comments: messages.Comments, CommentsPanel: messages.CommentsPanel }}>
        <CommentsPanel locale={locale} articleId={articleId} initialCount={count} href={paths.comments(locale, slug)} />
      </NextIntlClientProvider>
    </section>
  );
}
