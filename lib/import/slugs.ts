import { slugParam } from '@/lib/url-params';
import { slugify } from '@/lib/utils/arabic';
import { normalizeLegacyPath } from './legacy-paths';

/**
 * WordPress stores non-Latin slugs percent-encoded ("%d8%a7…"); the product keeps them as
 * letters. A slug the product would refuse is rebuilt from itself (or the fallback text).
 */
export function importedSlug(wpSlug: string, fallback: string): string {
  const decoded = wpSlug ? normalizeLegacyPath(wpSlug) : null;
  if (decoded && slugParam.safeParse(decoded).success) return decoded;
  return slugify(decoded || fallback) || slugify(fallback) || 'item';
}
