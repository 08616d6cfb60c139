'use client';

import { NextIntlClientProvider, useTranslations, type Messages } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import type { CommentOrder, CommentThreadPage } from '@/lib/comments/types';
import { CommentForm, type CommentDraft, type SentComment } from './comment-form.client';
import { CommentThread } from './comment-thread';
import { forgetPublished, keepOwnPending, readOwnPending, withOwnPending, type OwnPendingComment } from './own-pending';
import { newIdempotencyKey } from './new-key';

type Loaded = CommentThreadPage & { formToken: string };
type Props = { locale: Locale; articleId: number; onCountLabel: (label: string) => void };

/**
 * The comments of an article, opened in place by "انقر للتعليق" (loaded on that click). They come
 * from /api/comments, so the cached article never holds them.
 */
export function CommentsPanel({ messages, ...props }: Props & { messages: Pick<Messages, 'Comments' | 'CommentsPanel'> }) {
  return (
    <NextIntlClientProvider locale={props.locale} messages={messages}>
      <PanelContent {...props} />
    </NextIntlClientProvider>
  );
}

function PanelContent({ locale, articleId, onCountLabel }: Props) {
  const t = useTranslations('CommentsPanel');
  const tCount = useTranslations('Comments');
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [replyTo, setReplyTo] = useState<{ id: number; name: string } | null>(null);
  const [ownPending, setOwnPending] = useState<OwnPendingComment[]>([]);
  // The answer to a reply, shown by the form that takes its place at the foot of the thread.
  const [lastMessage, setLastMessage] = useState('');
  // Name, e-mail and text typed so far, whichever form they were typed in: "رد" or "cancel" moves them.
  const [draft, setDraft] = useState<CommentDraft>({ name: '', email: '', body: '' });

  const load = useCallback(
    async (page: number, order: CommentOrder) => {
      try {
        const response = await fetch(`/api/comments?article=${articleId}&page=${page}&order=${order}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Loaded;
        setFailed(false);
        setData((previous) => (previous ? { ...next, formToken: previous.formToken } : next));
        forgetPublished(articleId, next.comments);
        setOwnPending(readOwnPending(articleId));
        onCountLabel(tCount('count', { count: next.count }));
      } catch {
        setFailed(true);
      }
    },
    [articleId, onCountLabel, tCount],
  );

  useEffect(() => {
    // load() sets state only once the fetch has answered, never during the effect itself.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(1, 'oldest');
  }, [load]);

  function sent(comment: SentComment) {
    setReplyTo(null);
    setLastMessage(comment.message);
    if (comment.status === 'approved') {
      if (data) void load(data.page, data.order);
      return;
    }
    keepOwnPending({
      key: newIdempotencyKey(),
      articleId,
      parentId: comment.parentId,
      authorName: comment.authorName,
      body: comment.body,
      createdAt: new Date().toISOString(),
      createdAtLabel: comment.postedAtLabel,
    });
    setOwnPending(readOwnPending(articleId));
  }

  // One form at a time: under the comment answered, or at the foot of the thread.
  const form = (asReply: boolean) =>
    data && (
      <CommentForm
        key={asReply ? `reply-${replyTo?.id}` : 'new'}
        locale={locale}
        articleId={articleId}
        formToken={data.formToken}
        replyTo={asReply ? replyTo : null}
        focusOnOpen={asReply}
        initialMessage={asReply ? '' : lastMessage}
        onCancelReply={() => setReplyTo(null)}
        onSent={sent}
        draft={draft}
        onDraftChange={setDraft}
      />
    );

  return (
    <>
      <h2 className="text-xl font-bold">{t('heading')}</h2>
      {!data && !failed && <p role="status">{t('loading')}</p>}
      {failed && (
        <p role="alert">
          {t('loadError')}{' '}
          <button type="button" className="underline" onClick={() => load(data?.page ?? 1, data?.order ?? 'oldest')}>
            {t('retry')}
          </button>
        </p>
      )}
      {data && (
        <>
          <PanelControls data={data} onLoad={load} />
          {data.comments.length || ownPending.length ? (
            <CommentThread
              comments={withOwnPending(data.comments, ownPending)}
              pendingLabel={t('awaitingModeration')}
              replyControl={(comment) => (
                <button
                  type="button"
                  className="mt-1 tap px-2 text-sm underline"
                  aria-expanded={replyTo?.id === comment.id}
                  onClick={() => setReplyTo(replyTo?.id === comment.id ? null : { id: comment.id, name: comment.authorName })}
                >
                  {t('reply')}
                </button>
              )}
              // "رد" opens the form right under the comment it answers, not at the foot of the thread.
              below={(comment) => (replyTo?.id === comment.id ? form(true) : null)}
            />
          ) : (
            <p>{t('empty')}</p>
          )}
          {!replyTo && form(false)}
        </>
      )}
    </>
  );
}

function PanelControls({ data, onLoad }: { data: Loaded; onLoad: (page: number, order: CommentOrder) => void }) {
  const t = useTranslations('CommentsPanel');
  const button = 'rounded border border-line px-3 py-1 aria-pressed:border-ink aria-pressed:font-bold disabled:opacity-50';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t('order')}:</span>
      {(['oldest', 'newest'] as const).map((order) => (
        <button key={order} type="button" className={button} aria-pressed={data.order === order} onClick={() => onLoad(1, order)}>
          {t(order)}
        </button>
      ))}
      {data.pageCount > 1 && (
        <nav aria-label={t('pages')} className="ms-auto flex items-center gap-2">
          <button type="button" className={button} disabled={data.page <= 1} onClick={() => onLoad(data.page - 1, data.order)}>
            {t('previous')}
          </button>
          <span>{t('pageOf', { page: data.page, count: data.pageCount })}</span>
          <button type="button" className={button} disabled={data.page >= data.pageCount} onClick={() => onLoad(data.page + 1, data.order)}>
            {t('next')}
          </button>
        </nav>
      )}
    </div>
  );
}
