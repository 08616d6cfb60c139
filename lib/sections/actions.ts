'use server';
import { idOf, taxonomyAction } from '@/lib/taxonomy/action';
import { sectionInput } from '@/lib/taxonomy/schema';
import { createSection, deleteSection, updateSection } from './mutations';

export const saveSectionAction = taxonomyAction(sectionInput, (actor, input, form) => {
  const id = idOf(form);
  return id ? updateSection(actor, id, input) : createSection(actor, input);
});

export const deleteSectionAction = taxonomyAction(null, (actor, _input, form) => deleteSection(actor, idOf(form)));
