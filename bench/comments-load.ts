import { randomBytes } from 'node:crypto';

// The clients of the comments bench: each posts one after another, with its own address per post
// (the server trusts X-Forwarded-For here), and every tenth post is sent twice at once, the way a
// double click would, to show the idempotency key keeps it single.

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

export type LoadResult = {
  acknowledged: Map<string, string>; // idempotency key → body
  latenciesMs: number[];
  statuses: Map<number, number>;
  serverErrors: number;
  networkErrors: number;
  /** Posts sent again with the same key after a connection error, as a reader clicking again would. */
  retries: number;
  seconds: number;
};

let addressCounter = 0;
function nextAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

async function postOnce(origin: string, articleId: number, token: string, key: string, body: string, address: string) {
  const form = new FormData();
  const fields = { locale: 'ar', articleId: String(articleId), parentId: '', name: 'قارئ 🙂', email: `bench-${key}@example.ma`, body, website: '', formToken: token, idempotencyKey: key };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return fetch(`${origin}/api/comments`, {
    method: 'POST',
    body: form,
    headers: { accept: 'application/json', origin, 'user-agent': BROWSER_UA, 'x-forwarded-for': address },
  });
}

export async function runLoad(options: {
  origin: string;
  articleId: number;
  token: string;
  clients: number;
  perClient: number;
  onProgress?: (done: number) => void;
}): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: new Map(), latenciesMs: [], statuses: new Map(), serverErrors: 0, networkErrors: 0, retries: 0, seconds: 0 };
  let done = 0;
  const started = performance.now();
  async function client(index: number) {
    for (let n = 0; n < options.perClient; n += 1) {
      const key = randomBytes(16).toString('hex');
      const body = `تعليق الحمل ${index}-${n} ${key.slice(0, 8)}\nسطر ثان`;
      const address = nextAddress();
      const copies = n % 10 === 9 ? 2 : 1;
      const t0 = performance.now();
      const answers = await Promise.all(
        Array.from({ length: copies }, () =>
          withRetries(() => postOnce(options.origin, options.articleId, options.token, key, body, address)),
        ),
      );
      result.latenciesMs.push(performance.now() - t0);
      for (const answer of answers) {
        result.networkErrors += answer.failures;
        result.retries += answer.failures && answer.status ? answer.failures : 0;
        if (!answer.status) continue;
        result.statuses.set(answer.status, (result.statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500) result.serverErrors += 1;
        if (answer.json?.ok) result.acknowledged.set(key, body);
      }
      done += 1;
      options.onProgress?.(done);
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

type Answer = { status: number; json: { ok?: boolean } | null; failures: number };

/** Connection errors (a server restarting, a kept-alive socket closed) are retried with the same key. */
async function withRetries(send: () => Promise<Response>): Promise<Answer> {
  let failures = 0;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      const response = await send();
      return { status: response.status, json: (await response.json().catch(() => null)) as Answer['json'], failures };
    } catch {
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * 2 ** attempt)));
    }
  }
  return { status: 0, json: null, failures };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
