import { normalizeArabic } from '@/lib/utils/arabic';
import { COMMENT_LIMITS } from './config';

export type CommentStatus = 'pending' | 'approved' | 'spam' | 'rejected';
export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'spam', 'rejected'];

// Zero-width joiners, soft hyphens and the like can hide inside a word to dodge a filter.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F]/g;
const LINK = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"']+|\b[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.(?:com|net|org|info|biz|io|co|ma|ru|xyz|top|site|online|shop|club|me|ly|gl)\b(?:\/[^\s<>"']*)?/giu;

/** The form blocked words are matched in: Arabic spellings folded, diacritics and hidden characters gone. */
export function matchingForm(text: string): string {
  return normalizeArabic(text.replace(INVISIBLE, '')).replace(/\s+/g, ' ');
}

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** The blocked-words setting: one word or phrase per line (commas also separate). */
export function parseBlockedWords(setting: string | null | undefined): string[] {
  return [...new Set((setting ?? '').split(/[\n,،]+/).map((word) => matchingForm(word).trim()).filter(Boolean))];
}

/** The first blocked word found in any of the texts, or null. */
export function findBlockedWord(texts: string[], blockedWords: string[]): string | null {
  if (!blockedWords.length) return null;
  const haystacks = texts.map(matchingForm);
  // Also try with spaces and dots removed, so "ك ل م ة" or "k.e.y" is caught as one word.
  const squeezed = haystacks.map((text) => text.replace(/[\s.\-_*]+/g, ''));
  return (
    blockedWords.find((word) => {
      const compact = word.replace(/[\s.\-_*]+/g, '');
      return haystacks.some((text) => text.includes(word)) || squeezed.some((text) => text.includes(compact));
    }) ?? null
  );
}

export type StatusInput = {
  body: string;
  name: string;
  blockedWords: string[];
  autoApproveKnown: boolean;
  hasApprovedBefore: boolean;
  sourceBlocked: boolean;
};

/**
 * The status a new comment starts in. Spam: a blocked word or a blocked e-mail or network.
 * Pending: two links or more, or by default. Approved straight away only when the site trusts
 * authors with an earlier approved comment and this author has one.
 */
export function decideStatus(input: StatusInput): { status: CommentStatus; reason: string } {
  if (input.sourceBlocked) return { status: 'spam', reason: 'blocked-source' };
  if (findBlockedWord([input.name, input.body], input.blockedWords)) return { status: 'spam', reason: 'blocked-word' };
  if (countLinks(input.body) >= COMMENT_LIMITS.linksForReview) return { status: 'pending', reason: 'links' };
  if (input.autoApproveKnown && input.hasApprovedBefore) return { status: 'approved', reason: 'known-author' };
  return { status: 'pending', reason: 'moderation' };
}
