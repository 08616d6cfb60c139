import { describe, expect, it } from 'vitest';
import type { PublicComment } from '@/lib/comments/types';
import { withOwnPending, type OwnPendingComment } from './own-pending';

const approved = (id: number, body: string, replies: PublicComment[] = []): PublicComment => ({
  id, authorName: 'سلمى', body, createdAt: '2026-12-01T10:00:00.000Z', createdAtLabel: '1 ديسمبر 2026 في 11:00', replies,
});
const mine = (body: string, parentId: number | null): OwnPendingComment => ({
  key: body, articleId: 1, parentId, authorName: 'Nadia', body, createdAt: '2026-12-01T11:00:00.000Z', createdAtLabel: '12:00',
});

describe('withOwnPending', () => {
  it('puts a pending reply under its parent (or the parent\'s thread), anything else after the page, marked pending', () => {
    const page = [approved(1, 'أول', [approved(2, 'رد')]), approved(3, 'ثان')];
    const thread = withOwnPending(page, [mine('ردي', 2), mine('جديد', null), mine('على غير هذه الصفحة', 99)]);
    expect(thread[0]!.replies.map((reply) => [reply.body, !!reply.pending])).toEqual([['رد', false], ['ردي', true]]);
    expect(thread.slice(2).map((comment) => [comment.body, comment.pending])).toEqual([['جديد', true], ['على غير هذه الصفحة', true]]);
    // Pending ones get ids no stored comment has: never an anchor or a reply target.
    expect(new Set(thread.slice(2).map((comment) => comment.id)).size).toBe(2);
    expect(thread.slice(2).every((comment) => comment.id < 0)).toBe(true);
    // The page it was given is not changed.
    expect(page[0]!.replies).toHaveLength(1);
  });

  it('drops a pending comment once it is among the approved ones', () => {
    const nadia = { ...approved(4, 'ردي'), authorName: 'Nadia' };
    const thread = withOwnPending([approved(1, 'أول', [nadia])], [mine('ردي', 1)]);
    expect(thread[0]!.replies).toHaveLength(1);
    expect(thread[0]!.replies[0]!.pending).toBeUndefined();
  });
});
