// Addresses arrive percent-encoded, and a malformed one (a lone "%", bytes that are not UTF-8)
// makes the decoders throw. Each reader of an address decodes through here and says what a
// malformed one means to it: not an old link, a 400, not cacheable, left as it came.

/** `text` decoded, or null when it is malformed. `decode` is decodeURI for a whole address whose reserved escapes (%2F) must stay. */
export function decodeOrNull(text: string, decode: (text: string) => string = decodeURIComponent): string | null {
  try {
    return decode(text);
  } catch {
    return null;
  }
}
