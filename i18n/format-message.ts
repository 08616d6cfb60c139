import { createTranslator, hasLocale } from 'next-intl';
import { routing } from './routing';

/**
 * One message string with ICU placeholders, filled by next-intl's formatter. For client leaves of
 * the admin that receive a message as a label and learn the values only in the browser (who took
 * a lock over, how many notes an import left out); the public pages never import it, so readers
 * are not sent the formatter. `locale` may be a formatting locale such as ar-MA.
 */
export function formatMessage(locale: string, message: string, values: Record<string, string | number>): string {
  const language = locale.split('-')[0];
  const edition = hasLocale(routing.locales, language) ? language : routing.defaultLocale;
  return createTranslator({ locale: edition, messages: { message } })('message', values);
}
