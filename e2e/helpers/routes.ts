import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Finds the app's admin pages and route handlers on disk, so the security tests cover pages
// and handlers added later without anyone listing them.

function walk(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The URL a file under app/ answers, with sample values for dynamic segments. */
export function urlOf(file: string, locale = 'ar'): string {
  const segments = path
    .relative('app', path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !/^\[\[\.\.\..*\]\]$/.test(segment))
    .map((segment) => (segment === '[locale]' ? locale : /^\[.*\]$/.test(segment) ? '1' : segment));
  return '/' + segments.join('/');
}

/**
 * Admin pages that anyone may open: signing in, accepting an invitation and choosing a new
 * password with a reset link (the link is the key).
 */
export const PUBLIC_ADMIN_PAGES = ['/ar/admin/login', '/ar/admin/invite/1', '/ar/admin/reset/1'];

export function adminPages(): string[] {
  return walk('app', 'page.tsx')
    .filter((file) => file.split(path.sep).includes('admin'))
    .map((file) => urlOf(file))
    .sort();
}

export type RouteHandler = { file: string; url: string; methods: string[] };

export function routeHandlers(): RouteHandler[] {
  return walk('app', 'route.ts')
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const methods = [...source.matchAll(/export\s+(?:async\s+function|const|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map(
        (match) => match[1]!,
      );
      return { file, url: urlOf(file), methods };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Exported functions of every 'use server' file: the Server Actions a client can call. */
export function serverActionFiles(): { file: string; exports: string[] }[] {
  return walk('lib', 'actions.ts')
    .concat(walk('app', 'actions.ts'))
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const exports = [...source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((match) => match[1]!);
      return { file, exports, isServer: /^\s*['"]use server['"]/.test(source) };
    })
    .filter((entry) => entry.isServer)
    .map(({ file, exports }) => ({ file, exports }));
}
