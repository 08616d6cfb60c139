import 'server-only';
import { slugify } from '@/lib/utils/arabic';

/**
 * The slug a section, tag or author is saved under: the one typed, else one made from the name.
 * Null when that is empty (a name of punctuation only) or another record of the kind holds it;
 * `holder` finds the record of the kind with a slug, `id` is the record being saved (null: new).
 */
export async function freeSlug(
  input: { name: string; slug: string },
  id: number | null,
  holder: (slug: string) => Promise<{ id: number } | null>,
): Promise<string | null> {
  const slug = input.slug || slugify(input.name);
  if (!slug) return null;
  const other = await holder(slug);
  return other && other.id !== id ? null : slug;
}
