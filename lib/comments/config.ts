// Spam and flood limits. Defaults follow the newsroom's policy; each can be changed through the
// environment so a load test can run many posts from one machine without tripping them.
function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

export const COMMENT_LIMITS = {
  nameMax: 80,
  bodyMax: 5_000,
  emailMax: 254,
  /** A form filled faster than this was filled by a script; it is dropped without a word. */
  minFillMs: seconds('COMMENT_MIN_FILL_SECONDS', 3) * 1000,
  /** A form older than this is refused so an old token cannot be replayed for ever. */
  maxFormAgeMs: seconds('COMMENT_FORM_MAX_HOURS', 24) * 3_600_000,
  /** One comment per address and per e-mail in this interval. */
  sameSourceMs: seconds('COMMENT_SAME_SOURCE_SECONDS', 15) * 1000,
  perAddressMax: seconds('COMMENT_ADDRESS_MAX', 5),
  perAddressWindowMs: seconds('COMMENT_ADDRESS_WINDOW_MINUTES', 10) * 60_000,
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
