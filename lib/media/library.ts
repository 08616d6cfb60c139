import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canUploadMedia } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { mediaUrl } from './mutations';
import type { MediaDetails, MediaItem } from './types';

// The media library: every uploaded picture, newest first, with the words that go with it
// (alternative text, caption, photo credit), so a picture is uploaded once and used again.

export const MEDIA_PAGE_SIZE = 48;

const itemSelect = { id: true, fileName: true, width: true, height: true, alt: true, caption: true, credit: true, createdAt: true } as const;

export async function listMedia(actor: SessionUser, page = 1, take = MEDIA_PAGE_SIZE): Promise<{ items: MediaItem[]; pageCount: number }> {
  if (!canUploadMedia(actor)) return { items: [], pageCount: 1 };
  const [rows, total] = await Promise.all([
    db.media.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (Math.max(1, page) - 1) * take, take, select: itemSelect }),
    db.media.count(),
  ]);
  return {
    pageCount: Math.max(1, Math.ceil(total / take)),
    items: rows.map(({ fileName, createdAt, ...row }) => ({ ...row, url: mediaUrl(fileName), createdAt: createdAt.toISOString() })),
  };
}

export async function updateMediaDetails(actor: SessionUser, id: number, details: MediaDetails): Promise<'ok' | 'forbidden' | 'notFound'> {
  if (!canUploadMedia(actor)) return 'forbidden';
  return db.$transaction(async (tx) => {
    const { count } = await tx.media.updateMany({ where: { id }, data: details });
    if (count !== 1) return 'notFound' as const;
    await recordAudit(tx, { userId: actor.id, action: 'media.update', targetType: 'media', targetId: id, detail: details.alt });
    return 'ok' as const;
  });
}
