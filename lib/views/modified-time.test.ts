import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createArticles } from '@/test/helpers/views';
import { writeViews } from './write';

describe('counting views', () => {
  it('adds to the total without touching the article modification time', async () => {
    const [article] = (await createArticles(1)).published;
    const before = await db.article.findUniqueOrThrow({ where: { id: article!.id } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const views = Array.from({ length: 20 }, (_, index) => ({ key: `modified-${article!.id}-${index}`, articleId: article!.id, at: new Date() }));
    expect(await writeViews(views, 60_000)).toBe(20);
    const after = await db.article.findUniqueOrThrow({ where: { id: article!.id } });
    expect(after.viewsTotal).toBe(before.viewsTotal + 20);
    expect(after.updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
  });
});
