import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemoContent } from './seed-content';

describe('seedDemoContent', () => {
  it('fills every edition and is a no-op on a database that has content', async () => {
    const written = await seedDemoContent(db);
    expect(written).toBeGreaterThanOrEqual(49);
    const arabic = await db.article.count({ where: { locale: 'ar' } });
    expect(arabic).toBeGreaterThanOrEqual(41);
    expect(await db.section.count({ where: { locale: 'ar' } })).toBeGreaterThanOrEqual(5);
    const arabicAuthors = await db.author.count({ where: { articles: { some: { article: { locale: 'ar' } } } } });
    expect(arabicAuthors).toBeGreaterThanOrEqual(8);
    expect(await db.article.count({ where: { locale: 'fr' } })).toBeGreaterThan(0);
    expect(await db.article.count({ where: { locale: 'en' } })).toBeGreaterThan(0);
    expect(await seedDemoContent(db)).toBe(0);
    expect(await db.article.count()).toBe(written);
  });
});
