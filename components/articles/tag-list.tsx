import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LinkRef } from '@/lib/articles/types';
import { pathTo } from '@/lib/url-paths';

export async function TagList({ locale, tags }: { locale: Locale; tags: LinkRef[] }) {
  if (!tags.length) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="tags-heading" className="mt-8">
      <h2 id="tags-heading" className="mb-2 text-base font-bold">
        {t('tags')}
      </h2>
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={pathTo({ pathname: '/tag/[slug]', params: { slug: tag.slug } }, { encoding: 'readable' })} rel="tag" className="tap">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
