import { describe, expect, it } from 'vitest';
import { movedArticleStatus } from './moved-article';

describe('movedArticleStatus', () => {
  it("turns an article's permanent redirect into a 301 for reads", () => {
    expect(movedArticleStatus('GET', '/ar/news/%D8%AE%D8%A8%D8%B1', 308)).toBe(301);
    expect(movedArticleStatus('HEAD', '/fr/news/ancien?x=1', 308)).toBe(301);
  });

  it('leaves other statuses, paths and methods alone', () => {
    expect(movedArticleStatus('GET', '/ar/news/x', 200)).toBe(200);
    expect(movedArticleStatus('GET', '/ar/section/x', 308)).toBe(308);
    expect(movedArticleStatus('POST', '/ar/news/x', 308)).toBe(308);
    expect(movedArticleStatus('GET', '/ar/news/x/comments', 308)).toBe(308);
  });
});
