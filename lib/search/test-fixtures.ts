import type { Db } from '@/lib/db';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import seedArticle from '@/prisma/demo/seed-article.json';
import { articleSearchFields } from './document';
import { corpus } from './relevance-corpus';

const DAY = 86_400_000;

/** The demo site plus the relevance corpus, written the way the app writes articles. Keys → ids. */
export async function loadSearchFixtures(db: Db, now: Date): Promise<Map<string, number>> {
  await seedDemoContent(db, now);
  const ids = new Map<string, number>();
  const seed = await db.article.findFirstOrThrow({ where: { title: seedArticle.title }, select: { id: true } });
  ids.set('seed', seed.id);
  for (const article of corpus) {
    const section = await db.section.findFirstOrThrow({ where: { locale: article.locale }, orderBy: { position: 'desc' }, select: { id: true } });
    const body = paragraphsToHtml([article.body]);
    const dek = article.dek ?? '';
    const row = await db.article.create({
      data: {
        locale: article.locale,
        slug: `fixture-${article.key}`,
        title: article.title,
        dek,
        body,
        ...articleSearchFields({ locale: article.locale, title: article.title, dek, body }),
        status: article.status ?? 'published',
        publishedAt: new Date(now.getTime() - article.daysAgo * DAY),
        sectionId: section.id,
      },
      select: { id: true },
    });
    ids.set(article.key, row.id);
  }
  return ids;
}
