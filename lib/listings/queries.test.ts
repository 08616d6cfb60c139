import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import { getListing, getListingPage } from './queries';

beforeAll(async () => {
  await seedDemoContent(db);
});

describe('getListingPage', () => {
  it('finds a section, a tag and an author by their slugs, percent-encoded or not', async () => {
    const section = await getListingPage('section', { locale: 'ar', slug: 'politics' });
    expect(section?.owner.slug).toBe('politics');
    expect(section?.page).toBe(1);
    expect(section?.articles.items.length).toBeGreaterThan(0);
    const tag = await getListingPage('tag', { locale: 'ar', slug: encodeURIComponent('الأمن'), page: [] });
    expect(tag?.owner).toMatchObject({ slug: 'الأمن', description: '', photoUrl: null });
    const author = await getListingPage('author', { locale: 'fr', slug: 'ادريس-العاشري' });
    expect(author?.owner.name).toBe('ادريس العاشري');
  });

  it('answers null (a 404) for an unknown slug, an unknown locale or a malformed page', async () => {
    expect(await getListingPage('section', { locale: 'ar', slug: 'no-such-section' })).toBeNull();
    expect(await getListingPage('section', { locale: 'xx', slug: 'politics' })).toBeNull();
    expect(await getListingPage('tag', { locale: 'ar', slug: '%E0%A4' })).toBeNull();
    for (const page of [['0'], ['2x'], ['1', '2'], ['']]) {
      expect(await getListing('section', { locale: 'ar', slug: 'politics', page })).toBeNull();
    }
  });

  it('caps the page number at the last page', async () => {
    const first = (await getListingPage('section', { locale: 'ar', slug: 'politics' }))!;
    const last = String(first.articles.pageCount);
    expect((await getListingPage('section', { locale: 'ar', slug: 'politics', page: [last] }))?.page).toBe(first.articles.pageCount);
    const past = String(first.articles.pageCount + 1);
    expect(await getListingPage('section', { locale: 'ar', slug: 'politics', page: [past] })).toBeNull();
  });
});
