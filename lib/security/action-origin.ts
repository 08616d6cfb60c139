import 'server-only';
import { headers } from 'next/headers';
import { siteOrigin } from '@/env';

/**
 * For Server Actions: true when the request's Origin (or Referer) is this site. Next.js lets an
 * action without an Origin through; ours refuse it too, as well as `Origin: null`.
 */
export async function isSameOriginAction(): Promise<boolean> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host');
  const proto = list.get('x-forwarded-proto') ?? (siteOrigin.startsWith('https:') ? 'https' : 'http');
  const allowed = new Set([siteOrigin]);
  if (host) {
    allowed.add(`${proto}://${host}`);
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  const origin = list.get('origin');
  if (origin !== null) return allowed.has(origin);
  const referer = list.get('referer');
  try {
    return !!referer && allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
