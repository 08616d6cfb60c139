import { describe, expect, it } from 'vitest';
import { COMMENT_LIMITS } from './config';
import { checkFormToken, issueFormToken } from './form-token';

const secret = 'test-secret';
const start = Date.UTC(2026, 0, 1);

describe('form tokens (honeypot timing)', () => {
  it('accepts a form filled in a human time', () => {
    expect(checkFormToken(secret, issueFormToken(secret, start), start + COMMENT_LIMITS.minFillMs + 1)).toBe('ok');
  });

  it('flags a form sent faster than the minimum fill time', () => {
    expect(COMMENT_LIMITS.minFillMs).toBeGreaterThan(0);
    expect(checkFormToken(secret, issueFormToken(secret, start), start + 200)).toBe('too-fast');
  });

  it('refuses a forged start time (older start, same signature)', () => {
    const [, signature] = issueFormToken(secret, start).split('.');
    expect(checkFormToken(secret, `${start - 60_000}.${signature}`, start + 10_000)).toBe('invalid');
  });

  it('refuses a token signed with another secret, or garbage', () => {
    expect(checkFormToken(secret, issueFormToken('other', start), start + 10_000)).toBe('invalid');
    expect(checkFormToken(secret, '', start)).toBe('invalid');
    expect(checkFormToken(secret, 'abc.def', start)).toBe('invalid');
  });

  it('refuses a token from the future and an expired one', () => {
    expect(checkFormToken(secret, issueFormToken(secret, start + 60_000), start)).toBe('invalid');
    expect(checkFormToken(secret, issueFormToken(secret, start), start + COMMENT_LIMITS.maxFormAgeMs + 1)).toBe('expired');
  });
});
