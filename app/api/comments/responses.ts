import { NextResponse } from 'next/server';
import type { Locale } from '@/i18n/routing';
import type { CommentField, FieldError } from '@/lib/comments/schema';
import { escapeHtml } from '@/lib/utils/escape-html';

// One answer, two shapes: JSON for the in-page form (fetch), a redirect or a small page for the
// form that works without JavaScript.

export type Outcome = {
  httpStatus: number;
  /** Query code the no-JS page reads back: sent=<status> or error=<code>. */
  code: { sent: string } | { error: string; retry?: number };
  message: string;
  fields?: Partial<Record<CommentField, { code: FieldError; message: string }>>;
  retryAfterSeconds?: number;
  /** An accepted comment as stored, for its writer's own view (JSON answers only). */
  posted?: { authorName: string; body: string; postedAtLabel: string };
};

export function respond(outcome: Outcome, options: { json: boolean; locale: Locale; backPath: string; backLabel: string }) {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (outcome.retryAfterSeconds) headers['Retry-After'] = String(outcome.retryAfterSeconds);
  if (options.json) {
    const ok = 'sent' in outcome.code;
    const fields = Object.fromEntries(Object.entries(outcome.fields ?? {}).map(([field, error]) => [field, error.message]));
    const body = { ok, status: ok ? (outcome.code as { sent: string }).sent : undefined, message: outcome.message, fields, ...outcome.posted };
    return NextResponse.json(body, { status: outcome.httpStatus, headers });
  }
  if (outcome.httpStatus === 429) {
    // A redirect cannot carry 429, so the reader gets a short page saying when to try again.
    const dir = options.locale === 'ar' ? 'rtl' : 'ltr';
    const html = `<!doctype html><html lang="${options.locale}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(outcome.message)}</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><main><p role="alert">${escapeHtml(outcome.message)}</p>
<p><a href="${escapeHtml(options.backPath)}">${escapeHtml(options.backLabel)}</a></p></main></body></html>`;
    return new NextResponse(html, { status: 429, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
  }
  const query = new URLSearchParams(
    'sent' in outcome.code
      ? { sent: outcome.code.sent }
      : { error: outcome.code.error, ...(outcome.code.retry ? { retry: String(outcome.code.retry) } : {}) },
  );
  // Field errors come back as field:reason pairs, which the comments page turns into messages.
  for (const [field, error] of Object.entries(outcome.fields ?? {})) query.append('field', `${field}:${error.code}`);
  const anchor = 'sent' in outcome.code ? '#comments-status' : '#comment-form';
  return new NextResponse(null, { status: 303, headers: { ...headers, Location: `${options.backPath}?${query}${anchor}` } });
}
