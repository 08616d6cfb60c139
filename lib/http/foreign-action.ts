import type { IncomingHttpHeaders } from 'node:http';

// Next.js answers a Server Action whose Origin does not match the host with a 500. A forged
// cross-site call is a client error: server.ts refuses it with 403 before Next sees it. An action
// with no Origin at all reaches the app, whose actions refuse it themselves (isSameOriginAction).

/** True for a Server Action POST whose Origin header names another site, or is `null`. */
export function isForeignServerAction(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'POST' || !headers['next-action']) return false;
  const origin = headers.origin;
  if (origin === undefined) return false;
  const host = headers['x-forwarded-host'] ?? headers.host;
  if (!host || origin === 'null') return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const MESSAGE: Record<string, string> = {
  ar: 'رُفض الطلب: مصدره موقع آخر.',
  fr: 'Requête refusée : elle vient d’un autre site.',
  en: 'Request refused: it comes from another site.',
};

/** The refusal in the language of the URL's first segment (Arabic by default). */
export function foreignActionMessage(url: string | undefined): string {
  const locale = (url ?? '').split('/')[1] ?? '';
  return MESSAGE[locale] ?? MESSAGE.ar!;
}
