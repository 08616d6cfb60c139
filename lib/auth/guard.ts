import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { isStaff } from './permissions';
import type { SessionUser } from './roles';
import { getCurrentUser } from './session';
import { pathTo } from '@/lib/url-paths';

export class ForbiddenError extends Error {
  constructor() {
    super('forbidden');
  }
}

/**
 * For admin pages: the staff user, or a redirect to the sign-in page. A page that needs more
 * than being staff names its permission (`allowed`): other staff get a 404, so they learn
 * nothing about the page, not even that it exists.
 */
export async function requireStaffPage(locale: string, allowed?: (user: SessionUser) => boolean): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!isStaff(user)) redirect(pathTo('/admin/login', { locale }));
  if (allowed && !allowed(user)) notFound();
  return user;
}

/**
 * For actions, route handlers and data-layer writes: the user when `allowed` says yes,
 * otherwise ForbiddenError. Callers turn that into a 401/403 or an action error state.
 */
export async function requireUser(allowed: (user: SessionUser | null) => boolean): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user || !allowed(user)) throw new ForbiddenError();
  return user;
}
