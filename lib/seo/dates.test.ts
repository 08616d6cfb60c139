import { describe, expect, it } from 'vitest';
import { isoWithOffset } from './dates';

describe('isoWithOffset', () => {
  it('writes the newsroom wall time with its offset', () => {
    // Morocco sits on UTC+1 outside Ramadan.
    expect(isoWithOffset('2023-02-22T08:00:00.000Z')).toBe('2023-02-22T09:00:00+01:00');
    expect(isoWithOffset('2023-02-22T08:00:00.000Z', 'UTC')).toBe('2023-02-22T08:00:00+00:00');
    expect(isoWithOffset('2024-07-01T23:30:00.000Z', 'Europe/Paris')).toBe('2024-07-02T01:30:00+02:00');
  });

  it('names the same instant it was given', () => {
    const iso = isoWithOffset('2025-11-03T17:45:12.000Z');
    expect(new Date(iso).toISOString()).toBe('2025-11-03T17:45:12.000Z');
  });
});
