import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import type { LinkRef } from '@/lib/articles/types';
import { pathTo } from '@/lib/url-paths';
import { HeadedList } from '@/components/ui/headed-section';

export async function TagList({ locale, tags }: { locale: Locale; tags: LinkRef[] }) {
  if (!tags.length) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <HeadedList id="tags-heading" heading={t('tags')} className="mt-8" headingClassName="mb-2 text-base font-bold" listClassName="tag-list" items={tags} itemKey={(tag) => tag.slug}>
      {(tag) => (
        <SiteLink href={pathTo({ pathname: '/tag/[slug]', params: { slug: tag.slug } }, { encoding: 'readable' })} rel="tag" className="tap">
          {tag.name}
        </SiteLink>
      )}
    </HeadedList>
  );
}
