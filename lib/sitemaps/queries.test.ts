import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import seed from '@/prisma/demo/seed-article.json';
import { parseXml, schemaErrors } from '@/test/helpers/xml-validate';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { slugify } from '@/lib/utils/arabic';
import { publishedWhere } from '@/lib/articles/status';
import { isoWithOffset } from '@/lib/seo/dates';
import {
  articleSitemapEntries,
  listArticleChunks,
  listingSitemapEntries,
  newsSitemapEntries,
  SITEMAP_LIMIT,
  sitemapIndexEntries,
} from './queries';
import { readStream, xmlStream } from './stream';
import { indexClose, indexOpen, newsUrlsetOpen, urlsetClose, urlsetOpen } from './xml';

const now = new Date();
const render = (head: string, body: AsyncIterable<string>) =>
  readStream(xmlStream(head, body, head === indexOpen ? indexClose : urlsetClose));
const locs = (doc: { urlset?: { url: { loc: string }[] } }) => (doc.urlset?.url ?? []).map((url) => url.loc);

let sectionId = 0;
beforeAll(async () => {
  await seedDemoContent(db, now);
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: 'politics' } })).id;
  const base = { locale: 'ar', body: '<p>x</p>', sectionId };
  await db.article.create({ data: { ...base, slug: 'مسودة-خفية', title: 'مسودة', status: 'draft' } });
  await db.article.create({
    data: { ...base, slug: 'غدا', title: 'لاحقا', status: 'scheduled', publishedAt: new Date(now.getTime() + 3_600_000) },
  });
  // An id past the first block: the article lands in the second article sitemap.
  await db.article.create({
    data: {
      ...base, id: SITEMAP_LIMIT + 7, slug: 'خبر-بعيد', title: 'عنوان فيه <وسم> & "اقتباس"', status: 'published',
      publishedAt: new Date(now.getTime() - 60_000),
    },
  });
});

describe('sitemap index', () => {
  it('names each non-empty article block, the listings and the news sitemap, and validates', async () => {
    const xml = await render(indexOpen, sitemapIndexEntries(now));
    expect(await schemaErrors(xml, 'index')).toEqual([]);
    const entries = parseXml(xml).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
    expect(entries.map((entry) => entry.loc)).toEqual([
      absoluteUrl(crawlerPaths.articleSitemap(1)),
      absoluteUrl(crawlerPaths.articleSitemap(2)),
      absoluteUrl('/sitemaps/sections.xml'),
      absoluteUrl('/sitemaps/authors.xml'),
      absoluteUrl('/sitemaps/tags.xml'),
      absoluteUrl('/sitemaps/news.xml'),
    ]);
    expect(entries[0]!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it("dates each block by its newest live article's change: the draft and the future article changed since do not count", async () => {
    const newestLive = async (block: number) => {
      const where = { AND: [{ id: { gt: (block - 1) * SITEMAP_LIMIT, lte: block * SITEMAP_LIMIT } }, publishedWhere(now)] };
      return isoWithOffset((await db.article.aggregate({ where, _max: { updatedAt: true } }))._max.updatedAt!);
    };
    expect(await listArticleChunks(now)).toEqual([
      { chunk: 1, lastmod: await newestLive(1) },
      { chunk: 2, lastmod: await newestLive(2) },
    ]);
    const draft = await db.article.findFirstOrThrow({ where: { status: 'draft' }, orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } });
    expect((await listArticleChunks(now))[0]!.lastmod).not.toBe(isoWithOffset(draft.updatedAt));
  });
});

describe('article sitemaps', () => {
  it('list every published article once, with its encoded URL and lastmod, and nothing else', async () => {
    const xml = await render(urlsetOpen, articleSitemapEntries(1, now));
    expect(await schemaErrors(xml, 'urlset')).toEqual([]);
    const doc = parseXml(xml);
    const urls = locs(doc);
    const published = await db.article.count({ where: { status: 'published', id: { lte: SITEMAP_LIMIT } } });
    expect(urls).toHaveLength(published);
    expect(new Set(urls).size).toBe(urls.length);
    const seedUrl = absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: slugify(seed.title) } }, { locale: 'ar' }));
    expect(urls).toContain(seedUrl);
    // Arabic slugs are percent-encoded in upper case, the same as links and canonicals.
    expect(seedUrl).toMatch(/\/ar\/news\/(%[0-9A-F]{2})+/);
    expect(urls.some((url) => url.includes(encodeURIComponent('مسودة-خفية')))).toBe(false);
    expect(urls.some((url) => url.includes(encodeURIComponent('غدا')))).toBe(false);
    expect(doc.urlset.url.every((url: { lastmod?: string }) => /[+-]\d\d:\d\d$/.test(url.lastmod ?? ''))).toBe(true);
  });

  it('put an id past the limit in the next block', async () => {
    const second = locs(parseXml(await render(urlsetOpen, articleSitemapEntries(2, now))));
    expect(second).toEqual([absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: 'خبر-بعيد' } }, { locale: 'ar' }))]);
    expect(locs(parseXml(await render(urlsetOpen, articleSitemapEntries(1, now))))).not.toContain(second[0]);
  });
});

