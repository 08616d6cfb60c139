import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import seed from '@/prisma/demo/seed-article.json';
import {
  getPublishedArticle,
  getRedirectedSlug,
  listAuthorArticles,
  listLatestArticles,
  listRelatedArticles,
  listSectionArticles,
  listTagArticles,
  PAGE_SIZE,
} from './queries';
import { slugify } from '@/lib/utils/arabic';

const seedSlug = slugify(seed.title);

beforeAll(async () => {
  await seedDemoContent(db);
});

describe('getPublishedArticle', () => {
  it('returns the seed article with its nine paragraphs byte for byte', async () => {
    const article = await getPublishedArticle('ar', seedSlug);
    expect(article?.title).toBe(seed.title);
    expect(article?.section).toEqual({ slug: 'ala-masouliyati', name: 'على مسؤوليتي' });
    expect(article?.authors.map((author) => author.name)).toEqual(['ادريس العاشري']);
    expect(article?.kind).toBe('opinion');
    expect(article?.publishedAt).toBe('2023-02-22T08:00:00.000Z');
    const paragraphs = [...article!.body.matchAll(/<p>(.*?)<\/p>/gs)].map((match) => match[1]);
    expect(paragraphs).toEqual(seed.paragraphs);
  });

  it('does not find an article of another edition, a draft or a future one', async () => {
    expect(await getPublishedArticle('fr', seedSlug)).toBeNull();
    const section = await db.section.create({ data: { slug: 'scratch', name: 'تجارب', locale: 'ar' } });
    const base = { locale: 'ar', body: '<p>x</p>', sectionId: section.id };
    await db.article.create({ data: { ...base, slug: 'draft-one', title: 'مسودة', status: 'draft' } });
    await db.article.create({
      data: { ...base, slug: 'future-one', title: 'لاحقا', status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) },
    });
    await db.article.create({
      data: { ...base, slug: 'due-one', title: 'حان وقته', status: 'scheduled', publishedAt: new Date(Date.now() - 1000) },
    });
    expect(await getPublishedArticle('ar', 'draft-one')).toBeNull();
    expect(await getPublishedArticle('ar', 'future-one')).toBeNull();
    // A scheduled article whose time has come is published without any job running.
    expect((await getPublishedArticle('ar', 'due-one'))?.title).toBe('حان وقته');
  });
});

describe('lists', () => {
  it('lists the newest published articles of an edition first', async () => {
    const latest = await listLatestArticles('ar', 10);
    expect(latest).toHaveLength(10);
    const times = latest.map((article) => Date.parse(article.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(latest.every((article) => article.locale === 'ar')).toBe(true);
  });

  it('pages a section and counts its pages', async () => {
    const first = await listSectionArticles('ar', 'politics', 1);
    expect(first.total).toBe(7);
    expect(first.pageCount).toBe(Math.ceil(7 / PAGE_SIZE));
    expect(first.items.every((article) => article.section.slug === 'politics')).toBe(true);
    const beyond = await listSectionArticles('ar', 'politics', 5);
    expect(beyond.items).toEqual([]);
  });

  it('lists an author and a tag with Arabic slugs', async () => {
    const byAuthor = await listAuthorArticles('ar', 'ادريس-العاشري', 1);
    expect(byAuthor.items[0]?.slug).toBe(seedSlug);
    const byTag = await listTagArticles('ar', 'الأمن', 1);
    expect(byTag.items.some((article) => article.slug === seedSlug)).toBe(true);
  });

  it('finds related articles without the article itself', async () => {
    const article = (await getPublishedArticle('ar', seedSlug))!;
    const related = await listRelatedArticles(article);
    expect(related.length).toBeGreaterThan(0);
    expect(related.some((item) => item.id === article.id)).toBe(false);
  });

  it("keeps a tag's and an author's pages in step with their articles' status, time and edition", async () => {
    const listings = async () => {
      const [tag, author] = await Promise.all([listTagArticles('ar', 'الأمن', 1), listAuthorArticles('ar', 'ادريس-العاشري', 1)]);
      return { tagTotal: tag.total, authorTotal: author.total, shown: [...tag.items, ...author.items].some((item) => item.slug === seedSlug) };
    };
    const before = await listings();
    expect(before.shown).toBe(true);
    const { id, publishedAt } = await db.article.findFirstOrThrow({ where: { slug: seedSlug }, select: { id: true, publishedAt: true } });
    const hidden = { tagTotal: before.tagTotal - 1, authorTotal: before.authorTotal - 1, shown: false };
    try {
      await db.article.update({ where: { id }, data: { status: 'unpublished' } });
      expect(await listings()).toEqual(hidden);
      await db.article.update({ where: { id }, data: { status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) } });
      expect(await listings()).toEqual(hidden);
      await db.article.update({ where: { id }, data: { status: 'published', publishedAt, locale: 'fr' } });
      expect(await listings()).toEqual(hidden);
    } finally {
      await db.article.update({ where: { id }, data: { status: 'published', publishedAt, locale: 'ar' } });
    }
    expect(await listings()).toEqual(before);
  });
});

describe('getRedirectedSlug', () => {
  it('maps an old slug to the current one', async () => {
    const article = await db.article.findFirstOrThrow({ where: { slug: seedSlug } });
    await db.slugRedirect.create({ data: { locale: 'ar', slug: 'old-slug', articleId: article.id } });
    expect(await getRedirectedSlug('ar', 'old-slug')).toBe(seedSlug);
    expect(await getRedirectedSlug('ar', 'never-existed')).toBeNull();
  });
});
