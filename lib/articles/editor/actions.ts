'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { formAction, stateAction, valueAction, type ActionContext } from '@/lib/actions/guard';
import { fieldErrorsOf, type ActionState } from '@/lib/actions/state';
import { canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { MAX_RECORD_ID, recordIdSchema } from '@/lib/db/record-id';
import { afterArticleWrite } from '@/lib/articles/publishing/after-write';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { articleInput } from './schema';
import { acquireLock, releaseLock, takeOverLock, type LockResult } from './locks';
import { createArticle, restoreRevision, saveArticle, type WriteFailure } from './mutations';
import { pathTo } from '@/lib/url-paths';

// Thin actions: re-read the session → validate → mutate (which checks rights itself) →
// refresh caches → typed state with messages in the writer's language.

const access = { access: canWriteArticles, namespace: 'ArticleEditor', signInWhenSignedOut: true } as const;
const idOf = (form: FormData) => recordIdSchema.safeParse(form.get('id'));

async function parseArticle(form: FormData, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'));
  // The byline arrives as one checkbox per author.
  const parsed = articleInput.safeParse({ ...fields, authorIds: form.getAll('authorId').join(',') });
  if (parsed.success) return { input: parsed.data, t };
  const fieldErrors = fieldErrorsOf(parsed.error, (key) => t(`errors.${key}`));
  return { state: { status: 'error', message: t('errors.fix'), fieldErrors } satisfies ActionState, t };
}

function failure(t: Awaited<ReturnType<typeof getTranslations>>, error: WriteFailure): ActionState {
  const fieldErrors: Record<string, string> = {};
  if (error === 'slugTaken') fieldErrors.slug = t('errors.slugTaken');
  if (error === 'section') fieldErrors.sectionId = t('errors.section');
  return { status: 'error', message: t(`errors.${error}`), fieldErrors };
}

export const createArticleAction = stateAction(access, async ({ form, locale, actor }) => {
  const parsed = await parseArticle(form, locale);
  if (!parsed.input) return parsed.state;
  const result = await createArticle(actor, parsed.input);
  if (!result.ok) return failure(parsed.t, result.error);
  redirect(`${pathTo({ pathname: '/admin/articles/[id]', params: { id: result.id } }, { locale })}?created=1`);
});

/**
 * The dashboard's quick draft: a title, a section and a few lines of plain text, each line a
 * paragraph. It lands in the recent drafts, to be finished in the editor.
 */
export const createQuickDraftAction = stateAction(access, async ({ form, locale, actor }) => {
  const lines = String(form.get('note') ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const draft = new FormData();
  for (const name of ['title', 'sectionId']) draft.set(name, String(form.get(name) ?? ''));
  draft.set('body', paragraphsToHtml(lines));
  const parsed = await parseArticle(draft, locale);
  if (!parsed.input) return parsed.state;
  const result = await createArticle(actor, parsed.input);
  if (!result.ok) return failure(parsed.t, result.error);
  redirect(`${pathTo('/admin', { locale })}?drafted=${result.id}`);
});

async function save({ form, locale, actor }: ActionContext<SessionUser>, autosave: boolean): Promise<ActionState> {
  const id = idOf(form);
  const parsed = await parseArticle(form, locale);
  if (!parsed.input) return parsed.state;
  if (!id.success) return failure(parsed.t, 'notFound');
  const result = await saveArticle(actor, id.data, parsed.input, { autosave });
  if (!result.ok) return failure(parsed.t, result.error);
  await afterArticleWrite(result.before, result.after);
  const savedAt = new Date().toISOString();
  return { status: 'saved', message: parsed.t(autosave ? 'autosaved' : 'saved'), fieldErrors: {}, slug: result.slug, savedAt };
}

export const saveArticleAction = stateAction(access, (context) => save(context, false));

export const autosaveArticleAction = stateAction(access, (context) => save(context, true));

export const restoreRevisionAction = stateAction(access, async ({ form, locale, actor }) => {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const revisionId = recordIdSchema.safeParse(form.get('revisionId'));
  if (!revisionId.success) return { status: 'error', message: t('errors.invalid'), fieldErrors: {} };
  const result = await restoreRevision(actor, revisionId.data);
  if (!result.ok) return failure(t, result.error);
  await afterArticleWrite(result.before, result.after);
  redirect(`${pathTo({ pathname: '/admin/articles/[id]', params: { id: result.id } }, { locale })}?done=restore`);
});

// The editor's lock: taken and renewed by the open editor, taken over on request.
const lockId = z.number().int().positive().max(MAX_RECORD_ID);

/** Takes or renews the lock; answers who holds it when someone else does. */
export const heartbeatLockAction = valueAction(
  { access: canWriteArticles, schema: lockId, refused: { ok: false, error: 'forbidden' } as LockResult },
  (actor, articleId) => acquireLock(actor, articleId),
);

export const releaseLockAction = valueAction({ access: canWriteArticles, schema: lockId, refused: undefined }, (actor, articleId) =>
  releaseLock(actor, articleId),
);

export const takeOverLockAction = formAction({ access: canWriteArticles, signInWhenSignedOut: true }, async ({ form, locale, actor }) => {
  const parsed = idOf(form);
  if (parsed.success) await takeOverLock(actor, parsed.data);
  redirect(pathTo({ pathname: '/admin/articles/[id]', params: { id: parsed.success ? parsed.data : '' } }, { locale }));
});
