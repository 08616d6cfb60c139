import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Role } from '@/lib/auth/roles';

// Invitations live in the Setting table as `invite:<sha256 of token>` → JSON. Only the hash is
// kept, so the link, shown once to the admin who made it, is the only way in.
export const INVITE_PREFIX = 'invite:';
export const INVITE_DAYS = 7;

export type StoredInvite = { email: string; name: string; role: Role; invitedById: number; expiresAt: string };

export const newInviteToken = () => randomBytes(32).toString('base64url');
export const inviteKey = (token: string) => INVITE_PREFIX + createHash('sha256').update(token).digest('hex');

export function parseInvite(value: string): StoredInvite | null {
  try {
    const data = JSON.parse(value) as Partial<StoredInvite>;
    if (typeof data.email !== 'string' || typeof data.name !== 'string' || typeof data.expiresAt !== 'string') return null;
    if (typeof data.role !== 'string' || !isRole(data.role) || typeof data.invitedById !== 'number') return null;
    return data as StoredInvite;
  } catch {
    return null;
  }
}
