'use server';
import type { FormState } from '@/lib/admin/form-state';
import { idOf, runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { tagInput } from '@/lib/admin/taxonomy-schema';
import { deleteTag, updateTag } from './mutations';

export async function saveTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runTaxonomyAction(form, tagInput, (actor, input) => updateTag(actor, idOf(form), input));
}

export async function deleteTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runTaxonomyAction(form, null, (actor) => deleteTag(actor, idOf(form)));
}
