import { decodeOrNull } from '@/lib/utils/percent-decode';

// The key under which an old WordPress address is stored: decoded (Arabic slugs arrive raw or
// percent-encoded), NFC, lower case, without the outer slashes; "?p=123" for the query form.
// Pure, so the server can decide without the database that most requests are not old links.

const LOCALE_OR_APP = /^\/(?:ar|fr|en|api|_next|_vercel|media|feeds|sitemaps?|robots)(?:[/.?]|$)/i;

export function normalizeLegacyPath(path: string): string | null {
  return decodeOrNull(path)?.normalize('NFC').toLowerCase().replace(/^\/+|\/+$/g, '') ?? null;
}

/** The stored key an address would have, or null when it cannot be an old WordPress link. */
export function legacyKeyOf(url: string): string | null {
  const [pathname = '', query = ''] = url.split('?', 2);
  if (LOCALE_OR_APP.test(pathname)) return null;
  if (pathname === '/' || pathname === '') {
    const id = new URLSearchParams(query).get('p');
    return id && /^\d{1,12}$/.test(id) ? `?p=${id}` : null;
  }
  // Files (favicon.ico, wp-login.php) are not permalinks.
  if (/\.[a-z0-9]{1,5}\/?$/i.test(pathname)) return null;
  const key = normalizeLegacyPath(pathname);
  return key && key.length <= 600 ? key : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The addresses WordPress gives a post under its usual permalink settings. */
export function postKeys(wpId: string, slug: string, localDate: Date | null): string[] {
  const keys = [`?p=${wpId}`];
  const decoded = slug ? normalizeLegacyPath(slug) : null;
  if (!decoded) return keys;
  keys.push(decoded);
  if (localDate) {
    const y = localDate.getUTCFullYear();
    const m = pad(localDate.getUTCMonth() + 1);
    keys.push(`${y}/${m}/${pad(localDate.getUTCDate())}/${decoded}`, `${y}/${m}/${decoded}`);
  }
  return keys;
}
