import { sanitizeBody } from '@/lib/articles/sanitize';
import { withBodySrcSets } from '@/lib/media/responsive';

/** Body HTML is sanitized again on render, so a row saved under older rules is still safe. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: withBodySrcSets(sanitizeBody(html)) }} />;
}
