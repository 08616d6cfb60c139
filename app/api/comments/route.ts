import { isbot } from 'isbot';
import { TAGS, expireTags } from '@/lib/cache/tags';
import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { checkFormToken, issueFormToken } from '@/lib/comments/form-token';
import { fieldMessageKey } from '@/lib/comments/messages';
import { getCommentableArticleById, listApprovedComments } from '@/lib/comments/queries';
import { commentInputSchema, fieldErrorsOf } from '@/lib/comments/schema';
import { getCommentSecret } from '@/lib/comments/secret';
import { answerUnavailableWith503 } from '@/lib/http/database-unavailable';
import { submitComment } from '@/lib/comments/submit';
import { clientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/origin';
import { parseRecordId } from '@/lib/db/record-id';
import { announcedTooLarge, readCappedForm } from '@/lib/http/capped-body';
import { fieldLocale, requestLocale } from '@/lib/http/request-locale';
import { cleanBody, cleanName } from '@/lib/comments/text';
import { formatDateTime } from '@/lib/utils/dates';
import { pathTo } from '@/lib/url-paths';
import { respond, type Outcome } from './responses';

// Comments load and post here, not through the cached article page: they stay fresh, and a
// refused post can answer 429 with Retry-After, which a Server Action cannot.

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const id = parseRecordId(params.get('article'));
  const article = id === null ? null : await getCommentableArticleById(id);
  if (!article) return NextResponse.json({ message: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const order = params.get('order') === 'newest' ? 'newest' : 'oldest';
  const page = await listApprovedComments(article, parseRecordId(params.get('page')) ?? 1, order);
  const formToken = issueFormToken(await getCommentSecret());
  return NextResponse.json({ ...page, formToken }, { headers: { 'Cache-Control': 'no-store' } });
}

// The largest honest comment: 5,000 Arabic characters percent-encoded, plus the other fields.
const MAX_COMMENT_BODY_BYTES = 64 * 1024;

// A database restart or a wedged write mid-post answers a retryable 503, not an empty 500.
export const POST = (request: Request) => answerUnavailableWith503(request, () => postComment(request));

async function postComment(request: Request) {
  const json = (request.headers.get('accept') ?? '').includes('application/json');
  // Origin and size are judged before a byte of the body is read.
  const early = !isSameOrigin(request) ? 'origin' : announcedTooLarge(request.headers, MAX_COMMENT_BODY_BYTES) ? 'tooLarge' : null;
  const read = early ?? (await readCappedForm(request, MAX_COMMENT_BODY_BYTES));
  const form = typeof read === 'string' ? null : read;
  const locale = form ? fieldLocale(form.get('locale')) : requestLocale(request);
  const t = await getTranslations({ locale, namespace: 'CommentsPanel' });
  const articleId = parseRecordId(form?.get('articleId'));
  const article = articleId === null ? null : await getCommentableArticleById(articleId);
  const backPath = article ? pathTo({ pathname: '/news/[slug]/comments', params: { slug: article.slug } }, { locale: article.locale }) : pathTo('/', { locale });
  // An accepted post comes back as stored (cleaned text, the time in the site's zone), so the
  // in-page form can show its writer their comment awaiting moderation; a silently dropped one
  // gets the same answer.
  const posted = form && {
    authorName: cleanName(String(form.get('name') ?? '')),
    body: cleanBody(String(form.get('body') ?? '')),
    postedAtLabel: formatDateTime(locale, new Date().toISOString()),
  };
  const send = (outcome: Outcome) =>
    respond('sent' in outcome.code && posted ? { ...outcome, posted } : outcome, { json, locale, backPath, backLabel: t('backToArticle') });
  // What a script that trips a trap sees: the same answer as a real comment, and nothing stored.
  const silentlyDropped: Outcome = { httpStatus: 202, code: { sent: 'pending' }, message: t('pending') };

  if (read === 'origin') return send({ httpStatus: 403, code: { error: 'origin' }, message: t('errors.origin') });
  if (read === 'tooLarge') return send({ httpStatus: 413, code: { error: 'tooLarge' }, message: t('errors.tooLarge') });
  if (!form) return send({ httpStatus: 400, code: { error: 'form' }, message: t('errors.form') });
  const userAgent = request.headers.get('user-agent') ?? '';
  if (!userAgent || isbot(userAgent)) return send({ httpStatus: 403, code: { error: 'bot' }, message: t('errors.bot') });
  if (String(form.get('website') ?? '') !== '') return send(silentlyDropped);

  const token = checkFormToken(await getCommentSecret(), String(form.get('formToken') ?? ''));
  if (token === 'too-fast') return send(silentlyDropped);
  if (token !== 'ok') return send({ httpStatus: 400, code: { error: token === 'expired' ? 'expired' : 'form' }, message: t(token === 'expired' ? 'errors.expired' : 'errors.form') });

  const parsed = commentInputSchema.safeParse({
    locale,
    articleId: form.get('articleId'),
    parentId: form.get('parentId') ?? undefined,
    name: form.get('name') ?? '',
    email: form.get('email') ?? '',
    body: form.get('body') ?? '',
    idempotencyKey: form.get('idempotencyKey'),
    formToken: form.get('formToken'),
  });
  if (!parsed.success) {
    const { fields, tampered } = fieldErrorsOf(parsed.error);
    if (tampered && !Object.keys(fields).length) return send({ httpStatus: 400, code: { error: 'form' }, message: t('errors.form') });
    const messages = Object.fromEntries(
      Object.entries(fields).map(([field, code]) => [field, { code, message: t(fieldMessageKey(field as 'name', code)) }]),
    );
    return send({ httpStatus: 422, code: { error: 'fields' }, message: t('errors.fix'), fields: messages });
  }

  const result = await submitComment(parsed.data, { address: clientAddress(request.headers), userAgent });
  // An auto-approved comment changes the count printed in the cached article.
  if (result.ok && result.status === 'approved' && !result.duplicate && article) expireTags(TAGS.comments(article.id));
  if (result.ok) return send({ httpStatus: result.duplicate ? 200 : 201, code: { sent: result.status === 'approved' ? 'approved' : 'pending' }, message: t(result.status === 'approved' ? 'approved' : 'pending') });
  if (result.reason === 'article') return send({ httpStatus: 404, code: { error: 'article' }, message: t('errors.article') });
  if (result.reason === 'parent') return send({ httpStatus: 409, code: { error: 'parent' }, message: t('errors.parent') });
  const retry = result.retryAfterSeconds ?? 60;
  const message = result.reason === 'too-soon' ? t('errors.tooSoon', { seconds: retry }) : t('errors.tooMany', { minutes: Math.ceil(retry / 60) });
  return send({ httpStatus: 429, code: { error: result.reason, retry }, message, retryAfterSeconds: retry });
}
