import type { SessionUser } from '@/lib/auth/roles';

/** Importing a whole site rewrites the archive: admins only. */
export const canImport = (user: SessionUser | null) => user?.role === 'admin';
