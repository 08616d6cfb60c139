import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { requireUser } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { TAGS, expireTags } from '@/lib/cache/tags';
import { isSameOriginAction } from '@/lib/security/action-origin';
import type { SessionUser } from '@/lib/auth/roles';
import { fieldErrorKeys, type FormState, type TaxonomyResult } from './form-state';

// The shared body of the sections, tags and authors actions: session → zod → mutation →
// refresh → translated state. Section, tag and author names show in the header and on many
// pages, so a change refreshes every page of the editions concerned.

export async function runTaxonomyAction<T>(
  form: FormData,
  schema: z.ZodType<T> | null,
  mutate: (actor: SessionUser, input: T) => Promise<TaxonomyResult>,
): Promise<FormState> {
  const locale: Locale = z.enum(routing.locales).catch('ar').parse(form instanceof FormData ? form.get('locale') : undefined);
  const t = await getTranslations({ locale, namespace: 'Taxonomy' });
  const sameSite = await isSameOriginAction();
  const actor = sameSite ? await requireUser(canManageTaxonomy).catch(() => null) : null;
  if (!actor) return { status: 'error', message: t('errors.forbidden'), fieldErrors: {} };
  let input = undefined as T;
  if (schema) {
    const parsed = schema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success) {
      const keys = fieldErrorKeys(parsed.error);
      const fieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t(`errors.${key}`)]));
      return { status: 'error', message: t('errors.invalid'), fieldErrors };
    }
    input = parsed.data;
  }
  const result = await mutate(actor, input);
  if (!result.ok) {
    const fieldErrors: Record<string, string> = result.error === 'slugTaken' ? { slug: t('errors.slugTaken') } : {};
    return { status: 'error', message: t(`errors.${result.error}`), fieldErrors };
  }
  expireTags(...result.locales.map(TAGS.edition), TAGS.feeds, TAGS.sitemaps);
  return { status: 'saved', message: t('saved'), fieldErrors: {} };
}

// Actions can be called directly with anything as arguments: read the form only if it is one.
export const idOf = (form: FormData) =>
  z.coerce.number().int().positive().catch(0).parse(form instanceof FormData ? form.get('id') : undefined);
