'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { stateAction } from '@/lib/actions/guard';
import { canWriteArticles } from '@/lib/auth/permissions';
import { TAGS, expireTags } from '@/lib/cache/tags';
import { pathTo } from '@/lib/url-paths';
import { afterArticleWrite } from './after-write';
import { setHomePlacement } from './home-placement';
import { homePlacementInput, parseLocalDateTime, workflowInput } from './schema';
import { moveArticle } from './workflow';

// The editor's publishing panel: a workflow step, or the article's place on the home page. Each
// mutation checks the right to take it; these re-read the session, validate and refresh caches.

const access = { access: canWriteArticles, namespace: 'ArticleEditor', signInWhenSignedOut: true } as const;

export const moveArticleAction = stateAction(access, async ({ form, locale, actor }) => {
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
  redirect(`${pathTo({ pathname: '/admin/articles/[id]', params: { id } }, { locale })}?done=${step}`);
});

export const setHomePlacementAction = stateAction(access, async ({ form, locale, actor }) => {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const parsed = homePlacementInput.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return { status: 'error', message: t('errors.invalid'), fieldErrors: {} };
  const { id, ...placement } = parsed.data;
  const result = await setHomePlacement(actor, id, placement);
  if (!result.ok) return { status: 'error', message: t(`errors.${result.error}`), fieldErrors: {} };
  await afterArticleWrite(result.before, result.after);
  // Pinning a story not yet live still unpins the edition's live lead: home changes either way.
  expireTags(TAGS.home(result.after.locale));
  return { status: 'saved', message: t('placement.saved'), fieldErrors: {} };
});
