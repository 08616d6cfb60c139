import type { Role } from '@/lib/auth/roles';

export type UserRow = { id: number; email: string; name: string; role: Role; disabled: boolean; createdAt: Date; sessions: number };

export type PendingInvite = { id: string; email: string; name: string; role: Role; expiresAt: Date };

/** What the invitation page needs to greet the invitee. */
export type InviteDetails = { email: string; name: string; role: Role };

export type UserError = 'forbidden' | 'self' | 'exists' | 'notFound' | 'invalidInvite' | 'tooShort' | 'tooLong' | 'common' | 'mismatch' | 'invalid' | 'wrongPassword' | 'invalidReset' | 'invalidInviteId';

/** What the reset page needs to greet the user. */
export type ResetDetails = { email: string; name: string };
