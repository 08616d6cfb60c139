import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { commentInput, createPublishedArticle, freshAddress } from '@/test/helpers/comments';
import { COMMENT_SETTINGS } from './config';
import { listApprovedComments } from './queries';
import { submitComment } from './submit';

const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
let articleId: number;

beforeAll(async () => {
  articleId = (await createPublishedArticle()).id;
});

const context = () => ({ address: freshAddress(), userAgent: ua });

async function statusOf(id: number | null) {
  return (await db.comment.findUniqueOrThrow({ where: { id: id! } })).status;
}

describe('submitComment', () => {
  it('stores a new comment as pending, with hashed addresses and the exact text', async () => {
    const input = commentInput(articleId, { name: 'سلمى 🌙 Benali', body: 'سطر\nLine ٢ 🎉 <script>x</script>' });
    const result = await submitComment(input, { address: '203.0.113.9', userAgent: ua });
    expect(result).toMatchObject({ ok: true, status: 'pending', duplicate: false });
    const row = await db.comment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(row.authorName).toBe('سلمى 🌙 Benali');
    expect(row.body).toBe('سطر\nLine ٢ 🎉 <script>x</script>');
    expect(row.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.ipHash).not.toContain('203.0.113');
    expect(row.networkHash).not.toBe(row.ipHash);
  });

  it('stores a double click or a retry once and answers both the same', async () => {
    const input = commentInput(articleId);
    const address = freshAddress();
    const [first, second] = await Promise.all([
      submitComment(input, { address, userAgent: ua }),
      submitComment(input, { address, userAgent: ua }),
    ]);
    const third = await submitComment(input, { address, userAgent: ua });
    expect(await db.comment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    for (const result of [first, second, third]) expect(result).toMatchObject({ ok: true, status: 'pending' });
    expect(third).toMatchObject({ duplicate: true });
  });

  it('refuses the same address within the interval, and the same e-mail from another address', async () => {
    const address = freshAddress();
    expect((await submitComment(commentInput(articleId), { address, userAgent: ua })).ok).toBe(true);
    const again = await submitComment(commentInput(articleId), { address, userAgent: ua });
    expect(again).toMatchObject({ ok: false, reason: 'too-soon' });
    expect(again.ok ? 0 : again.retryAfterSeconds).toBeGreaterThan(0);

    const email = 'same-person@example.ma';
    expect((await submitComment(commentInput(articleId, { email }), context())).ok).toBe(true);
    expect(await submitComment(commentInput(articleId, { email }), context())).toMatchObject({ ok: false, reason: 'too-soon' });
  });

  it('refuses a sixth comment from one address within ten minutes', async () => {
    const address = freshAddress();
    const key = (await import('./secret')).getCommentSecret;
    const { hashAddress } = await import('@/lib/security/client-address');
    const ipHash = hashAddress(address, await key());
    // Five earlier comments in the window; the 15-second rule is cleared so only the window counts.
    for (let index = 0; index < 5; index += 1) {
      await db.rateLimit.deleteMany({ where: { key: `comment:recent:addr:${ipHash}` } });
      expect((await submitComment(commentInput(articleId), { address, userAgent: ua })).ok).toBe(true);
    }
    await db.rateLimit.deleteMany({ where: { key: `comment:recent:addr:${ipHash}` } });
    const sixth = await submitComment(commentInput(articleId), { address, userAgent: ua });
    expect(sixth).toMatchObject({ ok: false, reason: 'too-many' });
    expect(await db.comment.count({ where: { ipHash } })).toBe(5);
  });

  it('marks a blocked word as spam even when spelled with other hamzas and diacritics', async () => {
    await db.setting.upsert({
      where: { key: COMMENT_SETTINGS.blockedWords },
      create: { key: COMMENT_SETTINGS.blockedWords, value: 'أحمق' },
      update: { value: 'أحمق' },
    });
    const result = await submitComment(commentInput(articleId, { body: 'أنتَ اَحْمـــق' }), context());
    expect(result.ok && result.status).toBe('spam');
    await db.setting.delete({ where: { key: COMMENT_SETTINGS.blockedWords } });
  });

  it('holds a comment with two links for review', async () => {
    const result = await submitComment(commentInput(articleId, { body: 'https://a.example.com و https://b.example.com' }), context());
    expect(result.ok && result.status).toBe('pending');
  });

  it('approves an author with an earlier approved comment only when the site is set to', async () => {
    const email = 'known@example.ma';
    const first = await submitComment(commentInput(articleId, { email }), context());
    await db.comment.update({ where: { id: first.ok ? first.id! : 0 }, data: { status: 'approved', approvedAt: new Date() } });
    await db.rateLimit.deleteMany({});

    const off = await submitComment(commentInput(articleId, { email }), context());
    expect(off.ok && off.status).toBe('pending');
    await db.rateLimit.deleteMany({});

    await db.setting.create({ data: { key: COMMENT_SETTINGS.autoApproveKnown, value: 'true' } });
    const on = await submitComment(commentInput(articleId, { email }), context());
    expect(on.ok && on.status).toBe('approved');
    expect((await db.comment.findUniqueOrThrow({ where: { id: on.ok ? on.id! : 0 } })).approvedAt).not.toBeNull();
    const stranger = await submitComment(commentInput(articleId), context());
    expect(stranger.ok && stranger.status).toBe('pending');
    await db.setting.delete({ where: { key: COMMENT_SETTINGS.autoApproveKnown } });
  });

  it('marks comments from a blocked e-mail or network as spam', async () => {
    await db.commentBlock.create({ data: { kind: 'email', value: 'troll@example.ma' } });
    const byEmail = await submitComment(commentInput(articleId, { email: 'troll@example.ma' }), context());
    expect(byEmail.ok && byEmail.status).toBe('spam');

    const first = await submitComment(commentInput(articleId), { address: '198.51.100.7', userAgent: ua });
    const { networkHash } = await db.comment.findUniqueOrThrow({ where: { id: first.ok ? first.id! : 0 } });
    await db.commentBlock.create({ data: { kind: 'network', value: networkHash } });
    // Another address in the same /24.
    const neighbour = await submitComment(commentInput(articleId), { address: '198.51.100.200', userAgent: ua });
    expect(neighbour.ok && neighbour.status).toBe('spam');
  });

  it('threads replies under approved comments only; a reply to a reply joins the thread', async () => {
    const root = await submitComment(commentInput(articleId), context());
    const rootId = root.ok ? root.id! : 0;
    expect(await submitComment(commentInput(articleId, { parentId: rootId }), context())).toMatchObject({ ok: false, reason: 'parent' });
    await db.comment.update({ where: { id: rootId }, data: { status: 'approved' } });
    const reply = await submitComment(commentInput(articleId, { parentId: rootId }), context());
    const replyId = reply.ok ? reply.id! : 0;
    await db.comment.update({ where: { id: replyId }, data: { status: 'approved' } });
    const nested = await submitComment(commentInput(articleId, { parentId: replyId }), context());
    const nestedRow = await db.comment.findUniqueOrThrow({ where: { id: nested.ok ? nested.id! : 0 } });
    expect(nestedRow.parentId).toBe(rootId);
    expect(await statusOf(replyId)).toBe('approved');
  });

  it('refuses an unknown article or one of another edition', async () => {
    expect(await submitComment(commentInput(999_999), context())).toMatchObject({ ok: false, reason: 'article' });
    expect(await submitComment(commentInput(articleId, { locale: 'fr' }), context())).toMatchObject({ ok: false, reason: 'article' });
  });
});

describe('listApprovedComments', () => {
  it('pages an article with 1,000 comments instead of sending them all, in either order', async () => {
    const big = await createPublishedArticle();
    const start = Date.now() - 1_000_000;
    await db.comment.createMany({
      data: Array.from({ length: 1000 }, (_, index) => ({
        articleId: big.id,
        authorName: `قارئ ${index}`,
        authorEmail: `r${index}@example.ma`,
        body: `تعليق ${index}`,
        status: index % 10 === 9 ? 'pending' : 'approved',
        idempotencyKey: `bulk-${big.id}-${index}`,
        createdAt: new Date(start + index * 1000),
      })),
    });
    const first = await listApprovedComments(big, 1, 'oldest');
    expect(first.count).toBe(900);
    expect(first.comments).toHaveLength(20);
    expect(first.pageCount).toBe(45);
    expect(first.comments[0]?.body).toBe('تعليق 0');
    const newest = await listApprovedComments(big, 1, 'newest');
    expect(newest.comments[0]?.body).toBe('تعليق 998');
    const last = await listApprovedComments(big, 45, 'oldest');
    expect(last.comments.at(-1)?.body).toBe('تعليق 998');
    expect(JSON.stringify(first)).not.toContain('@example.ma');
  });
});
