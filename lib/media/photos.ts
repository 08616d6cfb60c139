import 'server-only';
import { db } from '@/lib/db';
import { uploadAt, uploadSrcSets, type UploadSrcSets } from './responsive';

// Writers' photos are stored by address only (an author's photoUrl), so their width, which names
// their copies, is read from the media library: one query for every photo a page shows. A
// 1,600-pixel portrait drawn 48 pixels wide then costs the reader a 320-pixel AVIF.

/** The copies of each uploaded photo among `urls`, by address; other addresses have none. */
export async function photoSrcSets(urls: (string | null | undefined)[]): Promise<Map<string, UploadSrcSets>> {
  const fileNames = [...new Set(urls.flatMap((url) => uploadAt(url ?? '')?.fileName ?? []))];
  if (!fileNames.length) return new Map();
  const rows = await db.media.findMany({ where: { fileName: { in: fileNames } }, select: { fileName: true, width: true } });
  return new Map(
    rows.flatMap(({ fileName, width }) => {
      const url = `/media/${fileName}`;
      const srcSets = uploadSrcSets(url, width);
      return srcSets ? [[url, srcSets] as const] : [];
    }),
  );
}
