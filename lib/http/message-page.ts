import type { Locale } from '@/i18n/routing';
import { escapeHtml } from '@/lib/utils/escape-html';

// A small self-contained HTML page for answers a person must read as a page (400, 413, 429, 503…)
// in their language. No script, no external resource: it needs nothing from the build (the custom
// server sends it before Next is involved) and passes the strictest Content-Security-Policy.

type Page = {
  locale: Locale;
  status: number;
  title: string;
  message: string;
  link?: { href: string; label: string };
  headers?: Record<string, string>;
};

export function messagePage({ locale, status, title, message, link, headers = {} }: Page): Response {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;text-align:center">
<main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p>
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}</main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
