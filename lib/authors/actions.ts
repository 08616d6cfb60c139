'use server';
import type { FormState } from '@/lib/admin/form-state';
import { idOf, runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { authorInput } from '@/lib/admin/taxonomy-schema';
import { deleteAuthor, saveAuthor } from './mutations';

export async function saveAuthorAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = idOf(form);
  return runTaxonomyAction(form, authorInput, (actor, input) => saveAuthor(actor, id || null, input));
}

export async function deleteAuthorAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runTaxonomyAction(form, null, (actor) => deleteAuthor(actor, idOf(form)));
}
