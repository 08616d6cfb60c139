import { describe, expect, it } from 'vitest';
import { announcementDrops, implicitTagCovers } from './invalidation';

const article = '/ar/news/خبر';
const encodedArticle = '/ar/news/%D8%AE%D8%A8%D8%B1';

describe('which pages an announced tag drops', () => {
  it('drops pages that recorded the tag, and keeps the others', () => {
    expect(announcementDrops(article, ['article:1', 'home:ar'], ['article:1'])).toBe(true);
    expect(announcementDrops(article, ['article:1'], ['article:2', 'home:fr'])).toBe(false);
  });

  it('drops a page whose tags were unknown on any announcement', () => {
    expect(announcementDrops(article, undefined, ['article:2'])).toBe(true);
  });

  it('reads revalidatePath of a page in either spelling (Next sends the percent-encoded one)', () => {
    expect(announcementDrops(article, [], ['_N_T_' + encodedArticle])).toBe(true);
    expect(announcementDrops(article, [], ['_N_T_' + article])).toBe(true);
    expect(announcementDrops('/ar/news/آخر', [], ['_N_T_' + encodedArticle])).toBe(false);
    expect(announcementDrops('/ar/news/خبر-آخر', [], ['_N_T_' + article])).toBe(false);
  });

  it('reads the layout variant as everything below the path, and /layout as everything', () => {
    expect(implicitTagCovers('/ar/layout', '/ar')).toBe(true);
    expect(implicitTagCovers('/ar/layout', article)).toBe(true);
    expect(implicitTagCovers('/ar/layout', '/fr/news/x')).toBe(false);
    expect(implicitTagCovers('/ar/layout', '/arabic')).toBe(false);
    expect(implicitTagCovers('/feeds/ar/layout', '/feeds/ar/rss.xml')).toBe(true);
    expect(implicitTagCovers('/layout', '/robots.txt')).toBe(true);
  });

  it('reads the page variant and route patterns', () => {
    expect(implicitTagCovers('/ar/page', '/ar')).toBe(true);
    expect(implicitTagCovers('/ar/page', article)).toBe(false);
    expect(implicitTagCovers('/[locale]/(site)/news/[slug]/page', article)).toBe(true);
    expect(implicitTagCovers('/[locale]/(site)/news/[slug]/page', '/ar/news/x/y')).toBe(false);
    expect(implicitTagCovers('/[locale]/admin/comments/page', article)).toBe(false);
    expect(implicitTagCovers('/[locale]/layout', article)).toBe(true);
    expect(implicitTagCovers('/feeds/[locale]/[...path]/page', '/feeds/ar/a/b.xml')).toBe(true);
  });

  it('reads / and /index as the root, and still covers a literal slug named "page"', () => {
    expect(implicitTagCovers('/', '/')).toBe(true);
    expect(implicitTagCovers('/index', '/')).toBe(true);
    expect(implicitTagCovers('/', '/ar')).toBe(false);
    expect(implicitTagCovers('/ar/tags/page', '/ar/tags/page')).toBe(true);
  });
});
