import { siteOrigin } from '@/env';

/**
 * A state-changing request must come from this site: its Origin header (or, failing that, its
 * Referer) must name this origin or the one the request was sent to. `Origin: null` is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const requestOrigin = new URL(request.url).origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const allowed = new Set([siteOrigin, requestOrigin]);
  if (host) {
    const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
    allowed.add(`${proto}://${host}`);
  }
  const origin = request.headers.get('origin');
  if (origin !== null) return allowed.has(origin);
  const referer = request.headers.get('referer');
  if (!referer) return false;
  try {
    return allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
