import 'server-only';
import { db } from '@/lib/db';
import { hashAddress, networkOf, rateLimitSubject } from '@/lib/security/client-address';
import { hitAllOrNone, LimitReached } from '@/lib/security/rate-limit';
import { commentSearchText } from '@/lib/search/document';
import { COMMENT_LIMITS } from './config';
import { getCommentableArticleById, getCommentSettings, getReplyTarget } from './queries';
import { decideStatus, parseBlockedWords } from './rules';
import type { CommentInput } from './schema';
import { getCommentSecret } from './secret';
import type { SubmitResult } from './types';

export type SubmitContext = { address: string; userAgent: string };

type FloodRule = { key: string; limit: number; windowMs: number; reason: 'too-soon' | 'too-many' };

/** Flood limits: one per address and per e-mail in 15 s, five per address in 10 min (by default). */
function floodRules(ipHash: string, emailHash: string): FloodRule[] {
  const { sameSourceMs, perAddressMax, perAddressWindowMs } = COMMENT_LIMITS;
  const rules: FloodRule[] = [];
  if (sameSourceMs > 0) {
    rules.push({ key: `comment:recent:addr:${ipHash}`, limit: 1, windowMs: sameSourceMs, reason: 'too-soon' });
    rules.push({ key: `comment:recent:email:${emailHash}`, limit: 1, windowMs: sameSourceMs, reason: 'too-soon' });
  }
  if (perAddressMax > 0 && perAddressWindowMs > 0) {
    rules.push({ key: `comment:window:addr:${ipHash}`, limit: perAddressMax, windowMs: perAddressWindowMs, reason: 'too-many' });
  }
  return rules;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Counts this comment against every flood rule and stores it, in one transaction: one disk
 * flush per comment instead of one per counter, and no comment stored without being counted.
 * A refused comment changes nothing: hitAllOrNone throws, which rolls the transaction back.
 * The counters are atomic upserts (or one Redis script), so instances never read a stale count.
 */
async function countAndStore(tx: Tx, rules: FloodRule[], data: Parameters<typeof db.comment.create>[0]['data']): Promise<SubmitResult> {
  await hitAllOrNone(rules, { tx });
  const created = await tx.comment.create({ data, select: { id: true, status: true } });
  return { ok: true, status: created.status as 'pending', id: created.id, duplicate: false };
}

/** The refusal for a flood rule at its limit. */
function refusal(rules: FloodRule[], reached: LimitReached): SubmitResult {
  return { ok: false, reason: rules[reached.rule]!.reason, retryAfterSeconds: reached.retryAfterSeconds };
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
  // Flood limits count an IPv6 reader by their /64, which they can otherwise walk through.
  const subjectHash = hashAddress(rateLimitSubject(context.address), secret);
  const networkHash = hashAddress(networkOf(context.address), secret);
  const rules = floodRules(subjectHash, hashAddress(input.email, secret));

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

  const data = {
    articleId: article.id,
    parentId,
    authorName: input.name,
    authorEmail: input.email,
    body: input.body,
    searchText: commentSearchText(input.name, input.body),
    status,
    ipHash,
    networkHash,
    userAgent: context.userAgent.slice(0, 300),
    idempotencyKey: input.idempotencyKey,
    approvedAt: status === 'approved' ? new Date() : null,
  };
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Under a burst, comments queue for the one SQLite writer: waiting is better than failing.
      return await db.$transaction((tx) => countAndStore(tx, rules, data), { maxWait: 30_000, timeout: 30_000 });
    } catch (error) {
      // A copy of this post that was counted first: answer as it was answered.
      if (error instanceof LimitReached) return (await findByKey(input.idempotencyKey)) ?? refusal(rules, error);
      // Two copies of one post raced past findByKey: the unique key let one in; answer as it did.
      const raced = await findByKey(input.idempotencyKey);
      if (raced) return raced;
      // A busy database is worth another try; nothing was written by the failed one.
      if (attempt >= 3) throw error;
    }
  }
}
