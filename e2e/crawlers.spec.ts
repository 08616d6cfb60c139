import { randomBytes } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { parseXml, schemaErrors } from '../test/helpers/xml-validate';
import { withE2eDb } from './helpers/db';
import { seed, seedArticlePath } from './helpers/seed-article';

// What search engines and feed readers see, over HTTP against the production build.

const ldJson = async (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));
const head = (html: string, pattern: RegExp) => html.match(pattern)?.[1];

test.describe('crawler metadata', () => {
  test('the seed article: head tags and its JSON-LD', async ({ page, baseURL }) => {
    const response = await page.goto(seedArticlePath);
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    const canonical = `${baseURL}${seedArticlePath}`;
    await expect(page).toHaveTitle(`${seed.title} | مداد`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_MA');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href', `${baseURL}/feeds/ar/rss.xml`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href', `${baseURL}/feeds/ar/atom.xml`);

    const [article, crumbs] = (await ldJson(html))[0];
    expect(article['@type']).toBe('OpinionNewsArticle');
    expect(article.headline).toBe(seed.title);
    expect(article.url).toBe(canonical);
    expect(article.datePublished).toBe('2023-02-22T09:00:00+01:00');
    expect(article.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(article.author).toEqual([
      { '@type': 'Person', name: seed.author, url: `${baseURL}/ar/author/${encodeURIComponent('ادريس-العاشري')}` },
    ]);
    expect(article.publisher['@type']).toBe('NewsMediaOrganization');
    expect(article.publisher.logo.url).toBe(`${baseURL}/brand/logo.png`);
    expect(article.articleSection).toBe(seed.section);
    expect(article.inLanguage).toBe('ar');
    expect(article.isAccessibleForFree).toBe(true);
    expect(crumbs.itemListElement.map((item: { name: string; item: string }) => [item.name, item.item])).toEqual([
      ['الرئيسية', `${baseURL}/ar`],
      [seed.section, `${baseURL}/ar/section/ala-masouliyati`],
      [seed.title, canonical],
    ]);
    // The Open Graph image is the article's generated card, and it is served.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(article.image[0]);
    const logo = await page.request.get(article.publisher.logo.url);
    expect(logo.headers()['content-type']).toBe('image/png');
  });

  test('home: WebSite search action, hreflang to every edition', async ({ page, baseURL }) => {
    const response = await page.goto('/ar');
    const website = (await ldJson(await response!.text())).find((data) => data['@type'] === 'WebSite');
    expect(website.potentialAction.target.urlTemplate).toBe(`${baseURL}/ar/search?q={search_term_string}`);
    for (const [lang, path] of [['ar', '/ar'], ['fr', '/fr'], ['en', '/en'], ['x-default', '/ar']]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', `${baseURL}${path}`);
    }
  });

  test('every public page has its own title and description', async ({ request }) => {
    // A section long enough for a second page (the demo sections fit on one).
    const slug = `ملف-${randomBytes(3).toString('hex')}`;
    await withE2eDb(async (db) => {
      const section = await db.section.create({ data: { slug, name: `ملف ${slug.slice(4)}`, locale: 'ar', position: 99 } });
      for (let index = 0; index < 13; index++) {
        await db.article.create({ data: { locale: 'ar', slug: `${slug}-${index}`, title: `خبر ${index} من ${slug}`, body: '<p>نص</p>',
          status: 'published', publishedAt: new Date(Date.now() - (index + 1) * 60_000), sectionId: section.id } });
      }
    });
    const section = `/ar/section/${encodeURIComponent(slug)}`;
    const second = await (await request.get(`${section}/2`)).text();
    expect(head(second, /<title>(.*?)<\/title>/s)).toContain('الصفحة 2');
    expect(head(second, /<link rel="canonical" href="([^"]*)"/)).toMatch(new RegExp(`${section}/2$`));
    const pages = ['/ar', seedArticlePath, '/ar/section/politics', section, `${section}/2`,
      `/ar/author/${encodeURIComponent('ادريس-العاشري')}`, `/ar/tag/${encodeURIComponent('الرباط')}`, '/fr', '/en'];
    const seen = { titles: new Set<string>(), descriptions: new Set<string>() };
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const title = head(html, /<title>(.*?)<\/title>/s);
      const description = head(html, /<meta name="description" content="([^"]*)"/);
      expect(title, path).toBeTruthy();
      expect(description, path).toBeTruthy();
      expect(seen.titles.has(title!), `${path}: ${title}`).toBe(false);
      expect(seen.descriptions.has(description!), `${path}: ${description}`).toBe(false);
      seen.titles.add(title!);
      seen.descriptions.add(description!);
      expect(head(html, /<link rel="canonical" href="([^"]*)"/), path).toBeTruthy();
    }
  });
});

