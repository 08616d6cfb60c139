import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

test('the home page rails opinion pieces with their writers\' photos or initials, and gives the latest news their time of day', async ({ page }) => {
  await page.goto('/ar');
  const opinion = page.getByRole('region', { name: 'رأي' });
  await expect(opinion.getByRole('listitem').first()).toBeVisible();
  // Each piece shows its writer: a photo, or their initials when the author has none.
  for (const item of await opinion.getByRole('listitem').all()) {
    const photo = await item.locator('img').count();
    if (!photo) await expect(item.locator('span[aria-hidden="true"]')).toHaveText(/\S/);
    await expect(item.locator('bdi')).toHaveText(/\S/);
  }

  const times = page.getByRole('region', { name: 'آخر الأخبار' }).locator('time');
  expect(await times.count()).toBeGreaterThan(0);
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(date);
  for (const time of await times.all()) {
    const published = new Date((await time.getAttribute('datetime'))!);
    const today = day(published) === day(new Date());
    const expected = new Intl.DateTimeFormat('ar-MA', {
      ...(today ? {} : { day: 'numeric', month: 'long' }),
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Africa/Casablanca',
    }).format(published);
    await expect(time).toHaveText(expected);
    expect(await time.textContent()).toMatch(/\d{2}:\d{2}/);
  }
  await expectNoSeriousA11yViolations(page);
});
