import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageErrorCode } from './errors';
import { mediaErrorResponse } from './messages';
import { writeMediaFiles } from './store';

// A full media disk is the site's problem: the uploader gets 507 and a sentence in their
// language, not an empty 500. The disk here is a 1 MB tmpfs filled to the last byte (needs root).

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'midad-media-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  try {
    writeFileSync(path.join(dir, 'filler'), Buffer.alloc(2 * 1024 * 1024));
  } catch {
    // ENOSPC: the disk is now full, as wanted.
  }
  process.env.MEDIA_DIR = dir;
});

afterAll(() => {
  execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
});

describe('a full media disk', () => {
  it('fails the write with ENOSPC, leaves no partial file, and answers a localized 507', async () => {
    const error = await writeMediaFiles([{ name: 'picture.jpg', data: Buffer.alloc(256 * 1024, 1) }]).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    const code = storageErrorCode(error);
    expect(code).toBe('storageFull');
    const response = mediaErrorResponse(code!, 'ar');
    expect(response.status).toBe(507);
    expect(await response.json()).toEqual({ error: 'لا توجد مساحة كافية لحفظ الصورة الآن. أخبر مسؤول الموقع ثم أعد المحاولة.' });
  });

  it('a read-only or failing disk answers 503, other errors are not storage errors', () => {
    expect(storageErrorCode(Object.assign(new Error('ro'), { code: 'EROFS' }))).toBe('storageUnavailable');
    expect(storageErrorCode(new TypeError('bug'))).toBeNull();
  });
});
