'use server';

import { revalidatePath } from 'next/cache';
import { TAGS, expireTags } from '@/lib/cache/tags';
import { z } from 'zod';
import { formAction } from '@/lib/actions/guard';
import { canModerate } from '@/lib/auth/permissions';
import { parseRecordId } from '@/lib/db/record-id';
import { blockCommentSource, editComment, moderateComments, saveCommentSettings } from './mutations';
import { commentIdsSchema, commentInputSchema, moderationActionSchema } from './schema';

// The moderation queue is one form: checkboxes plus bulk buttons (name="action"), and per-row
// buttons (name="row", value "<verb>:<id>") for single actions, edits and blocks.

const rowSchema = z.string().regex(/^(approve|reject|spam|delete|edit|block-email|block-network):\d{1,12}$/);
const editSchema = commentInputSchema.pick({ name: true, body: true });

function refresh(articles: { id: number }[]) {
  // The approved count is part of each cached article page.
  expireTags(...articles.map((article) => TAGS.comments(article.id)));
  revalidatePath('/[locale]/admin/comments', 'page');
}

// Refused callers and malformed calls change nothing and get no error page.
export const moderateCommentsAction = formAction({ access: canModerate }, async ({ form }) => {
  const row = rowSchema.safeParse(form.get('row'));
  if (row.success) {
    const [verb, rawId] = row.data.split(':') as [string, string];
    const id = parseRecordId(rawId);
    if (id === null) return;
    if (verb === 'edit') {
      const edit = editSchema.safeParse({ name: form.get(`name-${id}`), body: form.get(`body-${id}`) });
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
  const action = moderationActionSchema.safeParse(form.get('action'));
  const ids = commentIdsSchema.safeParse(form.getAll('ids'));
  if (!action.success || !ids.success) return;
  refresh(await moderateComments(ids.data, action.data));
});

export const saveCommentSettingsAction = formAction({ access: canModerate }, async ({ form }) => {
  const blockedWords = z.string().max(20_000).safeParse(form.get('blockedWords') ?? '');
  if (!blockedWords.success) return;
  await saveCommentSettings(form.get('autoApproveKnown') === 'on', blockedWords.data);
  refresh([]);
});
