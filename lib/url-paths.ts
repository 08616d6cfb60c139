// Every localized route of the site, declared once, and the one function that turns a route into a
// path. Free of configuration and server code, so client components build links with it too.
//
// The table uses next-intl's `pathnames` notation so that it can become `routing.pathnames` the day
// a route gets a translated path. Until then next-intl's own `getPathname` stays out: its module
// also holds next-intl's client Link, and importing it on the server makes every page that does
// send that Link, with the ICU message formatter, to every reader.

export const pathnames = {
  '/': '/',
  '/news/[slug]': '/news/[slug]',
  '/news/[slug]/comments': '/news/[slug]/comments',
  '/section/[slug]': '/section/[slug]',
  '/author/[slug]': '/author/[slug]',
  '/tag/[slug]': '/tag/[slug]',
  '/search': '/search',
  '/preview': '/preview',
  '/admin': '/admin',
  '/admin/login': '/admin/login',
  '/admin/invite/[token]': '/admin/invite/[token]',
  '/admin/reset/[token]': '/admin/reset/[token]',
  '/admin/articles': '/admin/articles',
  '/admin/articles/new': '/admin/articles/new',
  '/admin/articles/[id]': '/admin/articles/[id]',
  '/admin/articles/[id]/revisions': '/admin/articles/[id]/revisions',
  '/admin/preview/[id]': '/admin/preview/[id]',
  '/admin/media': '/admin/media',
  '/admin/comments': '/admin/comments',
  '/admin/stats': '/admin/stats',
  '/admin/users': '/admin/users',
  '/admin/sections': '/admin/sections',
  '/admin/tags': '/admin/tags',
  '/admin/authors': '/admin/authors',
  '/admin/audit': '/admin/audit',
  '/admin/import': '/admin/import',
  '/admin/account': '/admin/account',
} as const;

export type Route = keyof typeof pathnames;

type ParamNames<Pattern> = Pattern extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;

/** A route with no parameter by its name, one with parameters as next-intl writes it: `{ pathname, params }`. */
export type Href = {
  [R in Route]: [ParamNames<R>] extends [never] ? R : { pathname: R; params: Record<ParamNames<R>, string | number> };
}[Route];

export type PathOptions = {
  /** The edition the path starts with; without it the path is left for the locale-aware Link to prefix. */
  locale?: string;
  /**
   * `full` (the default) percent-encodes every parameter: addresses for crawlers and other sites
   * (canonical, hreflang, sitemaps, feeds, redirects, revalidation). `readable` keeps letters,
   * digits and marks of any script as they are, for hrefs inside our own pages: an Arabic letter
   * is 2 bytes that way and 6 once percent-encoded, each link is sent twice (markup and flight
   * data), and the browser encodes the path itself when it follows the link.
   */
  encoding?: 'full' | 'readable';
};

/**
 * `encodeURIComponent` that leaves letters, digits and marks of any script as they are: a browser
 * following the link encodes them itself, so the request is the same and an Arabic letter is 2
 * bytes in the page instead of 6.
 */
export const encodeReadable = (value: string) => value.replace(/[^\p{L}\p{N}\p{M}\-._~]/gu, (character) => encodeURIComponent(character));

/** The path of a route: `pathTo({ pathname: '/news/[slug]', params: { slug } }, { locale: 'ar' })` is `/ar/news/%D8%…`. */
export function pathTo(href: Href, { locale, encoding = 'full' }: PathOptions = {}): string {
  const encode = encoding === 'readable' ? encodeReadable : encodeURIComponent;
  const pattern: string = typeof href === 'string' ? pathnames[href] : pathnames[href.pathname];
  const params: Record<string, string | number> = typeof href === 'string' ? {} : href.params;
  const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encode(String(params[name])));
  return locale === undefined ? path : inLocale(locale, path);
}

/**
 * A path without its edition (`/news/x`, as the locale-aware Link and the route table write it)
 * in a given edition: `/ar/news/x`, and `/ar` for the home page.
 */
export function inLocale(locale: string, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
