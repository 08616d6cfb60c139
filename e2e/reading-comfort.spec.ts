import { expect, test } from '@playwright/test';
import { seedArticlePath } from './helpers/seed-article';

test('the Arabic body reads comfortably: tall lines, 18 px or more, about 65 characters a line on desktop', async ({ page }, testInfo) => {
  await page.goto(seedArticlePath);
  const paragraph = page.locator('.article-body p').first();
  await expect(paragraph).toBeVisible();
  const metrics = await paragraph.evaluate((node) => {
    const style = getComputedStyle(node);
    const lineHeight = parseFloat(style.lineHeight);
    const lines = Math.round(node.getBoundingClientRect().height / lineHeight);
    return { fontSize: parseFloat(style.fontSize), lineHeight, lines, characters: (node.textContent ?? '').length };
  });
  expect(metrics.fontSize).toBeGreaterThanOrEqual(18);
  expect(metrics.lineHeight / metrics.fontSize).toBeGreaterThanOrEqual(1.8);
  if (testInfo.project.name === 'desktop') {
    // The seed's first paragraph is long enough to fill several lines; full lines set the measure.
    expect(metrics.lines).toBeGreaterThan(2);
    const perLine = metrics.characters / metrics.lines;
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(78);
  }
});
