const encoder = new TextEncoder();

/**
 * An XML document as a pull stream: the next batch is read from the database only when the
 * client has taken the previous one, so memory holds one batch whatever the table size.
 */
export function xmlStream(head: string, body: AsyncIterable<string>, tail: string): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(head));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(next.value));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function xmlResponse(stream: ReadableStream<Uint8Array> | string, maxAge = 600): Response {
  return new Response(stream, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 6}`,
    },
  });
}

/** Reads a whole stream into a string: for tests and benchmarks. */
export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
