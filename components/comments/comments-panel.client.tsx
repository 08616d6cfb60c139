'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState, type MouseEvent } from 'react';
import type { Locale } from '@/i18n/routing';
import type { CommentOrder, CommentThreadPage } from '@/lib/comments/types';
import { CommentForm } from './comment-form.client';
import { CommentThread } from './comment-thread';

type Loaded = CommentThreadPage & { formToken: string };

/**
 * "انقر للتعليق": a link to the comments page that, with JavaScript, opens the comments in place
 * instead. They load from /api/comments when first asked for, so the cached article never holds
 * them. Closing only hides the section, so whatever the reader typed is still there on reopening.
 */
export function CommentsPanel({ locale, articleId, initialCount, href }: { locale: Locale; articleId: number; initialCount: number; href: string }) {
  const t = useTranslations('CommentsPanel');
  const tCount = useTranslations('Comments');
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(initialCount);
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [replyTo, setReplyTo] = useState<{ id: number; name: string } | null>(null);

  const load = useCallback(
    async (page: number, order: CommentOrder) => {
      setFailed(false);
      try {
        const response = await fetch(`/api/comments?article=${articleId}&page=${page}&order=${order}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Loaded;
        setData((previous) => (previous ? { ...next, formToken: previous.formToken } : next));
        setCount(next.count);
      } catch {
        setFailed(true);
      }
    },
    [articleId],
  );

  function toggle(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setOpen(!open);
    if (!open && !data) void load(1, 'oldest');
  }

  return (
    <>
      <a
        href={href}
        onClick={toggle}
        aria-expanded={open}
        aria-controls="comments-panel"
        className="inline-flex items-center gap-2 rounded bg-ink px-5 py-2 font-bold text-white hover:bg-accent-dark"
      >
        {tCount('open')}
        <span className="rounded bg-white/20 px-2 text-sm font-normal">{tCount('count', { count })}</span>
      </a>
      <div id="comments-panel" hidden={!open} className="mt-6 flex flex-col gap-6">
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
            {data.comments.length ? (
              <CommentThread
                comments={data.comments}
                locale={locale}
                replyControl={(comment) => (
                  <button type="button" className="mt-1 text-sm underline" onClick={() => setReplyTo({ id: comment.id, name: comment.authorName })}>
                    {t('reply')}
                  </button>
                )}
              />
            ) : (
              <p>{t('empty')}</p>
            )}
            <CommentForm
              locale={locale}
              articleId={articleId}
              formToken={data.formToken}
              replyTo={replyTo}
              onCancelReply={() => setReplyTo(null)}
              onSent={(status) => {
                setReplyTo(null);
                if (status === 'approved') void load(data.page, data.order);
              }}
            />
          </>
        )}
      </div>
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
