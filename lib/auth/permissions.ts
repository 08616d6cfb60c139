import type { Role, SessionUser } from './roles';

// One function per rule, each taking the signed-in user (re-read from the session by the caller).

const STAFF: readonly Role[] = ['admin', 'editor', 'author', 'contributor', 'moderator'];

export const isStaff = (user: SessionUser | null): user is SessionUser => !!user && STAFF.includes(user.role);

export const canManageUsers = (user: SessionUser | null) => user?.role === 'admin';

/** Sections, tags and author profiles. */
export const canManageTaxonomy = (user: SessionUser | null) => user?.role === 'admin' || user?.role === 'editor';

export const canModerate = (user: SessionUser | null) =>
  user?.role === 'admin' || user?.role === 'editor' || user?.role === 'moderator';

/** Writing at all: contributors write drafts, moderators only handle comments. */
export const canWriteArticles = (user: SessionUser | null) =>
  !!user && ['admin', 'editor', 'author', 'contributor'].includes(user.role);

/** Editing one article: editors and admins any, authors and contributors only their own. */
export function canEditArticle(user: SessionUser | null, article: { authorUserIds: number[]; status: string }): boolean {
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'editor') return true;
  if (user.role === 'author') return article.authorUserIds.includes(user.id);
  // A contributor's work is out of their hands once it is submitted or published.
  if (user.role === 'contributor') return article.authorUserIds.includes(user.id) && article.status === 'draft';
  return false;
}

export function canPublishArticle(user: SessionUser | null, article: { authorUserIds: number[] }): boolean {
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'editor') return true;
  return user.role === 'author' && article.authorUserIds.includes(user.id);
}

/** Drafts, previews and view counts are for staff who write or edit. */
export const canPreview = (user: SessionUser | null) => canWriteArticles(user);

export const canSeeStats = (user: SessionUser | null) => isStaff(user);

/** Pictures are uploaded by those who write; moderators only handle comments. */
export const canUploadMedia = (user: SessionUser | null) => canWriteArticles(user);
