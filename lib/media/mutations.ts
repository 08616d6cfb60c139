import 'server-only';
import { canUploadMedia } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { MIME } from './detect';
import { MediaError } from './errors';
import { processImage } from './process';
import { mainName, newMediaBase, removeMediaFiles, variantName, writeMediaFiles } from './store';
import type { MediaVariant, UploadedMedia } from './types';

export const mediaUrl = (fileName: string) => `/media/${fileName}`;

/** Checks the uploader, re-encodes the image, stores its files and records it. */
export async function saveUpload(user: SessionUser | null, bytes: Buffer): Promise<UploadedMedia> {
  if (!user) throw new MediaError('signIn');
  if (!canUploadMedia(user)) throw new MediaError('forbidden');
  return storeImage(bytes);
}

/** Re-encodes an image, stores its files and records it; callers have checked who may. */
export async function storeImage(bytes: Buffer, database: Pick<typeof db, 'media'> = db): Promise<UploadedMedia> {
  const image = await processImage(bytes);
  const base = newMediaBase();
  const fileName = mainName(base, image.format);
  const variants: MediaVariant[] = image.variants.map((variant) => ({ width: variant.width, fileName: variantName(base, variant.width, variant.format) }));
  const files = [
    { name: fileName, data: image.data },
    ...image.variants.map((variant, index) => ({ name: variants[index]!.fileName, data: variant.data })),
  ];
  await writeMediaFiles(files);
  try {
    const row = await database.media.create({
      data: {
        fileName,
        mime: MIME[image.format],
        width: image.width,
        height: image.height,
        bytes: image.data.length,
        variants: JSON.stringify(variants),
      },
      select: { id: true },
    });
    return { id: row.id, url: mediaUrl(fileName), width: image.width, height: image.height };
  } catch (error) {
    await removeMediaFiles(files.map((file) => file.name));
    throw error;
  }
}
