import { sanitizeBody } from '@/lib/articles/sanitize';

/** Body HTML is sanitized again on render, so a row saved under older rules is still safe. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: sanitizeBody(html) }} />;
}
