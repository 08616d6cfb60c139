import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isMissingRecord, loggableFailure } from './errors';
import { DatabaseWaitTimeout } from './write-lock';

describe('database error classes', () => {
  it('a write slot not free in time is "unavailable" (503), a missing row is not', () => {
    expect(isDatabaseUnavailable(new DatabaseWaitTimeout(5000))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('gone'), { code: 'P2025' }))).toBe(false);
    expect(isMissingRecord(Object.assign(new Error('gone'), { code: 'P2025' }))).toBe(true);
  });

  it('an unavailable database is logged as one line, without the Error object (whose stack Next would source-map)', () => {
    const wrapped = Object.assign(new Error('Invalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Message: `database: no write slot within 5000 ms`'), { code: 'P2010', meta: { driverAdapterError: new DatabaseWaitTimeout(5000) } });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(loggableFailure(wrapped)).toBe('Raw query failed. Message: `database: no write slot within 5000 ms`');
    const bug = new TypeError('x is undefined');
    expect(loggableFailure(bug)).toBe(bug);
  });
});
