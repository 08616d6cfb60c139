import { translatorFor } from '@/i18n/messages';
import { messagePage } from './message-page';
import { pathLocale } from './request-locale';
import { pathTo } from '@/lib/url-paths';
import { decodeOrNull } from '@/lib/utils/percent-decode';

// Slugs are at most 100 characters (200 bytes of Arabic); the page cache stores one file per
// URL and file names stop at 255 bytes, so longer segments are refused before they get there.
const MAX_SEGMENT_BYTES = 200;

/** True when a path cannot be decoded (bad UTF-8 or escape) or has an oversized segment. */
export function isMalformedPath(pathname: string): boolean {
  const decoded = decodeOrNull(pathname);
  return decoded === null || decoded.split('/').some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES);
}

/** A small self-contained 400 page in the language of the URL's first segment. */
export function badRequestResponse(pathname: string): Response {
  const locale = pathLocale(pathname);
  const t = translatorFor(locale, 'BadRequest');
  const home = { href: pathTo('/', { locale }), label: translatorFor(locale, 'NotFound')('backHome') };
  return messagePage({ locale, status: 400, title: t('title'), message: t('description'), link: home });
}
