import { env } from '@/env';

// Spam and flood limits. Defaults follow the newsroom's policy (env.ts); each can be changed through
// the environment so a load test can run many posts from one machine without tripping them.

export const COMMENT_LIMITS = {
  nameMax: 80,
  bodyMax: 5_000,
  emailMax: 254,
  /** A form filled faster than this was filled by a script; it is dropped without a word. */
  minFillMs: env.COMMENT_MIN_FILL_SECONDS * 1000,
  /** A form older than this is refused so an old token cannot be replayed for ever. */
  maxFormAgeMs: env.COMMENT_FORM_MAX_HOURS * 3_600_000,
  /** One comment per address and per e-mail in this interval. */
  sameSourceMs: env.COMMENT_SAME_SOURCE_SECONDS * 1000,
  perAddressMax: env.COMMENT_ADDRESS_MAX,
  perAddressWindowMs: env.COMMENT_ADDRESS_WINDOW_MINUTES * 60_000,
  /** From this many links on, a comment always waits for a moderator. */
  linksForReview: 2,
  pageSize: 20,
} as const;

/** Keys in the Setting table that moderators' rules read. */
export const COMMENT_SETTINGS = {
  autoApproveKnown: 'comments.autoApproveKnownAuthors',
  blockedWords: 'comments.blockedWords',
  secret: 'comments.secret',
} as const;
