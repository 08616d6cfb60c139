import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/seo/json-ld';
import { getPublishedArticle } from '@/lib/articles/queries';
import { db } from '@/lib/db';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import seed from '@/prisma/demo/seed-article.json';
import { absoluteUrl } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { slugify } from '@/lib/utils/arabic';
import { articleStructuredData } from './article';
import { websiteJsonLd } from './json-ld';
import { publisherOf } from './publisher';

const labels = { siteName: 'مداد', home: 'الرئيسية', feedTitle: 'مداد: آخر الأخبار' };
const scripts = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));

beforeAll(async () => {
  await seedDemoContent(db);
});

describe('article JSON-LD', () => {
  it('describes the seed column as an OpinionNewsArticle with author, publisher and breadcrumbs', async () => {
    const article = (await getPublishedArticle('ar', slugify(seed.title)))!;
    const [data, crumbs] = scripts(renderToStaticMarkup(<JsonLd data={articleStructuredData(article, labels)} />))[0];
    const url = absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale: 'ar' }));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      url,
      headline: seed.title,
      datePublished: '2023-02-22T09:00:00+01:00',
      articleSection: 'على مسؤوليتي',
      inLanguage: 'ar',
      isAccessibleForFree: true,
      author: [{ '@type': 'Person', name: 'ادريس العاشري', url: absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: 'ادريس-العاشري' } }, { locale: 'ar' })) }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'مداد',
        logo: { '@type': 'ImageObject', url: absoluteUrl('/brand/logo.png'), width: 600, height: 60 },
      },
    });
    // The column has no dek: its description is the opening of its first paragraph.
    expect(data.description.length).toBeLessThanOrEqual(160);
    expect(seed.paragraphs[0]!.replace(/\s+/g, ' ').startsWith(data.description.replace(/…$/, ''))).toBe(true);
    expect(data.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    // The demo picture is an SVG, which networks do not show: the generated card stands in.
    expect(data.image).toEqual([expect.stringMatching(new RegExp(`^${absoluteUrl(`/media/og/${article.id}.png`)}\\?v=`))]);
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: absoluteUrl('/ar') },
      { '@type': 'ListItem', position: 2, name: 'على مسؤوليتي', item: absoluteUrl(pathTo({ pathname: '/section/[slug]', params: { slug: 'ala-masouliyati' } }, { locale: 'ar' })) },
      { '@type': 'ListItem', position: 3, name: seed.title, item: url },
    ]);
  });

  it('cannot be broken out of by a title holding </script>', async () => {
    const article = (await getPublishedArticle('ar', slugify(seed.title)))!;
    const title = 'عنوان </script><script>alert(1)</script> & <!-- -->';
    const html = renderToStaticMarkup(<JsonLd data={articleStructuredData({ ...article, title }, labels)} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(scripts(html)[0][0].headline).toBe(title);
  });
});

describe('WebSite JSON-LD', () => {
  it('offers a search action into the edition’s search page', () => {
    const data = websiteJsonLd('ar', publisherOf('ar', 'مداد'));
    expect(data['@type']).toBe('WebSite');
    expect(data.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${absoluteUrl('/ar/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});
