import { createHmac, timingSafeEqual } from 'node:crypto';
import { COMMENT_LIMITS } from './config';

// The form carries the time it was handed out, signed, so a script can neither skip the minimum
// fill time by forging an old start nor reuse a token for ever.

export type FormTokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

function sign(secret: string, startedAt: number): string {
  return createHmac('sha256', secret).update(`comment-form:${startedAt}`).digest('base64url');
}

export function issueFormToken(secret: string, now = Date.now()): string {
  return `${now}.${sign(secret, now)}`;
}

export function checkFormToken(secret: string, token: string, now = Date.now()): FormTokenCheck {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const startedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, startedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (startedAt > now + 5_000) return 'invalid';
  if (now - startedAt < COMMENT_LIMITS.minFillMs) return 'too-fast';
  if (now - startedAt > COMMENT_LIMITS.maxFormAgeMs) return 'expired';
  return 'ok';
}
