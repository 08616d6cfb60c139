import { describe, expect, it } from 'vitest';
import { formatDate, relativeParts } from './dates';

describe('formatDate', () => {
  it('writes Moroccan Arabic dates with Latin digits and Maghreb month names', () => {
    expect(formatDate('ar', '2023-02-22T09:00:00+01:00')).toBe('22 فبراير 2023');
  });

  it('formats French and English through their own locale', () => {
    expect(formatDate('fr', '2023-02-22T09:00:00+01:00')).toBe('22 février 2023');
    expect(formatDate('en', '2023-02-22T09:00:00+01:00')).toBe('February 22, 2023');
  });
});

describe('relativeParts', () => {
  const now = Date.parse('2026-01-10T12:00:00Z');
  it('picks the largest whole unit', () => {
    expect(relativeParts('2026-01-10T11:58:00Z', now)).toEqual({ unit: 'minute', count: 2 });
    expect(relativeParts('2026-01-10T09:00:00Z', now)).toEqual({ unit: 'hour', count: 3 });
    expect(relativeParts('2026-01-07T12:00:00Z', now)).toEqual({ unit: 'day', count: 3 });
    expect(relativeParts('2025-10-10T12:00:00Z', now)).toEqual({ unit: 'month', count: 3 });
    expect(relativeParts('2023-02-22T09:00:00Z', now)).toEqual({ unit: 'year', count: 2 });
  });

  it('never says zero minutes or a future time', () => {
    expect(relativeParts('2026-01-10T12:05:00Z', now)).toEqual({ unit: 'minute', count: 1 });
  });
});
