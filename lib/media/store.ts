import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION, type ImageFormat } from './detect';
import { mediaDir } from './limits';

/** A fresh random base name: nothing of the uploader's file name reaches the disk. */
export function newMediaBase(): string {
  return randomBytes(12).toString('hex');
}

export const mainName = (base: string, format: ImageFormat) => `${base}.${EXTENSION[format]}`;
export const variantName = (base: string, width: number) => `${base}-${width}.webp`;

/** Writes new files only ('wx'), so an existing upload is never overwritten. */
export async function writeMediaFiles(files: { name: string; data: Buffer }[]): Promise<void> {
  const dir = mediaDir();
  await mkdir(dir, { recursive: true });
  try {
    for (const file of files) await writeFile(path.join(dir, file.name), file.data, { flag: 'wx' });
  } catch (error) {
    await removeMediaFiles(files.map((file) => file.name));
    throw error;
  }
}

export async function removeMediaFiles(names: string[]): Promise<void> {
  const dir = mediaDir();
  await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
}
