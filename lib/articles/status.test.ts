import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES, articleStatus, isLive, publishedWhere } from './status';

const now = new Date('2026-01-01T12:00:00Z');
const earlier = new Date('2026-01-01T11:00:00Z');
const later = new Date('2026-01-01T13:00:00Z');

describe('article status', () => {
  it('is live when published or scheduled and its time has come, never before', () => {
    const live = ARTICLE_STATUSES.filter((status) => isLive({ status, publishedAt: earlier }, now));
    expect(live).toEqual(['scheduled', 'published']);
    expect(isLive({ status: 'scheduled', publishedAt: later }, now)).toBe(false);
    expect(isLive({ status: 'published', publishedAt: null }, now)).toBe(false);
  });

  it('filters queries by the same rule', () => {
    expect(publishedWhere(now)).toEqual({ status: { in: ['published', 'scheduled'] }, publishedAt: { lte: now } });
  });

  it('refuses a value the workflow never writes', () => {
    expect(articleStatus('review')).toBe('review');
    expect(() => articleStatus('Published')).toThrow(/Published/);
  });
});
