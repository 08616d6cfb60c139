import { createTranslator } from 'next-intl';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';
import type { Locale } from './routing';

// The catalogues for answers given outside a rendered page (the custom server's refusals, route
// handlers, the proxy), where next-intl's request config does not run. Pages, layouts and actions
// get theirs from i18n/request.ts. Server code only: a client import would ship all three.

const CATALOGUES: Record<Locale, typeof ar> = { ar, fr, en };

/** next-intl's translator for one locale and namespace: ICU placeholders and plurals included. */
export function translatorFor<Namespace extends keyof typeof ar>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}
