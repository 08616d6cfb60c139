import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngImage } from '@/test/fixtures/images';
import { serveMedia } from './serve';
import { LocalMediaStore } from './store';

// An upload stored before AVIF copies were made: its original and WebP copies only.
const BASE = 'aabbccddeeff001122334455';
const request = (name: string) => new Request(`http://localhost/media/${name}`);

let dir: string;
let store: LocalMediaStore;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'midad-copies-'));
  store = new LocalMediaStore(() => dir);
  await store.write([{ name: `${BASE}.png`, data: await pngImage(900, 600) }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a copy an older upload lacks', () => {
  it('is made from the original on the first request for it, stored, and served as AVIF', async () => {
    expect(await store.size(`${BASE}-640.avif`)).toBeNull();
    const [first, second] = await Promise.all([serveMedia(request(`${BASE}-640.avif`), `${BASE}-640.avif`, store), serveMedia(request(`${BASE}-640.avif`), `${BASE}-640.avif`, store)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers.get('content-type')).toBe('image/avif');
    expect(await sharp(Buffer.from(await first.arrayBuffer())).metadata()).toMatchObject({ format: 'heif', compression: 'av1', width: 640, height: 427 });
    expect(await store.size(`${BASE}-640.avif`)).toBeGreaterThan(0);
    // At the upload's own width too, which the page lists as the largest AVIF.
    expect((await serveMedia(request(`${BASE}-900.avif`), `${BASE}-900.avif`, store)).status).toBe(200);
  });

  it('is not made at a width the upload would not have had, nor for an upload that does not exist', async () => {
    for (const name of [`${BASE}-700.avif`, `${BASE}-1024.avif`, `${BASE}-900.webp`, `000000000000000000000000-320.avif`]) {
      expect((await serveMedia(request(name), name, store)).status, name).toBe(404);
      expect(await store.size(name), name).toBeNull();
    }
  });
});
