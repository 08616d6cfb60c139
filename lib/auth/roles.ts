// Roles, from most to least powerful. Checks live in permissions.ts, never in the proxy.
export const ROLES = ['admin', 'editor', 'author', 'contributor', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export type SessionUser = { id: number; email: string; name: string; role: Role };
