import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { detectImageFormat, SNIFF_BYTES } from './detect';
import { MediaError } from './errors';
import { MAX_UPLOAD_BYTES } from './limits';

// Room for the multipart boundaries and headers around the file itself.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads the multipart field `file` from a request while it streams in: a body announced or
 * found to be over the limit, or one whose first bytes are not an accepted image, is refused
 * as soon as that is known, without buffering the rest.
 */
export async function readUpload(request: Request): Promise<Buffer> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !request.body) throw new MediaError('missing');
  const announced = Number(request.headers.get('content-length'));
  if (announced > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) throw new MediaError('tooLarge');

  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fields: 10, parts: 12, fileSize: MAX_UPLOAD_BYTES },
    });
  } catch {
    throw new MediaError('missing');
  }

  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    let file: Buffer | null = null;
    const fail = (code: MediaError['code']) => {
      if (settled) return;
      settled = true;
      body.unpipe(parser);
      body.destroy();
      reject(new MediaError(code));
    };

    parser.on('file', (name, stream) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let sniffed = false;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (!sniffed && size >= SNIFF_BYTES) {
          sniffed = true;
          if (!detectImageFormat(Buffer.concat(chunks))) fail('unsupported');
        }
      });
      stream.on('limit', () => fail('tooLarge'));
      stream.on('end', () => {
        if (settled) return;
        const whole = Buffer.concat(chunks);
        if (whole.length === 0) return fail('missing');
        if (!detectImageFormat(whole)) return fail('unsupported');
        file = whole;
      });
    });
    parser.on('error', () => fail('missing'));
    parser.on('close', () => {
      if (settled) return;
      if (!file) return fail('missing');
      settled = true;
      resolve(file);
    });
    body.on('error', () => fail('missing'));
    body.pipe(parser);
  });
}