test.describe('one URL per article', () => {
  const get = (request: { get: (url: string, options: object) => Promise<APIResponse> }, path: string) =>
    request.get(path, { maxRedirects: 0 });

  test('lower-case escapes and a trailing slash end at the one canonical URL', async ({ request, baseURL }) => {
    const lower = seedArticlePath.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    expect(lower).not.toBe(seedArticlePath);
    const response = await get(request, lower);
    if (response.status() === 200) {
      expect(head(await response.text(), /<link rel="canonical" href="([^"]*)"/)).toBe(`${baseURL}${seedArticlePath}`);
    } else {
      expect([301, 308]).toContain(response.status());
      expect(response.headers().location).toMatch(new RegExp(`${seedArticlePath}$`));
    }
    const slash = await get(request, `${seedArticlePath}/`);
    expect([301, 308]).toContain(slash.status());
    expect(slash.headers().location).toMatch(new RegExp(`${seedArticlePath}$`));
  });

  test('upper-case Latin in a slug points to the lower-case canonical', async ({ request, baseURL }) => {
    // A demo English article with a Latin slug, read from the database rather than from a feed,
    // which other flows' direct database writes can leave behind the site's cache.
    const article = await withE2eDb((db) =>
      db.article.findFirstOrThrow({ where: { locale: 'en', status: 'published', slug: { contains: 'a' } }, orderBy: { id: 'asc' }, select: { slug: true } }),
    );
    const path = `/en/news/${encodeURIComponent(article.slug)}`;
    const upper = path.replace(/\/news\/(.*)$/, (_m, slug: string) => `/news/${slug.toUpperCase()}`);
    expect(upper).not.toBe(path);
    const response = await get(request, upper);
    expect(response.status()).toBe(200);
    expect(head(await response.text(), /<link rel="canonical" href="([^"]*)"/)).toBe(`${baseURL}${path}`);
  });

  test('an old slug answers with a permanent redirect; an unpublished article with 404', async ({ request }) => {
    const suffix = randomBytes(3).toString('hex');
    await withE2eDb(async (db) => {
      const section = await db.section.findFirstOrThrow({ where: { slug: 'politics' } });
      const base = { locale: 'ar', body: '<p>نص</p>', sectionId: section.id };
      const live = await db.article.create({
        data: { ...base, slug: `عنوان-جديد-${suffix}`, title: 'عنوان جديد', status: 'published', publishedAt: new Date(Date.now() - 60_000) },
      });
      await db.slugRedirect.create({ data: { locale: 'ar', slug: `عنوان-قديم-${suffix}`, articleId: live.id } });
      await db.article.create({ data: { ...base, slug: `مسحوب-${suffix}`, title: 'مسحوب', status: 'unpublished' } });
    });
    const moved = await get(request, `/ar/news/${encodeURIComponent(`عنوان-قديم-${suffix}`)}`);
    expect([301, 308]).toContain(moved.status());
    expect(moved.headers().location).toMatch(new RegExp(`/ar/news/${encodeURIComponent(`عنوان-جديد-${suffix}`)}$`));
    expect((await get(request, `/ar/news/${encodeURIComponent(`مسحوب-${suffix}`)}`)).status()).toBe(404);
  });
});

test.describe('robots, sitemaps and feeds over HTTP', () => {
  test('robots.txt names the sitemaps and keeps admin, previews and search out', async ({ request, baseURL }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemaps/news.xml`);
    for (const path of ['/ar/admin', '/ar/search', '/ar/preview', '/api/']) expect(robots).toContain(`Disallow: ${path}`);
  });

  test('the sitemap index and every sitemap it names validate', async ({ request, baseURL }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.headers()['content-type']).toContain('xml');
    const indexXml = await index.text();
    expect(await schemaErrors(indexXml, 'index')).toEqual([]);
    const locs: string[] = parseXml(indexXml).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(locs).toContain(`${baseURL}/sitemaps/news.xml`);
    for (const loc of locs) {
      const xml = await (await request.get(new URL(loc).pathname)).text();
      expect(await schemaErrors(xml, loc.endsWith('news.xml') ? 'news' : 'urlset'), loc).toEqual([]);
    }
    const articles = await (await request.get('/sitemaps/articles/1.xml')).text();
    expect(parseXml(articles).urlset.url.map((url: { loc: string }) => url.loc)).toContain(`${baseURL}${seedArticlePath}`);
    expect((await request.get('/sitemaps/articles/0.xml')).status()).toBe(404);
  });

  test('feeds of the edition, a section and an author parse, and unknown ones are 404', async ({ request }) => {
    const author = encodeURIComponent('ادريس-العاشري');
    for (const path of ['/feeds/ar/rss.xml', `/feeds/ar/author/${author}/rss.xml`, '/feeds/fr/section/actualite/rss.xml']) {
      const response = await request.get(path);
      expect(response.headers()['content-type'], path).toContain('application/rss+xml');
      const channel = parseXml(await response.text()).rss.channel;
      expect(channel.item.length, path).toBeGreaterThan(0);
      expect(channel.item.length, path).toBeLessThanOrEqual(50);
    }
    const atom = await request.get(`/feeds/ar/author/${author}/atom.xml`);
    expect(atom.headers()['content-type']).toContain('application/atom+xml');
    expect(parseXml(await atom.text()).feed.entry[0].title).toBe(seed.title);
    expect((await request.get('/feeds/ar/section/no-such-section/rss.xml')).status()).toBe(404);
    expect((await request.get('/feeds/de/rss.xml')).status()).toBe(404);
  });
});

test('share card of the seed article: shaped right-to-left Arabic, screenshot compared', async ({ page }) => {
  await page.goto(seedArticlePath);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(await response.body()).toMatchSnapshot('seed-share-card.png', { maxDiffPixelRatio: 0.002 });
});
