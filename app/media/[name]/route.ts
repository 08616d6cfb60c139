import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_NAME, mediaDir } from '@/lib/media/limits';

const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

// Uploaded pictures, by their generated names only: anything else (dots, slashes, other
// extensions) is a 404 before the file system is touched. Names never change, so they cache forever.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!MEDIA_NAME.test(name)) return new Response('Not found', { status: 404 });
  let data: Buffer;
  try {
    data = await readFile(path.join(mediaDir(), name));
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': TYPES[name.slice(name.lastIndexOf('.') + 1)]!,
      'Content-Length': String(data.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
