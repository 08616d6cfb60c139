import { bodyToText } from '@/lib/articles/sanitize';

/** Cuts text at a word boundary under `max` characters, with an ellipsis when it had to cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

// Search engines show about 160 characters of a description.
const DESCRIPTION_CHARS = 160;

/** The editor's SEO description, else the dek, else the opening of the body: never empty. */
export function articleDescription(article: { seoDescription: string; dek: string; body: string }): string {
  return article.seoDescription || article.dek || excerpt(bodyToText(article.body), DESCRIPTION_CHARS);
}
