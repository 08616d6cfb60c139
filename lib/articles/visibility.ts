import type { Prisma } from '.prisma/sqlite';

/**
 * What readers may see. A scheduled article counts as published once its time has come, so
 * publication never waits on a job that could miss.
 */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: now } };
}
