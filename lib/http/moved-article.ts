import type { ServerResponse } from 'node:http';

// Next's permanentRedirect answers 308. An article's old address promises a 301, which every
// crawler and old client understands; for GET and HEAD the two mean the same thing.
const ARTICLE_PATH = /^\/[a-z]{2}\/news\/[^/?#]+\/?(?:[?#].*)?$/;

export function movedArticleStatus(method: string | undefined, url: string | undefined, status: number): number {
  if (status !== 308 || !url || !ARTICLE_PATH.test(url)) return status;
  return method === 'GET' || method === 'HEAD' ? 301 : status;
}

/** Makes the response send 301 instead of 308 for an article's old address. */
export function answerMovedArticlesWith301(method: string | undefined, url: string | undefined, res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => writeHead(movedArticleStatus(method, url, status), ...rest)) as typeof res.writeHead;
}
