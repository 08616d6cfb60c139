// Which cached pages an announced tag expiry reaches.
//
// Data tags (article:12, home:ar …) reach the pages that recorded them. Next's revalidatePath(p)
// arrives as an implicit tag, `_N_T_` + p with `/layout` or `/page` appended for the typed calls
// (next/dist/server/web/spec-extension/revalidate.js): a plain path is that page, `p/layout` is
// everything under p, and p may be a route pattern (`/[locale]/news/[slug]`), matched here as one.

import { decodeOrNull } from '@/lib/utils/percent-decode';

const IMPLICIT_TAG = '_N_T_';

function decoded(text: string): string {
  return decodeOrNull(text) ?? text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A route path (`/[locale]/(site)/news/[slug]`) as a regular-expression source for real paths. */
function routeSource(route: string): string {
  return route
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith('@'))
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return '(?:/.*)?';
      if (/^\[\.\.\..+\]$/.test(segment)) return '/.+';
      if (/^\[.+\]$/.test(segment)) return '/[^/]+';
      return '/' + escapeRegExp(segment);
    })
    .join('');
}

/** Whether the implicit tag `_N_T_<rest>` covers the page at `path` (a decoded pathname). */
export function implicitTagCovers(rest: string, path: string): boolean {
  const target = decoded(rest) === '/index' ? '/' : decoded(rest);
  // A literal page whose last segment happens to be named "page" or "layout" is covered too.
  if (target === path) return true;
  const typed = /^(.*?)\/(layout|page|route)$/.exec(target);
  const base = typed ? typed[1]! : target;
  const source = routeSource(base);
  const below = typed?.[2] === 'layout' ? '(?:/.*)?' : '';
  return new RegExp(`^${source || (below ? '' : '/')}${below}$`).test(path);
}

/**
 * Whether an announcement of `announced` tags drops the page at `path` that recorded `tags`
 * (undefined: its tags were unknown when it was stored, so any announcement drops it).
 */
export function announcementDrops(path: string, tags: readonly string[] | undefined, announced: readonly string[]): boolean {
  if (!tags) return true;
  return announced.some(
    (tag) => tags.includes(tag) || (tag.startsWith(IMPLICIT_TAG) && implicitTagCovers(tag.slice(IMPLICIT_TAG.length), path)),
  );
}
