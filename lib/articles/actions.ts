'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { ForbiddenError, requireUser } from '@/lib/auth/guard';
import { canWriteArticles } from '@/lib/auth/permissions';
import { isSameOriginAction } from '@/lib/security/action-origin';
import { issueKey, type EditorState } from './action-state';
import { afterArticleWrite } from './after-write';
import { articleInput, parseLocalDateTime, workflowInput } from './editor-schema';
import { acquireLock, releaseLock, takeOverLock, type LockResult } from './locks';
import { createArticle, restoreRevision, saveArticle, type WriteFailure } from './mutations';
import { moveArticle } from './workflow';

// Thin actions: re-read the session → validate → mutate (which checks rights itself) →
// refresh caches → typed state with messages in the writer's language.

// Actions can be called directly with anything as arguments: read the form only if it is one.
const localeOf = (form: unknown): Locale =>
  z.enum(routing.locales).catch('ar').parse(form instanceof FormData ? form.get('locale') : undefined);
const idOf = (form: FormData) => z.coerce.number().int().positive().safeParse(form instanceof FormData ? form.get('id') : undefined);

/**
 * The signed-in writer, re-read from the session; null for a request from another site (or with
 * no Origin), which Next alone would let through. No session at all goes to the sign-in page.
 */
async function writer(locale: Locale) {
  if (!(await isSameOriginAction())) return null;
  try {
    return await requireUser(canWriteArticles);
  } catch (error) {
    if (error instanceof ForbiddenError) redirect(`/${locale}/admin/login`);
    throw error;
  }
}

async function refused(locale: Locale): Promise<EditorState> {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  return { status: 'error', message: t('errors.forbidden'), fieldErrors: {} };
}

async function parseArticle(form: FormData, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'));
  // The byline arrives as one checkbox per author.
  const parsed = articleInput.safeParse({ ...fields, authorIds: form.getAll('authorId').join(',') });
  if (parsed.success) return { input: parsed.data, t };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= t(`errors.${issueKey(issue)}`);
  }
  return { state: { status: 'error', message: t('errors.fix'), fieldErrors } satisfies EditorState, t };
}

function failure(t: Awaited<ReturnType<typeof getTranslations>>, error: WriteFailure): EditorState {
  const fieldErrors: Record<string, string> = {};
  if (error === 'slugTaken') fieldErrors.slug = t('errors.slugTaken');
  if (error === 'section') fieldErrors.sectionId = t('errors.section');
  return { status: 'error', message: t(`errors.${error}`), fieldErrors };
}

export async function createArticleAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  const locale = localeOf(form);
  const actor = await writer(locale);
  if (!actor) return refused(locale);
  const parsed = await parseArticle(form, locale);
  if (!parsed.input) return parsed.state;
  const result = await createArticle(actor, parsed.input);
  if (!result.ok) return failure(parsed.t, result.error);
  redirect(`/${locale}/admin/articles/${result.id}?created=1`);
}

async function save(form: FormData, autosave: boolean): Promise<EditorState> {
  const locale = localeOf(form);
  const actor = await writer(locale);
  if (!actor) return refused(locale);
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

export async function saveArticleAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  return save(form, false);
}

export async function autosaveArticleAction(form: FormData): Promise<EditorState> {
  return save(form, true);
}

export async function moveArticleAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  const locale = localeOf(form);
  const actor = await writer(locale);
  if (!actor) return refused(locale);
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const parsed = workflowInput.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return { status: 'error', message: t('errors.invalid'), fieldErrors: {} };
  const { id, step, publishAt, tzOffset } = parsed.data;
  const result = await moveArticle(actor, id, step, parseLocalDateTime(publishAt, tzOffset));
  if (!result.ok) {
    const fieldErrors: Record<string, string> = result.error === 'publishAt' ? { publishAt: t('errors.publishAt') } : {};
    return { status: 'error', message: t(`errors.${result.error}`), fieldErrors };
  }
  await afterArticleWrite(result.before, result.after);
  redirect(`/${locale}/admin/articles/${id}?done=${step}`);
}

export async function restoreRevisionAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  const locale = localeOf(form);
  const actor = await writer(locale);
  if (!actor) return refused(locale);
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const revisionId = z.coerce.number().int().positive().safeParse(form.get('revisionId'));
  if (!revisionId.success) return { status: 'error', message: t('errors.invalid'), fieldErrors: {} };
  const result = await restoreRevision(actor, revisionId.data);
  if (!result.ok) return failure(t, result.error);
  await afterArticleWrite(result.before, result.after);
  redirect(`/${locale}/admin/articles/${result.id}?done=restore`);
}

// The editor's lock: taken and renewed by the open editor, taken over on request.
const lockId = z.coerce.number().int().positive();

/** Takes or renews the lock; answers who holds it when someone else does. */
export async function heartbeatLockAction(articleId: number): Promise<LockResult> {
  const actor = (await isSameOriginAction()) ? await requireUser(canWriteArticles).catch(() => null) : null;
  const parsed = lockId.safeParse(articleId);
  if (!actor || !parsed.success) return { ok: false, error: 'forbidden' };
  return acquireLock(actor, parsed.data);
}

export async function releaseLockAction(articleId: number): Promise<void> {
  const actor = (await isSameOriginAction()) ? await requireUser(canWriteArticles).catch(() => null) : null;
  const parsed = lockId.safeParse(articleId);
  if (actor && parsed.success) await releaseLock(actor, parsed.data);
}

export async function takeOverLockAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const actor = (await isSameOriginAction()) ? await requireUser(canWriteArticles).catch(() => null) : null;
  if (!actor || !(form instanceof FormData)) redirect(`/${locale}/admin/login`);
  const parsed = lockId.safeParse(form.get('id'));
  if (parsed.success) await takeOverLock(actor, parsed.data);
  redirect(`/${locale}/admin/articles/${parsed.success ? parsed.data : ''}`);
}
