import { db } from '@/lib/db';

export const ORIGIN = 'http://localhost:3000';
export const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

/** Published articles (and one draft) in a fresh section, for view tests. */
export async function createArticles(count: number, locale = 'ar') {
  const section = await db.section.create({
    data: { slug: `views-${Math.random().toString(36).slice(2, 8)}`, name: 'قسم', locale },
  });
  const base = { locale, body: '<p>نص</p>', sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - 60_000) };
  const published = [];
  for (let i = 0; i < count; i++) {
    published.push(await db.article.create({ data: { ...base, slug: `${section.slug}-${i}`, title: `مقال ${i}` } }));
  }
  const draft = await db.article.create({ data: { ...base, slug: `${section.slug}-draft`, title: 'مسودة', status: 'draft' } });
  return { published, draft };
}

/** A beacon as the browser sends it, from `address` (as server.ts stamps it) and `userAgent`. */
export function beacon(
  body: unknown,
  { address = '203.0.113.7', userAgent = CHROME, headers = {} }: { address?: string; userAgent?: string; headers?: Record<string, string> } = {},
): Request {
  return new Request(`${ORIGIN}/api/views`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      origin: ORIGIN,
      host: 'localhost:3000',
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': userAgent,
      'x-midad-client-ip': address,
      ...headers,
    },
  });
}

export async function totalViews(articleId: number) {
  const [article, buckets] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { viewsTotal: true } }),
    db.viewBucket.aggregate({ where: { articleId }, _sum: { count: true } }),
  ]);
  return { total: article.viewsTotal, buckets: buckets._sum.count ?? 0 };
}
