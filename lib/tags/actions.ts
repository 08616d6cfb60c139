'use server';
import { idOf, taxonomyAction } from '@/lib/taxonomy/action';
import { tagInput } from '@/lib/taxonomy/schema';
import { deleteTag, updateTag } from './mutations';

export const saveTagAction = taxonomyAction(tagInput, (actor, input, form) => updateTag(actor, idOf(form), input));

export const deleteTagAction = taxonomyAction(null, (actor, _input, form) => deleteTag(actor, idOf(form)));
