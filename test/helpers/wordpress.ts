import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jpegWithExif } from '@/test/fixtures/images';

export const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'wordpress', 'site.wxr.xml');
export const fixtureText = () => readFileSync(FIXTURE, 'utf8');

/** A WordPress uploads folder with the fixture's featured image and the original of its inline one. */
export async function uploadsFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wp-uploads-'));
  mkdirSync(path.join(dir, '2024', '05'), { recursive: true });
  writeFileSync(path.join(dir, '2024', '05', 'featured.jpg'), await jpegWithExif(1200, 800));
  writeFileSync(path.join(dir, '2024', '05', 'inline.jpg'), await jpegWithExif(600, 400));
  return dir;
}

/** A variant of the fixture written to a temp file. */
export function wxrFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-')), 'export.xml');
  writeFileSync(file, text);
  return file;
}
