import 'server-only';
import { db } from '@/lib/db';
import { hashAddress, networkOf } from '@/lib/security/client-address';
import { hit } from '@/lib/security/rate-limit';
import { COMMENT_LIMITS } from './config';
import { getCommentableArticleById, getCommentSettings, getReplyTarget } from './queries';
import { decideStatus, parseBlockedWords } from './rules';
import type { CommentInput } from './schema';
import { getCommentSecret } from './secret';
import type { SubmitResult } from './types';

export type SubmitContext = { address: string; userAgent: string };

/** Flood limits: one per address and per e-mail in 15 s, five per address in 10 min (by default). */
async function checkFlood(ipHash: string, emailHash: string): Promise<SubmitResult | null> {
  const { sameSourceMs, perAddressMax, perAddressWindowMs } = COMMENT_LIMITS;
  if (sameSourceMs > 0) {
    for (const key of [`comment:recent:addr:${ipHash}`, `comment:recent:email:${emailHash}`]) {
      const result = await hit(key, 1, sameSourceMs);
      if (!result.allowed) return { ok: false, reason: 'too-soon', retryAfterSeconds: result.retryAfterSeconds };
    }
  }
  if (perAddressMax > 0 && perAddressWindowMs > 0) {
    const result = await hit(`comment:window:addr:${ipHash}`, perAddressMax, perAddressWindowMs);
    if (!result.allowed) return { ok: false, reason: 'too-many', retryAfterSeconds: result.retryAfterSeconds };
  }
  return null;
}

async function findByKey(idempotencyKey: string): Promise<SubmitResult | null> {
  const existing = await db.comment.findUnique({ where: { idempotencyKey }, select: { id: true, status: true } });
  return existing ? { ok: true, status: existing.status as 'pending', id: existing.id, duplicate: true } : null;
}

/**
 * Stores a reader's comment once. A retry or double click with the same idempotency key gets the
 * first answer back (before any flood limit, so a retry is never refused). The row is written
 * before this returns, on a connection with synchronous=FULL, so "sent" means on disk.
 */
export function submitComment(input: CommentInput, context: SubmitContext): Promise<SubmitResult> {
  // A double click sends two copies at once: the second waits for the first's answer instead of
  // racing it into the flood limit (the unique key still guards copies sent to other instances).
  const running = inFlight.get(input.idempotencyKey);
  if (running) return running.then((result) => (result.ok ? { ...result, duplicate: true } : result));
  const attempt = storeComment(input, context).finally(() => inFlight.delete(input.idempotencyKey));
  inFlight.set(input.idempotencyKey, attempt);
  return attempt;
}

const inFlight = new Map<string, Promise<SubmitResult>>();

async function storeComment(input: CommentInput, context: SubmitContext): Promise<SubmitResult> {
  const article = await getCommentableArticleById(input.articleId);
  if (!article || article.locale !== input.locale) return { ok: false, reason: 'article' };
  const earlier = await findByKey(input.idempotencyKey);
  if (earlier) return earlier;

  let parentId: number | null = null;
  if (input.parentId) {
    parentId = await getReplyTarget(article.id, input.parentId);
    if (!parentId) return { ok: false, reason: 'parent' };
  }

  const secret = await getCommentSecret();
  const ipHash = hashAddress(context.address, secret);
  const networkHash = hashAddress(networkOf(context.address), secret);
  const flood = await checkFlood(ipHash, hashAddress(input.email, secret));
  if (flood) return (await findByKey(input.idempotencyKey)) ?? flood;

  const [settings, block] = await Promise.all([
    getCommentSettings(),
    db.commentBlock.findFirst({
      where: { OR: [{ kind: 'email', value: input.email }, { kind: 'network', value: networkHash }] },
      select: { id: true },
    }),
  ]);
  const hasApprovedBefore =
    settings.autoApproveKnown &&
    !!(await db.comment.findFirst({ where: { authorEmail: input.email, status: 'approved' }, select: { id: true } }));
  const { status } = decideStatus({
    body: input.body,
    name: input.name,
    blockedWords: parseBlockedWords(settings.blockedWords),
    autoApproveKnown: settings.autoApproveKnown,
    hasApprovedBefore,
    sourceBlocked: !!block,
  });

  try {
    const row = await db.comment.create({
      data: {
        articleId: article.id,
        parentId,
        authorName: input.name,
        authorEmail: input.email,
        body: input.body,
        status,
        ipHash,
        networkHash,
        userAgent: context.userAgent.slice(0, 300),
        idempotencyKey: input.idempotencyKey,
        approvedAt: status === 'approved' ? new Date() : null,
      },
      select: { id: true },
    });
    return { ok: true, status, id: row.id, duplicate: false };
  } catch (error) {
    // Two copies of one post raced past findByKey: the unique key let one in; answer as it did.
    const raced = await findByKey(input.idempotencyKey);
    if (raced) return raced;
    throw error;
  }
}
