// Response headers every answer carries (pages, feeds, sitemaps, JSON, errors, media), set by
// the custom server before anything else answers, and the admin's nonce-based policy, set by
// the proxy. No Node imports: proxy.ts runs this too.
//
// Why two policies. The admin is rendered for each request, so each response gets a fresh
// nonce and `'strict-dynamic'`: only scripts Next marks with that nonce (and what they load)
// run. Public pages are cached whole and served to everyone, so a nonce would be the same for
// every reader (worthless) and Next's inline scripts (the page's RSC payload, different on each
// page) cannot be listed by hash without rewriting every cached body. Public pages therefore
// allow inline scripts but no script from anywhere but this origin, no eval, no plugins, no
// <base>, no framing by other sites; what a reader or editor writes is sanitised on the server,
// which is the defence that matters there.

const COMMON = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  // Article images may be hotlinked from other sites over https; the editor previews blobs.
  "img-src 'self' data: blob: https:",
  // next/font and the editor set inline styles; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
];

export const PUBLIC_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join('; ');

/** The admin's policy for one response: only scripts carrying `nonce` (and what they load). */
export function adminCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join('; ');
}

/** A fresh nonce for one admin response (Web Crypto: the proxy runs outside Node's crypto). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export const isAdminPath = (pathname: string): boolean => /^\/(?:ar|fr|en)\/admin(?:\/|$)/.test(pathname);

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers of every response. HSTS only when the site is reached over HTTPS: its public
 * address is https, or a trusted proxy says the request came in over https.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': PUBLIC_CSP,
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
  };
  if (options.https) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
