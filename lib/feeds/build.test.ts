import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { translatorFor } from '@/i18n/messages';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import { parseXml } from '@/test/helpers/xml-validate';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { buildFeed, type FeedLabels } from './build';
import { FEED_LIMIT } from './queries';
import { FEED_FULL_TEXT_KEY } from './settings';

const now = new Date();
const t = translatorFor('ar', 'Feeds');
const site = translatorFor('ar', 'Metadata')('siteName');
const labels: FeedLabels = {
  siteName: site,
  siteTitle: t('siteTitle', { site }),
  description: t('description', { site }),
  scopedTitle: (name) => t('sectionTitle', { site, name }),
};
const TRICKY = 'عاجل: «الميزانية» <تحت> المجهر & "الأرقام"';

type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string;
  'content:encoded'?: string; 'dc:creator'?: string };
const rssItems = async (request: Parameters<typeof buildFeed>[0]) => {
  const xml = await buildFeed(request, labels, now);
  return parseXml(xml!).rss.channel as { title: string; language: string; item: RssItem[] };
};

beforeAll(async () => {
  await seedDemoContent(db, now);
  const section = await db.section.findFirstOrThrow({ where: { slug: 'economy' } });
  const author = await db.author.findFirstOrThrow({ where: { slug: 'عمر-بنجلون' } });
  // Enough fresh articles to pass the limit; the newest carries markup-like characters.
  for (let index = 0; index < FEED_LIMIT + 5; index++) {
    await db.article.create({
      data: {
        locale: 'ar', slug: `اقتصاد-${index}`, title: index === 0 ? TRICKY : `خبر اقتصادي ${index}`,
        dek: index === 0 ? 'ملخص <قصير> & واضح' : '', body: `<p>الفقرة الأولى ${index} & التالية.</p>`,
        status: 'published', publishedAt: new Date(now.getTime() - (index + 1) * 1000), sectionId: section.id,
        authors: { create: [{ authorId: author.id }] },
      },
    });
  }
});

describe('RSS', () => {
  it('holds the newest 50 of the edition, newest first, Arabic text escaped and read back intact', async () => {
    const channel = await rssItems({ locale: 'ar', scope: { kind: 'site' }, format: 'rss' });
    expect(channel.title).toBe('مداد: آخر الأخبار');
    expect(channel.language).toBe('ar');
    expect(channel.item).toHaveLength(FEED_LIMIT);
    const first = channel.item[0]!;
    expect(first.title).toBe(TRICKY);
    expect(first.description).toBe('ملخص <قصير> & واضح');
    expect(first.link).toBe(absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: 'اقتصاد-0' } }, { locale: 'ar' })));
    expect(first['dc:creator']).toBe('عمر بنجلون');
    const times = channel.item.map((item) => Date.parse(item.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(channel.item.every((item) => item.link.includes('/ar/news/'))).toBe(true);
    // A summary by default: no full text.
    expect(channel.item.some((item) => item['content:encoded'])).toBe(false);
  });

  it('carries the full text when the setting asks for it', async () => {
    await db.setting.upsert({
      where: { key: FEED_FULL_TEXT_KEY }, create: { key: FEED_FULL_TEXT_KEY, value: 'true' }, update: { value: 'true' },
    });
    try {
      const channel = await rssItems({ locale: 'ar', scope: { kind: 'site' }, format: 'rss' });
      expect(channel.item[0]!['content:encoded']).toBe('<p>الفقرة الأولى 0 & التالية.</p>');
    } finally {
      await db.setting.delete({ where: { key: FEED_FULL_TEXT_KEY } });
    }
  });

  it('narrows to a section or an author, and knows nothing of missing ones', async () => {
    const section = await rssItems({ locale: 'ar', scope: { kind: 'section', slug: 'ala-masouliyati' }, format: 'rss' });
    expect(section.title).toBe('مداد: على مسؤوليتي');
    expect(section.item.length).toBeGreaterThan(0);
    const column = await db.article.count({ where: { section: { slug: 'ala-masouliyati' }, status: 'published' } });
    expect(section.item).toHaveLength(Math.min(column, FEED_LIMIT));
    const author = await rssItems({ locale: 'ar', scope: { kind: 'author', slug: 'ادريس-العاشري' }, format: 'rss' });
    expect(author.item.every((item) => item['dc:creator'] === 'ادريس العاشري')).toBe(true);
    expect(await buildFeed({ locale: 'ar', scope: { kind: 'section', slug: 'لا-يوجد' }, format: 'rss' }, labels)).toBeNull();
    const french = await rssItems({ locale: 'fr', scope: { kind: 'site' }, format: 'rss' });
    expect(french.item.every((item) => item.link.includes('/fr/news/'))).toBe(true);
  });
});

describe('Atom', () => {
  it('has the required feed and entry elements, with offsets in its dates', async () => {
    const xml = await buildFeed({ locale: 'ar', scope: { kind: 'site' }, format: 'atom' }, labels, now);
    const feed = parseXml(xml!).feed;
    expect(feed['@xml:lang']).toBe('ar');
    expect(feed.id).toMatch(/^tag:[^,]+,2024:feed:ar$/);
    expect(feed.title).toBe('مداد: آخر الأخبار');
    expect(feed.link.map((link: { '@rel': string; '@href': string }) => [link['@rel'], link['@href']])).toEqual([
      ['self', absoluteUrl(crawlerPaths.feed('ar', { kind: 'site' }, 'atom'))],
      ['alternate', absoluteUrl(pathTo('/', { locale: 'ar' }))],
    ]);
    expect(feed.entry).toHaveLength(FEED_LIMIT);
    const entry = feed.entry[0];
    expect(entry.title).toBe(TRICKY);
    expect(entry.id).toMatch(/^tag:[^,]+,2024:article-\d+$/);
    expect(entry.updated).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(entry.author[0]).toEqual({ name: 'عمر بنجلون', uri: absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: 'عمر-بنجلون' } }, { locale: 'ar' })) });
    expect(entry.link[0]['@href']).toBe(absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: 'اقتصاد-0' } }, { locale: 'ar' })));
    // Every id is unique: readers key their history on it.
    expect(new Set(feed.entry.map((item: { id: string }) => item.id)).size).toBe(FEED_LIMIT);
  });
});
