'use server';
import type { FormState } from '@/lib/admin/form-state';
import { idOf, runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { sectionInput } from '@/lib/admin/taxonomy-schema';
import { createSection, deleteSection, updateSection } from './mutations';

export async function saveSectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = idOf(form);
  return runTaxonomyAction(form, sectionInput, (actor, input) => (id ? updateSection(actor, id, input) : createSection(actor, input)));
}

export async function deleteSectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runTaxonomyAction(form, null, (actor) => deleteSection(actor, idOf(form)));
}
