// Request bodies are judged before they are read: a body announced larger than the route's cap
// is refused from its Content-Length, and one that streams in without it is read only up to the
// cap. Request.formData() would buffer anything a client sends (50 MB, anonymously).

/** A route's body is over its cap (413) or not a form this route reads (400). */
export type BodyRefusal = 'tooLarge' | 'malformed';

/** True when the announced length alone is over `max` (checked before anything is read). */
export function announcedTooLarge(headers: Headers, max: number): boolean {
  const announced = headers.get('content-length');
  return announced !== null && !(Number(announced) <= max);
}

/** The body's bytes, or 'tooLarge' as soon as more than `max` arrive (read no further). */
export async function readCappedBody(request: Request, max: number): Promise<Buffer | 'tooLarge'> {
  if (announcedTooLarge(request.headers, max)) return 'tooLarge';
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

/** The body as text, or 'tooLarge'. */
export async function readCappedText(request: Request, max: number): Promise<string | 'tooLarge'> {
  const bytes = await readCappedBody(request, max);
  return bytes === 'tooLarge' ? bytes : Buffer.from(bytes).toString('utf8');
}

/**
 * A url-encoded or multipart form read with a cap. The capped bytes are parsed by the platform's
 * own form parser (a Request made from them), so nothing here parses multipart by hand.
 */
export async function readCappedForm(request: Request, max: number): Promise<FormData | BodyRefusal> {
  // The media type is matched without case; the header is passed on as sent, because a multipart
  // boundary is case-sensitive.
  const type = request.headers.get('content-type') ?? '';
  const mediaType = type.toLowerCase();
  if (!mediaType.startsWith('application/x-www-form-urlencoded') && !mediaType.startsWith('multipart/form-data')) return 'malformed';
  const bytes = await readCappedBody(request, max);
  if (bytes === 'tooLarge') return bytes;
  try {
    return await new Request('http://form.invalid/', { method: 'POST', body: new Uint8Array(bytes), headers: { 'content-type': type } }).formData();
  } catch {
    return 'malformed';
  }
}
