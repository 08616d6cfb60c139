import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// Slugs are at most 100 characters (200 bytes of Arabic); the page cache stores one file per
// URL and file names stop at 255 bytes, so longer segments are refused before they get there.
const MAX_SEGMENT_BYTES = 200;
const MESSAGES = { ar, fr, en } as const;

/** True when a path cannot be decoded (bad UTF-8 or escape) or has an oversized segment. */
export function isMalformedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.split('/').some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A small self-contained 400 page in the language of the URL's first segment. */
export function badRequestResponse(pathname: string): Response {
  const first = pathname.split('/')[1];
  const locale = first === 'fr' || first === 'en' ? first : 'ar';
  const { BadRequest, NotFound } = MESSAGES[locale];
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(BadRequest.title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;text-align:center">
<main><h1>${escape(BadRequest.title)}</h1><p>${escape(BadRequest.description)}</p>
<p><a href="/${locale}">${escape(NotFound.backHome)}</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
