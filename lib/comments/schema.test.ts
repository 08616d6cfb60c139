import { describe, expect, it } from 'vitest';
import { commentInputSchema, fieldErrorsOf } from './schema';

const valid = {
  locale: 'ar',
  articleId: '3',
  parentId: '',
  name: 'سلمى 👩🏽‍💻 Benali',
  email: ' Salma@Example.MA ',
  body: 'سطر أول\r\nLine two 🎉\n\n<b>not bold</b>',
  idempotencyKey: 'k'.repeat(20),
  formToken: 'x',
};

function errors(input: Record<string, unknown>) {
  const parsed = commentInputSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? null : fieldErrorsOf(parsed.error);
}

describe('comment input', () => {
  it('keeps Arabic, emoji, mixed scripts and line breaks exactly; HTML stays text', () => {
    const parsed = commentInputSchema.parse(valid);
    expect(parsed.name).toBe('سلمى 👩🏽‍💻 Benali');
    expect(parsed.body).toBe('سطر أول\nLine two 🎉\n\n<b>not bold</b>');
    expect(parsed.email).toBe('salma@example.ma');
    expect(parsed.parentId).toBeUndefined();
    expect(parsed.articleId).toBe(3);
  });

  it('removes bidi controls from names', () => {
    const parsed = commentInputSchema.parse({ ...valid, name: '\u202Eأحمد\u2066 Ali\u2069\u200F' });
    expect(parsed.name).toBe('أحمد Ali');
  });

  it('counts characters as a reader does: 80 emoji are 80 characters', () => {
    expect(commentInputSchema.safeParse({ ...valid, name: '😀'.repeat(80) }).success).toBe(true);
    expect(errors({ ...valid, name: '😀'.repeat(81) })?.fields.name).toBe('tooLong');
  });

  it('refuses over-long text instead of cutting it', () => {
    expect(commentInputSchema.safeParse({ ...valid, body: 'ب'.repeat(5000) }).success).toBe(true);
    expect(errors({ ...valid, body: 'ب'.repeat(5001) })?.fields.body).toBe('tooLong');
  });

  it('names each missing or malformed field', () => {
    const result = errors({ ...valid, name: ' \u202E ', email: '', body: '   ' });
    expect(result?.fields).toEqual({ name: 'required', email: 'required', body: 'required' });
    expect(result?.tampered).toBe(false);
    expect(errors({ ...valid, email: 'not-an-email' })?.fields.email).toBe('invalid');
  });

  it('treats a bad key, locale or article as a tampered form', () => {
    expect(errors({ ...valid, idempotencyKey: 'short' })?.tampered).toBe(true);
    expect(errors({ ...valid, locale: 'de' })?.tampered).toBe(true);
    expect(errors({ ...valid, articleId: 'x' })?.tampered).toBe(true);
  });
});
