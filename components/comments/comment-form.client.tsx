'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '@/i18n/routing';
import type { CommentField } from '@/lib/comments/schema';
import { newIdempotencyKey } from './new-key';

type Props = {
  locale: Locale;
  articleId: number;
  formToken: string;
  /** Set by the server for the no-JS page; the panel leaves it out and makes one here. */
  idempotencyKey?: string;
  replyTo?: { id: number; name: string } | null;
  onCancelReply?: () => void;
  /** After an accepted post: its status, the server's time label, and what the reader sent. */
  onSent?: (sent: SentComment) => void;
  /** A reply form opened by "رد" takes the focus, so typing starts under the comment answered. */
  focusOnOpen?: boolean;
  initialMessage?: string;
  initialFields?: Partial<Record<CommentField, string>>;
  cancelReplyHref?: string;
  /** What the reader has typed so far, kept by the panel: the form moves (under a comment answered,
   * back to the foot of the thread) by mounting anew, and the text must move with it. */
  draft?: CommentDraft;
  onDraftChange?: (draft: CommentDraft) => void;
};

export type CommentDraft = { name: string; email: string; body: string };

type Answer = { ok: boolean; status?: string; message: string; authorName?: string; body?: string; postedAtLabel?: string; fields?: Partial<Record<CommentField, string>> };

export type SentComment = { status: string; message: string; authorName: string; body: string; parentId: number | null; postedAtLabel: string };

/**
 * The comment form. It is a plain form posting to /api/comments, so it works without JavaScript;
 * with JavaScript it posts by fetch and shows the answer in place. The idempotency key changes
 * only after a comment is accepted, so a retry after a network failure cannot store it twice.
 */
export function CommentForm(props: Props) {
  const t = useTranslations('CommentsPanel');
  const id = useId();
  const [formToken] = useState(props.formToken);
  const [key, setKey] = useState(() => props.idempotencyKey ?? newIdempotencyKey());
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState(props.initialMessage ?? '');
  const [fields, setFields] = useState(props.initialFields ?? {});
  const [draft, setDraft] = useState<CommentDraft>(() => props.draft ?? { name: '', email: '', body: '' });
  const edit = (change: Partial<CommentDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    props.onDraftChange?.(next);
  };
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.focusOnOpen) firstField.current?.focus();
  }, [props.focusOnOpen]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const form = new FormData(event.currentTarget);
    try {
      const response = await fetch('/api/comments', {
        method: 'POST',
        body: form,
        headers: { accept: 'application/json' },
      });
      const answer = (await response.json()) as Answer;
      setMessage(answer.message);
      setFields(answer.fields ?? {});
      if (answer.ok) {
        edit({ body: '' });
        setKey(newIdempotencyKey());
        props.onSent?.({
          status: answer.status ?? 'pending',
          message: answer.message,
          authorName: answer.authorName ?? String(form.get('name') ?? ''),
          body: answer.body ?? String(form.get('body') ?? ''),
          parentId: props.replyTo?.id ?? null,
          postedAtLabel: answer.postedAtLabel ?? '',
        });
      }
    } catch {
      setMessage(t('errors.network'));
    } finally {
      setSending(false);
    }
  }

  const field = (name: CommentField) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': fields[name] ? true : undefined,
    'aria-describedby': `${id}-${name}-error ${id}-${name}-hint`,
    className: 'w-full rounded border border-line bg-white px-3 py-2',
  });
  const error = (name: CommentField) => (
    <p id={`${id}-${name}-error`} className="text-sm text-accent-dark" aria-live="polite">
      {fields[name]}
    </p>
  );

  return (
    <form id="comment-form" method="post" action="/api/comments" onSubmit={submit} className="flex flex-col gap-3" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {props.replyTo ? t('replyTo', { name: props.replyTo.name }) : t('formHeading')}
      </h3>
      {props.replyTo && (props.onCancelReply ? (
        <button type="button" onClick={props.onCancelReply} className="self-start text-sm underline">{t('cancelReply')}</button>
      ) : (
        <a href={props.cancelReplyHref} className="self-start text-sm underline">{t('cancelReply')}</a>
      ))}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="parentId" value={props.replyTo?.id ?? ''} />
      <input type="hidden" name="formToken" value={formToken} />
      <input type="hidden" name="idempotencyKey" value={key} />
      {/* A field people never see: only a script fills it. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>{t('honeypot')}</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <label htmlFor={`${id}-name`} className="font-bold">{t('name')}</label>
      <input {...field('name')} ref={firstField} type="text" autoComplete="name" dir="auto" value={draft.name} onChange={(event) => edit({ name: event.target.value })} />
      <span id={`${id}-name-hint`} hidden />
      {error('name')}
      <label htmlFor={`${id}-email`} className="font-bold">{t('email')}</label>
      <input {...field('email')} type="email" autoComplete="email" dir="ltr" value={draft.email} onChange={(event) => edit({ email: event.target.value })} />
      <p id={`${id}-email-hint`} className="text-sm text-muted">{t('emailHint')}</p>
      {error('email')}
      <label htmlFor={`${id}-body`} className="font-bold">{t('body')}</label>
      <textarea {...field('body')} rows={5} dir="auto" value={draft.body} onChange={(event) => edit({ body: event.target.value })} />
      <p id={`${id}-body-hint`} className="text-sm text-muted">{t('bodyHint')}</p>
      {error('body')}
      <button type="submit" disabled={sending} className="self-start rounded bg-ink px-5 py-2 font-bold text-white hover:bg-accent-dark disabled:opacity-60">
        {sending ? t('sending') : t('submit')}
      </button>
      <p role="status" id="comments-status" className="font-bold">{message}</p>
    </form>
  );
}
