import type { Metadata } from 'next';
import { randomBytes } from 'node:crypto';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CommentForm } from '@/components/comments/comment-form.client';
import { CommentThread } from '@/components/comments/comment-thread';
import { CommentsPager } from '@/components/comments/comments-pager';
import { pageParams } from '@/i18n/page-params';
import { parseSlug } from '@/lib/url-params';
import { issueFormToken } from '@/lib/comments/form-token';
import { fieldMessageKey, parseFieldCodes } from '@/lib/comments/messages';
import { getCommentableArticle, listApprovedComments } from '@/lib/comments/queries';
import { getCommentSecret } from '@/lib/comments/secret';
import { pathTo } from '@/lib/url-paths';

// The comments page that "انقر للتعليق" links to: it works without JavaScript (links for order,
// pages and replies; a plain form that posts and comes back here) and is never cached.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const ERRORS = ['origin', 'form', 'expired', 'bot', 'article', 'parent', 'fields', 'too-soon', 'too-many'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await pageParams(params);
  const parsed = parseSlug(slug);
  const article = parsed ? await getCommentableArticle(locale, parsed) : null;
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'CommentsPanel' });
  return { title: t('pageTitle', { title: article.title }), robots: { index: false, follow: true } };
}

export default async function CommentsPage({ params, searchParams }: Props) {
  const { locale, slug } = await pageParams(params);
  const parsed = parseSlug(slug);
  const article = parsed ? await getCommentableArticle(locale, parsed) : null;
  if (!article) notFound();
  const query = await searchParams;
  const order = first(query.order) === 'newest' ? 'newest' : 'oldest';
  const [t, messages, data, secret] = await Promise.all([
    getTranslations({ locale, namespace: 'CommentsPanel' }),
    getMessages({ locale }),
    listApprovedComments(article, Number(first(query.page)) || 1, order),
    getCommentSecret(),
  ]);
  const base = pathTo({ pathname: '/news/[slug]/comments', params: { slug: article.slug } }, { locale });
  const hrefFor = (changes: Record<string, string | number>) => {
    const next = new URLSearchParams({ order, page: String(data.page), ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, String(v)])) });
    return `${base}?${next}`;
  };
  const replyId = Number(first(query.reply)) || 0;
  const replyComment = data.comments.flatMap((comment) => [comment, ...comment.replies]).find((comment) => comment.id === replyId);

  const sent = first(query.sent);
  const error = ERRORS.find((code) => code === first(query.error));
  const retry = Number(first(query.retry)) || 60;
  const message = sent
    ? t(sent === 'approved' ? 'approved' : 'pending')
    : error === 'too-soon'
      ? t('errors.tooSoon', { seconds: retry })
      : error === 'too-many'
        ? t('errors.tooMany', { minutes: Math.ceil(retry / 60) })
        : error
          ? t(error === 'fields' ? 'errors.fix' : `errors.${error}`)
          : '';
  const fieldCodes = parseFieldCodes([query.field ?? []].flat());
  const fields = Object.fromEntries(Object.entries(fieldCodes).map(([field, code]) => [field, t(fieldMessageKey(field as 'name', code))]));

  // The reply form opens under the comment it answers (the "رد" link lands on it), else at the foot.
  const form = (
    <NextIntlClientProvider locale={locale} messages={{ CommentsPanel: messages.CommentsPanel }}>
      <CommentForm
        locale={locale}
        articleId={article.id}
        formToken={issueFormToken(secret)}
        idempotencyKey={randomBytes(16).toString('hex')}
        replyTo={replyComment ? { id: replyComment.id, name: replyComment.authorName } : null}
        cancelReplyHref={`${hrefFor({})}#comment-form`}
        initialMessage={message}
        initialFields={fields}
      />
    </NextIntlClientProvider>
  );

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p>
        <a href={pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale })} className="underline">
          {t('backToArticle')}
        </a>
      </p>
      <h1 className="text-2xl font-bold">{t('pageTitle', { title: article.title })}</h1>
      <CommentsPager data={data} hrefFor={hrefFor} />
      {data.comments.length ? (
        <CommentThread
          comments={data.comments}
          replyControl={(comment) => (
            <a href={`${hrefFor({ reply: comment.id })}#comment-form`} className="mt-1 tap px-2 text-sm underline">
              {t('reply')}
            </a>
          )}
          below={(comment) => (comment.id === replyComment?.id ? form : null)}
        />
      ) : (
        <p>{t('empty')}</p>
      )}
      {!replyComment && form}
    </div>
  );
}
