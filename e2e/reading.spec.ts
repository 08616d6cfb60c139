import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { seed, seedArticlePath } from './helpers/seed-article';

test.describe('reading the Arabic site', () => {
  test('home → the seed article by its title; its paragraphs match the seed byte for byte', async ({ page }) => {
    await page.goto('/ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', /^ar/);

    await page.getByRole('link', { name: seed.title, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${seedArticlePath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);

    const paragraphs = await page.locator('article .article-body p').allTextContents();
    expect(paragraphs).toEqual(seed.paragraphs);

    // Section label links to the section, the byline to the author, and the date is ar-MA.
    const header = page.locator('article header');
    await expect(header.getByRole('link', { name: seed.section })).toHaveAttribute('href', '/ar/section/ala-masouliyati');
    // Our own links keep Arabic slugs readable (lib/url-paths.ts); the browser encodes them.
    await expect(header.getByRole('link', { name: seed.author })).toHaveAttribute('href', '/ar/author/ادريس-العاشري');
    await expect(header).toContainText('نشرت في 22 فبراير 2023');
    await expect(header).toContainText(/منذ \d+ سن|منذ سنتين|منذ سنة/);

    await expect(page.getByRole('link', { name: 'انقر للتعليق' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'الأكثر مشاهدة' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'مسار التصفح' })).toBeVisible();
    for (const network of ['WhatsApp', 'Facebook', 'X', 'Telegram']) {
      await expect(page.getByRole('link', { name: `شارك على ${network}` })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'نسخ الرابط' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'مقالات ذات صلة' })).toBeVisible();
  });

  test('the page does not scroll sideways', async ({ page }) => {
    for (const path of ['/ar', seedArticlePath, '/ar/section/politics', '/fr']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('Latin inside Arabic keeps its order: the title runs right to left with FBI at its end', async ({ page }) => {
    await page.goto(seedArticlePath);
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // In RTL the last word ("FBI") is drawn left-most: check with the text's own geometry.
    const [fbiLeft, firstWordLeft] = await h1.evaluate((element) => {
      const text = element.firstChild as Text;
      const range = document.createRange();
      const content = text.textContent ?? '';
      range.setStart(text, content.indexOf('FBI'));
      range.setEnd(text, content.indexOf('FBI') + 3);
      const fbi = range.getBoundingClientRect().left;
      range.setStart(text, 0);
      range.setEnd(text, 3);
      return [fbi, range.getBoundingClientRect().left];
    });
    expect(fbiLeft).toBeLessThan(firstWordLeft);
  });

  test('the French edition is left to right with its own articles', async ({ page }) => {
    await page.goto('/fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('link', { name: 'Casablanca inaugure sa nouvelle ligne de tramway' }).first()).toBeVisible();
    await expect(page.getByText(seed.title)).toHaveCount(0);
  });

  test('sections, authors and tags page their articles', async ({ page }) => {
    await page.goto('/ar/section/politics');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('سياسة');
    await expect(page.locator('main article')).not.toHaveCount(0);
    await page.goto(`/ar/author/${encodeURIComponent('ادريس-العاشري')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقالات ادريس العاشري');
    // In the author's list itself (the most-viewed sidebar may link it too).
    await expect(page.locator('main article').getByRole('link', { name: seed.title })).toBeVisible();
    await page.goto(`/ar/tag/${encodeURIComponent('الأمن')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الوسم: الأمن');
  });
});

test.describe('caching', () => {
  test('public pages are served from the cache and carry no per-visitor cookie', async ({ request }) => {
    for (const path of ['/ar', seedArticlePath, '/ar/section/politics', `/ar/author/${encodeURIComponent('ادريس-العاشري')}`]) {
      // The second of two requests is answered from the cache. Asked again for a while: a change to
      // a live article elsewhere in the suite has every page rendered afresh for 5 s.
      let again = await request.get(path);
      await expect
        .poll(async () => {
          await request.get(path);
          again = await request.get(path);
          return again.headers()['x-nextjs-cache'];
        }, { message: path, timeout: 20_000 })
        .toMatch(/HIT|STALE/);
      expect(again.status(), path).toBe(200);
      expect(again.headers()['set-cookie'], path).toBeUndefined();
    }
  });
});

test.describe('bad input never gives a server error', () => {
  test('unknown URL: localized 404 with status 404', async ({ page }) => {
    const response = await page.goto('/ar/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    const french = await page.goto('/fr/news/nexiste-pas');
    expect(french?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });

  test('malformed slugs and page numbers get 400 or 404', async ({ request }) => {
    const cases: [string, number[]][] = [
      ['/ar/news/%D8%B9%D9', [400]],
      ['/ar/news/abc%ZZ', [400]],
      [`/ar/news/${'ب'.repeat(150)}`, [400, 404]],
      ['/ar/news/%3Cscript%3E', [404]],
      ['/ar/section/politics/-1', [404]],
      ['/ar/section/politics/abc', [404]],
      ['/ar/section/politics/0', [404]],
      ['/ar/section/politics/999', [404]],
      ['/ar/section/politics?page=abc', [200]],
      ['/ar/author/nobody/2', [404]],
    ];
    for (const [path, expected] of cases) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(expected, `${path} → ${response.status()}`).toContain(response.status());
      if (response.status() >= 400) expect(await response.text()).toMatch(/غير|invalide|introuvable/);
    }
  });
});

test.describe('layout', () => {
  test('at 1280 px the sidebar sits beside the article', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(seedArticlePath);
    const article = await page.locator('main article').first().boundingBox();
    const sidebar = await page.locator('main aside').boundingBox();
    expect(article && sidebar).toBeTruthy();
    // Side by side (RTL: the sidebar is on the left), not stacked.
    expect(sidebar!.x + sidebar!.width).toBeLessThanOrEqual(article!.x + 1);
    expect(Math.abs(sidebar!.y - article!.y)).toBeLessThan(200);
  });

  test('on a phone the menu opens from its toggle', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/ar');
    const nav = page.getByRole('navigation', { name: 'الأقسام' });
    await expect(nav).toBeHidden();
    // A <details> summary (it works without JavaScript), which Playwright does not list as a button.
    await page.getByText('القائمة', { exact: true }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'اقتصاد' }).click();
    await expect(page).toHaveURL(/\/ar\/section\/economy$/);
  });
});

test.describe('accessibility', () => {
  for (const path of ['/ar', seedArticlePath, '/ar/section/politics', '/ar/missing', '/fr', '/fr/section/actualite', '/fr/missing']) {
    test(`no serious or critical axe violation on ${decodeURIComponent(path)}`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('a French article has no serious violation either', async ({ page }) => {
    await page.goto('/fr');
    await page.getByRole('link', { name: 'Casablanca inaugure sa nouvelle ligne de tramway' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // After a client-side navigation the title arrives with the page's streamed metadata, just
    // after the heading: wait for it, as a reader's tab shows it.
    await expect(page).toHaveTitle(/Casablanca inaugure/);
    await expectNoSeriousA11yViolations(page);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/ar');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
  });
});
