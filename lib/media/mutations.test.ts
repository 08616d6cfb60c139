import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { HTML_FILE, jpegWithExif, pngImage } from '@/test/fixtures/images';
import { codeOf } from '@/test/helpers/media';
import { saveUpload } from './mutations';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'midad-media-'));
  process.env.MEDIA_DIR = dir;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const as = (role: SessionUser['role']): SessionUser => ({ id: 1, email: `${role}@example.test`, name: role, role });

describe('saveUpload', () => {
  it('stores a re-encoded picture under a generated name and records it', async () => {
    const result = await saveUpload(as('author'), await jpegWithExif(700, 500));
    expect(result).toMatchObject({ width: 700, height: 500 });
    expect(result.url).toMatch(/^\/media\/[a-f0-9]{24}\.jpg$/);
    const row = await db.media.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ mime: 'image/jpeg', width: 700, height: 500 });
    const copy = (suffix: string) => row.fileName.replace('.jpg', suffix);
    expect(JSON.parse(row.variants)).toEqual([
      { width: 320, fileName: copy('-320.avif') },
      { width: 640, fileName: copy('-640.avif') },
      { width: 700, fileName: copy('-700.avif') },
      { width: 320, fileName: copy('-320.webp') },
      { width: 640, fileName: copy('-640.webp') },
    ]);
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining([row.fileName, copy('-320.webp'), copy('-700.avif')]));
    const stored = await sharp(path.join(dir, row.fileName)).metadata();
    expect(stored.exif).toBeUndefined();
  });

  it('gives two uploads of the same picture different names', async () => {
    const png = await pngImage(50, 50);
    const [a, b] = [await saveUpload(as('editor'), png), await saveUpload(as('editor'), png)];
    expect(a.url).not.toBe(b.url);
  });

  it('refuses anonymous users and moderators and writes nothing', async () => {
    const before = [await db.media.count(), (await readdir(dir)).length];
    expect(await codeOf(saveUpload(null, await pngImage(50, 50)))).toBe('signIn');
    expect(await codeOf(saveUpload(as('moderator'), await pngImage(50, 50)))).toBe('forbidden');
    expect(await codeOf(saveUpload(as('contributor'), HTML_FILE))).toBe('unsupported');
    expect([await db.media.count(), (await readdir(dir)).length]).toEqual(before);
  });
});
