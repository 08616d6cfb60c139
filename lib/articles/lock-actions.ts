'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { requireUser } from '@/lib/auth/guard';
import { canWriteArticles } from '@/lib/auth/permissions';
import { acquireLock, releaseLock, takeOverLock, type LockResult } from './locks';

// The editor's lock: taken and renewed by the open editor, taken over on request.

const id = z.coerce.number().int().positive();

/** Takes or renews the lock; answers who holds it when someone else does. */
export async function heartbeatLockAction(articleId: number): Promise<LockResult> {
  const actor = await requireUser(canWriteArticles).catch(() => null);
  const parsed = id.safeParse(articleId);
  if (!actor || !parsed.success) return { ok: false, error: 'forbidden' };
  return acquireLock(actor, parsed.data);
}

export async function releaseLockAction(articleId: number): Promise<void> {
  const actor = await requireUser(canWriteArticles).catch(() => null);
  const parsed = id.safeParse(articleId);
  if (actor && parsed.success) await releaseLock(actor, parsed.data);
}

export async function takeOverLockAction(form: FormData): Promise<void> {
  const locale = z.enum(routing.locales).catch('ar').parse(form.get('locale'));
  const actor = await requireUser(canWriteArticles).catch(() => null);
  if (!actor) redirect(`/${locale}/admin/login`);
  const parsed = id.safeParse(form.get('id'));
  if (parsed.success) await takeOverLock(actor, parsed.data);
  redirect(`/${locale}/admin/articles/${parsed.success ? parsed.data : ''}`);
}
