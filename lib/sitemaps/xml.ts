// Pure XML pieces for sitemaps.org and Google News sitemaps; the routes stream them.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML and drops characters XML 1.0 cannot carry (control characters). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export const urlsetOpen = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n`;
export const newsUrlsetOpen = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n`;
export const urlsetClose = '</urlset>\n';
export const indexOpen = `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n`;
export const indexClose = '</sitemapindex>\n';

export type UrlEntry = { loc: string; lastmod?: string };
export type NewsEntry = {
  loc: string;
  publicationName: string;
  language: string;
  publicationDate: string;
  title: string;
};

export function urlEntry({ loc, lastmod }: UrlEntry): string {
  const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
  return `<url><loc>${escapeXml(loc)}</loc>${modified}</url>\n`;
}

export function sitemapEntry({ loc, lastmod }: UrlEntry): string {
  const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
  return `<sitemap><loc>${escapeXml(loc)}</loc>${modified}</sitemap>\n`;
}

export function newsEntry(entry: NewsEntry): string {
  return (
    `<url><loc>${escapeXml(entry.loc)}</loc><news:news><news:publication>` +
    `<news:name>${escapeXml(entry.publicationName)}</news:name>` +
    `<news:language>${escapeXml(entry.language)}</news:language></news:publication>` +
    `<news:publication_date>${entry.publicationDate}</news:publication_date>` +
    `<news:title>${escapeXml(entry.title)}</news:title></news:news></url>\n`
  );
}
