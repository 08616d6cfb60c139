'use server';
import { idOf, taxonomyAction } from '@/lib/taxonomy/action';
import { authorInput } from '@/lib/taxonomy/schema';
import { deleteAuthor, saveAuthor } from './mutations';

export const saveAuthorAction = taxonomyAction(authorInput, (actor, input, form) => saveAuthor(actor, idOf(form) || null, input));

export const deleteAuthorAction = taxonomyAction(null, (actor, _input, form) => deleteAuthor(actor, idOf(form)));
