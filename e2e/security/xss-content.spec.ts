import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { parseXml } from '../../test/helpers/xml-validate';
import { withDb } from '../helpers/comments';
import { XSS_PAYLOADS } from '../helpers/xss-payloads';

// The comments' XSS payloads, this time as what the newsroom writes: article titles and deks,
// author names and bios, section and tag names; on the article, listing, author and tag pages
// and in the feeds. Each payload, if it ever ran or became markup, sets window.__pwned, opens a
// dialog or adds an element.

// JSON-LD is our own (data, never run); any other script in the content is not.
const DANGEROUS = 'script:not([type="application/ld+json"]), iframe, object, embed, svg, math, video, audio, form, base, meta[http-equiv], input, select, details, marquee';

async function expectPlainText(page: Page, dialogs: string[], what: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), what).toBeUndefined();
  expect(dialogs, what).toEqual([]);
  // Our own markup has none of these inside the main content.
  expect(await page.locator('main').locator(DANGEROUS).count(), what).toBe(0);
}

test('XSS payloads in titles, deks, bylines, bios, section and tag names stay text, on pages and in feeds', async ({ browser, request }) => {
  test.setTimeout(600_000);
  const run = randomBytes(4).toString('hex');
  // One published article per payload: its title, dek, tag, author (name and bio) and section
  // are all that payload (titles are at most 200 characters and names 100).
  const created = await withDb(async (db) => {
    const rows = [];
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const name = payload.slice(0, 100);
      const section = await db.section.create({ data: { locale: 'en', slug: `xss-${run}-${index}`, name, position: 900 } });
      const author = await db.author.create({ data: { slug: `xss-${run}-${index}`, name, bio: payload } });
      const tag = await db.tag.create({ data: { locale: 'en', slug: `xss-${run}-${index}`, name } });
      const article = await db.article.create({
        data: {
          locale: 'en',
          slug: `xss-${run}-${index}`,
          title: payload.slice(0, 200),
          dek: payload,
          body: '<p>Body.</p>',
          sectionId: section.id,
          status: 'published',
          publishedAt: new Date(Date.now() - 60_000),
          authors: { create: { authorId: author.id } },
          tags: { create: { tagId: tag.id } },
        },
      });
      rows.push({ payload, slug: article.slug, sectionId: section.id });
    }
    return rows;
  });

  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    for (const { payload, slug } of created) {
      for (const path of [`/en/news/${slug}`, `/en/section/${slug}`, `/en/tag/${slug}`, `/en/author/${slug}`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expectPlainText(page, dialogs, `${path} ${payload}`);
      }
      // The article page shows the title exactly as typed.
      await page.goto(`/en/news/${slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload.slice(0, 200).replace(/\s+/g, ' ').trim());
    }

    // The feeds: well-formed XML whose titles read back as the exact text typed.
    const feed = parseXml(await (await request.get('/feeds/en/rss.xml')).text());
    const items: { title: string }[] = [feed.rss.channel.item].flat();
    const titles = new Set(items.map((item) => String(item.title)));
    const ours = created.filter(({ payload }) => titles.has(payload.slice(0, 200)));
    expect(ours.length).toBeGreaterThan(0);
    for (const path of ['/feeds/en/rss.xml', '/feeds/en/atom.xml']) {
      const text = await (await request.get(path)).text();
      expect(() => parseXml(text), path).not.toThrow();
      expect(text, path).not.toMatch(/<script|<img|<svg|<iframe/i);
    }
  } finally {
    await withDb(async (db) => {
      await db.article.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
      await db.tag.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
      await db.author.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
      await db.section.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
    });
  }
});
