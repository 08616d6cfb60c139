import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { stateAction } from '@/lib/actions/guard';
import { fieldErrorsOf, type ActionState } from '@/lib/actions/state';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { TAGS, expireTags } from '@/lib/cache/tags';
import type { SessionUser } from '@/lib/auth/roles';
import { parseRecordId } from '@/lib/db/record-id';
import type { TaxonomyResult } from './types';

// The shared body of the sections, tags and authors actions: guard (origin, session, locale) →
// zod → mutation → refresh → translated state. Section, tag and author names show in the header
// and on many pages, so a change refreshes every page of the editions concerned.

export function taxonomyAction<T>(
  schema: z.ZodType<T> | null,
  mutate: (actor: SessionUser, input: T, form: FormData) => Promise<TaxonomyResult>,
): (previous: ActionState, form: FormData) => Promise<ActionState> {
  return stateAction({ access: canManageTaxonomy, namespace: 'Taxonomy' }, async ({ form, locale, actor }) => {
    const t = await getTranslations({ locale, namespace: 'Taxonomy' });
    let input = undefined as T;
    if (schema) {
      const parsed = schema.safeParse(Object.fromEntries(form.entries()));
      if (!parsed.success) {
        // The Taxonomy messages have no "too long": a name or slug past its limit reads as invalid.
        const fieldErrors = fieldErrorsOf(parsed.error, (key) => t(`errors.${key === 'tooLong' ? 'invalid' : key}`));
        return { status: 'error', message: t('errors.invalid'), fieldErrors };
      }
      input = parsed.data;
    }
    const result = await mutate(actor, input, form);
    if (!result.ok) {
      const fieldErrors: Record<string, string> = result.error === 'slugTaken' ? { slug: t('errors.slugTaken') } : {};
      return { status: 'error', message: t(`errors.${result.error}`), fieldErrors };
    }
    expireTags(...result.locales.map(TAGS.edition), TAGS.feeds, TAGS.sitemaps);
    return { status: 'saved', message: t('saved'), fieldErrors: {} };
  });
}

/** The record id a form names, or 0 (found by nothing) when it is missing or not a safe integer. */
export const idOf = (form: FormData) => parseRecordId(form.get('id')) ?? 0;
