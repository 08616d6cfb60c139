import type { Locale } from './routing';

// The comment panel's messages, for a client leaf that opens the panel on a reader's first click:
// the article page does not send them, and each edition's catalogue is its own chunk, so the click
// loads only the reader's language.
const CATALOGUES = {
  ar: () => import('../messages/ar.json'),
  fr: () => import('../messages/fr.json'),
  en: () => import('../messages/en.json'),
} satisfies Record<Locale, () => Promise<unknown>>;

/** The `Comments` and `CommentsPanel` namespaces of one edition. */
export async function loadCommentsMessages(locale: Locale) {
  const { Comments, CommentsPanel } = (await CATALOGUES[locale]()).default;
  return { Comments, CommentsPanel };
}
