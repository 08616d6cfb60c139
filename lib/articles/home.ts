import 'server-only';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { photoSrcSets } from '@/lib/media/photos';
import { listArticleCards } from './list';
import type { ArticleCard, OpinionCard } from './types';
import { publishedWhere } from './status';

type HomeFront = {
  /** The "عاجل" strip: live articles an editor flagged as breaking, newest first. */
  breaking: ArticleCard[];
  lead: ArticleCard | null;
  latest: ArticleCard[];
  opinion: OpinionCard[];
};

/**
 * What the top of an edition's home page shows. The lead is the article an editor pinned; without
 * one, the newest news story with a picture (a column or an imageless brief makes a poor lead),
 * else simply the newest. Every flag change expires the home tag, so the cached page follows.
 */
export async function getHomeFront(locale: string, latestCount: number): Promise<HomeFront> {
  await dependsOn(TAGS.home(locale));
  const [breaking, pinned, newest, opinion] = await Promise.all([
    listArticleCards({ locale, breaking: true }, { take: 3 }),
    listArticleCards({ locale, sticky: true }, { take: 1 }),
    listArticleCards({ locale }, { take: latestCount + 1 }),
    listOpinionCards(locale, 4),
  ]);
  const lead = pinned[0] ?? newest.find((card) => card.kind === 'news' && card.image) ?? newest[0] ?? null;
  const latest = newest.filter((card) => card.id !== lead?.id).slice(0, latestCount);
  return { breaking, lead, latest, opinion };
}

/** The opinion rail: the newest opinion pieces, each with its first author's photo when there is one. */
async function listOpinionCards(locale: string, take: number): Promise<OpinionCard[]> {
  const rows = await db.article.findMany({
    where: { locale, kind: 'opinion', ...publishedWhere() },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      authors: { orderBy: { position: 'asc' }, take: 1, select: { author: { select: { slug: true, name: true, photoUrl: true } } } },
    },
    take,
  });
  const photos = await photoSrcSets(rows.map((row) => row.authors[0]?.author.photoUrl));
  return rows.map((row) => {
    const author = row.authors[0]?.author ?? null;
    return { id: row.id, slug: row.slug, title: row.title, author: author && { ...author, photoSrcSets: photos.get(author.photoUrl ?? '') } };
  });
}
