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

/** Publishes one article per payload: its title, dek, tag, author (name and bio) and section are
 * all that payload (titles are at most 200 characters and names 100). */
async function publishPayloads(run: string, payloads: readonly string[], publishedAt: Date) {
  return withDb(async (db) => {
    const rows = [];
    for (const [index, payload] of payloads.entries()) {
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
          publishedAt,
          authors: { create: { authorId: author.id } },
          tags: { create: { tagId: tag.id } },
        },
      });
      rows.push({ payload, slug: article.slug });
    }
    return rows;
  });
}

async function removePayloads(run: string) {
  await withDb(async (db) => {
    await db.article.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
    await db.tag.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
    await db.author.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
    await db.section.deleteMany({ where: { slug: { startsWith: `xss-${run}-` } } });
  });
}

// About 300 first renders in all: split in parts that the workers share.
test.describe.configure({ mode: 'parallel' });
const PARTS = 3;
const partSize = Math.ceil(XSS_PAYLOADS.length / PARTS);

for (let part = 0; part < PARTS; part++) {
  const payloads = XSS_PAYLOADS.slice(part * partSize, (part + 1) * partSize);
  test(`XSS payloads in titles, deks, bylines, bios, section and tag names stay text on the article, section, tag and author pages (part ${part + 1} of ${PARTS})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const run = randomBytes(4).toString('hex');
    const created = await publishPayloads(run, payloads, new Date(Date.now() - 60_000));
    const page = await (await browser.newContext()).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      for (const { payload, slug } of created) {
        for (const path of [`/en/section/${slug}`, `/en/tag/${slug}`, `/en/author/${slug}`, `/en/news/${slug}`]) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expectPlainText(page, dialogs, `${path} ${payload}`);
        }
        // The article page (loaded last) shows the title exactly as typed.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload.slice(0, 200).replace(/\s+/g, ' ').trim());
      }
    } finally {
      await removePayloads(run);
    }
  });
}

test('XSS payloads in titles stay text in the feeds, which stay well-formed XML', async ({ request }) => {
  const run = randomBytes(4).toString('hex');
  // A second newer than the page parts' articles, so that theirs do not push these out of the feed.
  const created = await publishPayloads(run, XSS_PAYLOADS, new Date(Date.now() - 1_000));
  try {
    // Titles read back as the exact text typed.
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
    await removePayloads(run);
  }
});
