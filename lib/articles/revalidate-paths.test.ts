import { describe, expect, it } from 'vitest';
import { affectedPaths, type PathSnapshot } from './revalidate-paths';

const now = new Date('2026-01-01T12:00:00Z');
const live: PathSnapshot = {
  locale: 'ar',
  slug: 'خبر',
  status: 'published',
  publishedAt: new Date('2026-01-01T10:00:00Z'),
  sectionSlug: 'politics',
  authorSlugs: ['كريم'],
  tagSlugs: ['الأمن'],
};

describe('affectedPaths', () => {
  it('refreshes nothing for a draft that stays a draft', () => {
    const draft = { ...live, status: 'draft', publishedAt: null };
    expect(affectedPaths(draft, { ...draft, slug: 'x' }, now)).toEqual({ pages: [], listings: [] });
  });

  it('refreshes the article, home, section, author and tag of a publication', () => {
    const { pages, listings } = affectedPaths({ ...live, status: 'draft' }, live, now);
    expect(pages.sort()).toEqual(['/ar', `/ar/news/${encodeURIComponent('خبر')}`].sort());
    expect(listings.map((listing) => listing.path).sort()).toEqual(
      ['/ar/section/politics', `/ar/author/${encodeURIComponent('كريم')}`, `/ar/tag/${encodeURIComponent('الأمن')}`].sort(),
    );
  });

  it('refreshes the old slug, the old section and a removed tag on an edit', () => {
    const after = { ...live, slug: 'جديد', sectionSlug: 'economy', tagSlugs: [] };
    const { pages, listings } = affectedPaths(live, after, now);
    expect(pages).toContain(`/ar/news/${encodeURIComponent('خبر')}`);
    expect(pages).toContain(`/ar/news/${encodeURIComponent('جديد')}`);
    expect(listings.map((listing) => listing.path)).toEqual(
      expect.arrayContaining(['/ar/section/politics', '/ar/section/economy', `/ar/tag/${encodeURIComponent('الأمن')}`]),
    );
  });

  it('refreshes the pages an unpublished article leaves, and a scheduled one only once due', () => {
    expect(affectedPaths(live, { ...live, status: 'unpublished' }, now).pages).toContain('/ar');
    const future = { ...live, status: 'scheduled', publishedAt: new Date('2026-01-01T13:00:00Z') };
    expect(affectedPaths(null, future, now).pages).toEqual([]);
    expect(affectedPaths(null, future, new Date('2026-01-01T13:00:01Z')).pages).toContain('/ar');
  });
});
