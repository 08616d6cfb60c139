import { describe, expect, it } from 'vitest';
import { affectedTags, pagesToWarm, type ChangeSnapshot } from './revalidate-tags';

const now = new Date('2026-01-01T12:00:00Z');
const live: ChangeSnapshot = {
  id: 7,
  locale: 'ar',
  slug: 'خبر',
  title: 'خبر عاجل',
  status: 'published',
  publishedAt: new Date('2026-01-01T10:00:00Z'),
  sectionSlug: 'politics',
  authorSlugs: ['كريم'],
  tagSlugs: ['الأمن'],
};

describe('affectedTags', () => {
  it('expires nothing for a draft that stays a draft', () => {
    const draft: ChangeSnapshot = { ...live, status: 'draft', publishedAt: null };
    expect(affectedTags(draft, { ...draft, slug: 'x' }, now)).toEqual([]);
  });

  it('expires the article, home, section, author, tag, feeds, sitemaps and most viewed of a publication', () => {
    expect(affectedTags({ ...live, status: 'draft' }, live, now).sort()).toEqual(
      ['article:7', 'home:ar', 'section:ar:politics', 'author:كريم', 'tag:ar:الأمن', 'feeds', 'sitemaps', 'most-viewed'].sort(),
    );
  });

  it('expires the old section and a removed tag on an edit, not only the new ones', () => {
    const tags = affectedTags(live, { ...live, slug: 'جديد', sectionSlug: 'economy', tagSlugs: [] }, now);
    expect(tags).toEqual(expect.arrayContaining(['section:ar:politics', 'section:ar:economy', 'tag:ar:الأمن', 'article:7']));
  });

  it('expires everything naming an article that is unpublished or deleted', () => {
    const everything = ['article:7', 'home:ar', 'section:ar:politics', 'author:كريم', 'tag:ar:الأمن', 'most-viewed', 'feeds', 'sitemaps'];
    expect(affectedTags(live, { ...live, status: 'unpublished' }, now)).toEqual(expect.arrayContaining(everything));
    expect(affectedTags(live, null, now)).toEqual(expect.arrayContaining(everything));
  });

  it('leaves the most-viewed lists (on home and every article page) alone for a correction to a live story', () => {
    const corrected = affectedTags(live, { ...live, sectionSlug: 'economy', tagSlugs: ['اقتصاد'] }, now);
    expect(corrected).toEqual(expect.arrayContaining(['article:7', 'home:ar', 'section:ar:economy', 'feeds', 'sitemaps']));
    expect(corrected).not.toContain('most-viewed');
  });

  it('expires the most-viewed lists when the title or address they show changes, or a republished story returns', () => {
    expect(affectedTags(live, { ...live, title: 'خبر عاجل: تحديث' }, now)).toContain('most-viewed');
    expect(affectedTags(live, { ...live, slug: 'خبر-جديد' }, now)).toContain('most-viewed');
    expect(affectedTags({ ...live, status: 'unpublished' }, live, now)).toContain('most-viewed');
  });

  it('expires nothing for a scheduled article until its time has come', () => {
    const future: ChangeSnapshot = { ...live, status: 'scheduled', publishedAt: new Date('2026-01-01T13:00:00Z') };
    expect(affectedTags(null, future, now)).toEqual([]);
    expect(affectedTags(null, future, new Date('2026-01-01T13:00:01Z'))).toContain('home:ar');
  });
});

describe('pagesToWarm', () => {
  it('names home, the section and the article of a live article, nothing otherwise', () => {
    expect(pagesToWarm(live, now)).toEqual(['/ar', '/ar/section/politics', `/ar/news/${encodeURIComponent('خبر')}`]);
    expect(pagesToWarm({ ...live, status: 'unpublished' }, now)).toEqual([]);
  });
});
