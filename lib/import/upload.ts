import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';

// An uploaded export is streamed to a temporary file (exports of a news archive run to hundreds
// of megabytes), never held in memory; the import then streams it again from disk.

export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024;

export type UploadedExport = { file: string; fileName: string; dryRun: boolean };
export type UploadProblem = 'missing' | 'tooLarge';

export async function receiveExport(request: Request): Promise<UploadedExport | UploadProblem> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !request.body) return 'missing';
  if (Number(request.headers.get('content-length')) > MAX_EXPORT_BYTES + 64 * 1024) return 'tooLarge';
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': contentType }, limits: { files: 1, fields: 5, fileSize: MAX_EXPORT_BYTES } });
  } catch {
    return 'missing';
  }
  const file = path.join(os.tmpdir(), `midad-import-${randomBytes(8).toString('hex')}.xml`);
  let fileName = '';
  let dryRun = false;
  let tooLarge = false;
  let writing: Promise<void> | null = null;
  parser.on('field', (name, value) => {
    if (name === 'dryRun') dryRun = value === 'on' || value === '1';
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || writing) return void stream.resume();
    fileName = (info.filename ?? '').slice(0, 200);
    stream.on('limit', () => (tooLarge = true));
    writing = pipeline(stream, createWriteStream(file));
  });
  try {
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser);
    await writing;
  } catch {
    await rm(file, { force: true });
    return 'missing';
  }
  if (!writing || tooLarge) {
    await rm(file, { force: true });
    return tooLarge ? 'tooLarge' : 'missing';
  }
  return { file, fileName, dryRun };
}
