// Article bodies are sanitized when written (lib/articles/sanitize.ts), so their text is what is
// left once tags are removed. bodyToText re-parses the HTML with sanitize-html, which costs
// milliseconds per body: at ten results a page that was most of a search's time. The result is
// rendered as React text (escaped), never as HTML.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export function sanitizedHtmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[2-4]|li|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