describe('listing sitemaps', () => {
  it.each(['sections', 'authors', 'tags'] as const)('%s validate and link pages that have articles', async (kind) => {
    const xml = await render(urlsetOpen, listingSitemapEntries(kind, now));
    expect(await schemaErrors(xml, 'urlset')).toEqual([]);
    const urls = locs(parseXml(xml));
    const expected = {
      sections: absoluteUrl(pathTo({ pathname: '/section/[slug]', params: { slug: 'ala-masouliyati' } }, { locale: 'ar' })),
      authors: absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: 'ادريس-العاشري' } }, { locale: 'ar' })),
      tags: absoluteUrl(pathTo({ pathname: '/tag/[slug]', params: { slug: 'التعاون-الدولي' } }, { locale: 'ar' })),
    }[kind];
    expect(urls).toContain(expected);
    expect(new Set(urls).size).toBe(urls.length);
    // The French author writes only in French: no empty Arabic page for her.
    if (kind === 'authors') expect(urls).not.toContain(absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: 'claire-benali' } }, { locale: 'ar' })));
  });
});

describe('news sitemap', () => {
  it('holds only the last 48 hours, with publication name, language, date and escaped title', async () => {
    const xml = await render(newsUrlsetOpen, newsSitemapEntries(now));
    expect(await schemaErrors(xml, 'news')).toEqual([]);
    const urls = parseXml(xml).urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
    const fresh = await db.article.count({
      where: { status: 'published', publishedAt: { gte: new Date(now.getTime() - 48 * 3_600_000), lte: now } },
    });
    expect(urls).toHaveLength(fresh);
    expect(fresh).toBeGreaterThan(0);
    // The seed article is from 2023: far outside the window.
    expect(urls.map((url) => url.loc)).not.toContain(absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: slugify(seed.title) } }, { locale: 'ar' })));
    const far = urls.find((url) => url.loc === absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: 'خبر-بعيد' } }, { locale: 'ar' })))!;
    expect(far['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'مداد', 'news:language': 'ar' },
      'news:title': 'عنوان فيه <وسم> & "اقتباس"',
    });
    expect(String(far['news:news']['news:publication_date'])).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(urls.some((url) => url.loc.includes('/fr/news/'))).toBe(true);
  });
});

describe('the schemas themselves', () => {
  it('reject what Google would reject', async () => {
    expect(await schemaErrors(`${urlsetOpen}<url><loc>/relative</loc></url>${urlsetClose}`, 'urlset')).not.toEqual([]);
    const badLanguage = `${newsUrlsetOpen}<url><loc>https://example.com/a</loc><news:news><news:publication>
      <news:name>x</news:name><news:language>arabic</news:language></news:publication>
      <news:publication_date>2024-01-01</news:publication_date><news:title>t</news:title></news:news></url>${urlsetClose}`;
    expect(await schemaErrors(badLanguage, 'news')).not.toEqual([]);
    expect(await schemaErrors(`${indexOpen}${indexClose}`, 'index')).not.toEqual([]);
  });
});
