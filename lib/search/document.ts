import { bodyToText } from '@/lib/articles/sanitize';
import { asSearchLocale, searchDocument } from './normalize';

// What the indexes read: every write of an article's or a comment's text stores these columns,
// and the search migration's triggers index them in the same transaction.

export type ArticleSearchFields = { searchTitle: string; searchText: string };

/** Search terms of the title (weighted higher) and of the dek and body text. */
export function articleSearchFields(input: { locale: string; title: string; dek: string; body: string }): ArticleSearchFields {
  const locale = asSearchLocale(input.locale);
  return {
    searchTitle: searchDocument(input.title, locale),
    searchText: searchDocument(`${input.dek}\n${bodyToText(input.body)}`, locale),
  };
}

/** Comments mix languages: Arabic rules, Latin words folded but not stemmed. */
export function commentSearchText(authorName: string, body: string): string {
  return searchDocument(`${authorName}\n${body}`, 'ar');
}
