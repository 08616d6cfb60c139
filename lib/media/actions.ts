'use server';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { stateAction } from '@/lib/actions/guard';
import { fieldErrorsOf } from '@/lib/actions/state';
import { canUploadMedia } from '@/lib/auth/permissions';
import { recordIdSchema } from '@/lib/db/record-id';
import { updateMediaDetails } from './library';
import { pathTo } from '@/lib/url-paths';

const detailsInput = z.object({
  id: recordIdSchema,
  alt: z.string().trim().max(300),
  caption: z.string().trim().max(500),
  credit: z.string().trim().max(200),
});

/** Saves a picture's alternative text, caption and photo credit from the media library. */
export const saveMediaDetailsAction = stateAction({ access: canUploadMedia, namespace: 'ArticleEditor' }, async ({ form, locale, actor }) => {
  const t = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const parsed = detailsInput.safeParse(Object.fromEntries(['id', 'alt', 'caption', 'credit'].map((name) => [name, String(form.get(name) ?? '')])));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, (key) => t(`errors.${key}`));
    return { status: 'error', message: t('errors.fix'), fieldErrors };
  }
  const { id, ...details } = parsed.data;
  const result = await updateMediaDetails(actor, id, details);
  if (result !== 'ok') return { status: 'error', message: t(`errors.${result}`), fieldErrors: {} };
  revalidatePath(pathTo('/admin/media', { locale }));
  return { status: 'saved', message: t('saved'), fieldErrors: {} };
});
