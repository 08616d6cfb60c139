import type { CommentField, FieldError } from './schema';

// Message keys in the CommentsPanel namespace for each failure a reader can meet.

export type FieldMessageKey =
  | 'errors.nameRequired'
  | 'errors.nameTooLong'
  | 'errors.emailRequired'
  | 'errors.emailInvalid'
  | 'errors.bodyRequired'
  | 'errors.bodyTooLong';

export function fieldMessageKey(field: CommentField, error: FieldError): FieldMessageKey {
  if (field === 'email') return error === 'required' ? 'errors.emailRequired' : 'errors.emailInvalid';
  if (error === 'tooLong') return field === 'name' ? 'errors.nameTooLong' : 'errors.bodyTooLong';
  return field === 'name' ? 'errors.nameRequired' : 'errors.bodyRequired';
}

/** Reads back "name:tooLong" pairs from the no-JS page's query string. */
export function parseFieldCodes(values: string[]): Partial<Record<CommentField, FieldError>> {
  const fields: Partial<Record<CommentField, FieldError>> = {};
  for (const value of values) {
    const [field, code] = value.split(':');
    if ((field === 'name' || field === 'email' || field === 'body') && (code === 'required' || code === 'tooLong' || code === 'invalid')) {
      fields[field] = code;
    }
  }
  return fields;
}
