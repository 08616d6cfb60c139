import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mediaUrl, storeImage } from '@/lib/media/mutations';
import { decodeOrNull } from '@/lib/utils/percent-decode';
import { findImported, inTransaction, markImported, type ImportContext, type MediaRef } from './context';
import { count, note } from './report';

// Images are looked up in the --media folder by their path under WordPress's uploads folder
// (uploads/YYYY/MM/name.jpg) and go through the same processing as an upload in the editor.
// Each file is processed once per site: a second run finds it by that path.

const UPLOADS = /\/uploads\/(\d{4}\/\d{2}\/[^?#]+)$/;
// WordPress's resized copies ("photo-300x200.jpg"): the original is used when the copy is gone.
const SIZE_SUFFIX = /-\d+x\d+(\.[a-z0-9]+)$/i;

/** The path under uploads/ of an old image address, or null for an image from elsewhere. */
export function uploadsPath(url: string): string | null {
  const decoded = decodeOrNull(url, decodeURI);
  if (decoded === null) return null;
  const match = UPLOADS.exec(decoded) ?? /^(\d{4}\/\d{2}\/[^?#]+)$/.exec(decoded);
  const relative = match?.[1];
  return relative && !relative.split('/').includes('..') ? relative : null;
}

/** The file under the uploads folder that holds an image: itself, or the original of a resized copy. */
async function findUploaded(dir: string, relative: string): Promise<string | null> {
  for (const candidate of [relative, relative.replace(SIZE_SUFFIX, '$1')]) {
    try {
      if ((await stat(path.join(dir, candidate))).isFile()) return candidate;
    } catch {
      // not there; try the original size next
    }
  }
  return null;
}

/**
 * The new address of an old image, or null (the old address stays) when the file is missing or
 * not an image; either way the item is imported and the report says which file and why.
 */
export async function importImage(context: ImportContext, url: string, item: { id: string; title: string }): Promise<MediaRef | null> {
  const wanted = uploadsPath(url);
  if (!wanted || !context.mediaDir) return null;
  const { report } = context;
  const relative = await findUploaded(context.mediaDir, wanted);
  if (!relative) {
    count(report, 'media', 'skipped');
    note(report, { kind: 'post', id: item.id, title: item.title, reason: 'missingMedia', detail: wanted });
    return null;
  }
  // A resized copy and its original are one image: processed once, under the original's path.
  if (context.media.has(relative)) return context.media.get(relative)!;
  const known = findImported(context, 'media', relative);
  if (known) {
    const row = await context.db.media.findUnique({ where: { id: known.targetId }, select: { fileName: true, width: true, height: true } });
    if (row) {
      count(report, 'media', 'unchanged');
      const ref = { url: mediaUrl(row.fileName), width: row.width, height: row.height };
      context.media.set(relative, ref);
      return ref;
    }
  }
  if (context.dryRun) {
    count(report, 'media', 'imported');
    const ref = { url: `/media/${relative}`, width: 0, height: 0 };
    context.media.set(relative, ref);
    return ref;
  }
  try {
    // The export's media folder is chosen at run time: nothing for the build's file tracer to follow.
    const stored = await storeImage(await readFile(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ context.mediaDir, relative)), context.db);
    await inTransaction(context, (tx) => markImported(tx, context, 'media', relative, stored.id, ''));
    count(report, 'media', 'imported');
    const ref = { url: stored.url, width: stored.width, height: stored.height };
    context.media.set(relative, ref);
    return ref;
  } catch (error) {
    count(report, 'media', 'skipped');
    note(report, { kind: 'post', id: item.id, title: item.title, reason: 'badMedia', detail: `${relative}: ${(error as Error).message}` });
    context.media.set(relative, null);
    return null;
  }
}
