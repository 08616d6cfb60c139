'use server';

import { revalidatePath } from 'next/cache';
import { TAGS, expireTags } from '@/lib/cache/tags';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/guard';
import { canModerate } from '@/lib/auth/permissions';
import { blockCommentSource, editComment, moderateComments, saveCommentSettings } from './mutations';
import { commentIdsSchema, commentInputSchema, moderationActionSchema } from './schema';

// The moderation queue is one form: checkboxes plus bulk buttons (name="action"), and per-row
// buttons (name="row", value "<verb>:<id>") for single actions, edits and blocks.

const rowSchema = z.string().regex(/^(approve|reject|spam|delete|edit|block-email|block-network):\d+$/);
const editSchema = commentInputSchema.pick({ name: true, body: true });

function refresh(articles: { id: number }[]) {
  // The approved count is part of each cached article page.
  expireTags(...articles.map((article) => TAGS.comments(article.id)));
  revalidatePath('/[locale]/admin/comments', 'page');
}

export async function moderateCommentsAction(formData: FormData): Promise<void> {
  // Refused callers and malformed calls change nothing and get no error page.
  const moderator = await requireUser(canModerate).catch(() => null);
  if (!moderator || !(formData instanceof FormData)) return;
  const row = rowSchema.safeParse(formData.get('row'));
  if (row.success) {
    const [verb, rawId] = row.data.split(':') as [string, string];
    const id = Number(rawId);
    if (verb === 'edit') {
      const edit = editSchema.safeParse({ name: formData.get(`name-${id}`), body: formData.get(`body-${id}`) });
      if (edit.success) refresh(await editComment(id, edit.data.name, edit.data.body));
      return;
    }
    if (verb === 'block-email' || verb === 'block-network') {
      await blockCommentSource(id, verb === 'block-email' ? 'email' : 'network');
      refresh([]);
      return;
    }
    refresh(await moderateComments([id], moderationActionSchema.parse(verb)));
    return;
  }
  const action = moderationActionSchema.safeParse(formData.get('action'));
  const ids = commentIdsSchema.safeParse(formData.getAll('ids'));
  if (!action.success || !ids.success) return;
  refresh(await moderateComments(ids.data, action.data));
}

export async function saveCommentSettingsAction(formData: FormData): Promise<void> {
  const moderator = await requireUser(canModerate).catch(() => null);
  if (!moderator || !(formData instanceof FormData)) return;
  const blockedWords = z.string().max(20_000).safeParse(formData.get('blockedWords') ?? '');
  if (!blockedWords.success) return;
  await saveCommentSettings(formData.get('autoApproveKnown') === 'on', blockedWords.data);
  refresh([]);
}
