import { randomBytes } from 'node:crypto';
import { expect, test, type Locator } from '@playwright/test';
import { createArticle, withDb } from './helpers/comments';
import { seedArticlePath } from './helpers/seed-article';

// WCAG 2.5.5 and the platforms' guidelines: a finger needs 44 × 44 CSS pixels.
const MIN = 44;

async function expectTappable(targets: Locator, what: string) {
  const count = await targets.count();
  expect(count, `${what}: none found`).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const box = await targets.nth(index).boundingBox();
    expect(box, `${what} #${index} is not laid out`).not.toBeNull();
    expect(Math.round(box!.height), `${what} #${index} height`).toBeGreaterThanOrEqual(MIN);
    expect(Math.round(box!.width), `${what} #${index} width`).toBeGreaterThanOrEqual(MIN);
  }
}

test.describe('on a 360 px phone every control is big enough for a finger', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('home: menu, languages and "more" links', async ({ page }) => {
    await page.goto('/ar');
    await expectTappable(page.locator('#site-menu summary'), 'menu toggle');
    await expectTappable(page.getByRole('navigation', { name: 'اللغات' }).getByRole('link'), 'language link');
    await expectTappable(page.getByRole('link', { name: /^المزيد من/ }), '"more" link');
  });

  test('article: share buttons (WhatsApp first) and tags', async ({ page }) => {
    await page.goto(seedArticlePath);
    const share = page.getByRole('region', { name: 'شارك المقال' });
    await expect(share.getByRole('link').first()).toHaveAccessibleName('شارك على WhatsApp');
    await expectTappable(share.getByRole('link'), 'share link');
    await expectTappable(share.getByRole('button'), 'copy-link button');
    await expectTappable(page.getByRole('region', { name: 'الوسوم' }).getByRole('link'), 'tag');
  });

  test('comments without JavaScript: "رد" and the pages of a long thread', async ({ page }) => {
    const article = await createArticle();
    await withDb((db) =>
      db.comment.createMany({
        data: Array.from({ length: 21 }, (_, index) => ({
          articleId: article.id, authorName: `قارئ ${index}`, authorEmail: `t${index}@example.ma`, body: `تعليق ${index}`,
          status: 'approved', idempotencyKey: `tap-${randomBytes(6).toString('hex')}`, createdAt: new Date(Date.now() - (30 - index) * 60_000),
        })),
      }),
    );
    await page.goto(`${article.path}/comments`);
    await expectTappable(page.getByRole('link', { name: 'رد', exact: true }), '"رد" link');
    await expectTappable(page.getByRole('navigation', { name: 'صفحات التعليقات' }).getByRole('link'), 'page link');
  });
});
