import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { fixtureText, wxrFile } from '@/test/helpers/wordpress';
import { importWordPress } from './run';

// Damaged or unexpected files: a clear message naming the problem (and the item, for item
// errors), every valid item imported, nothing half-written.

const run = (text: string, mediaDir: string | null = null) => importWordPress({ file: wxrFile(text), db, mediaDir });

describe('importing bad input', () => {
  it('imports the items before the break of a truncated file and says where it stopped', async () => {
    const text = fixtureText();
    const cut = text.slice(0, text.indexOf('<title><![CDATA[خبر مجدول]]>') + 40);
    const report = await run(cut);
    expect(report.fatal).toMatchObject({ problem: 'truncated', after: 'item 102 "أسعار الفائدة"' });
    expect(report.counts.post.imported).toBe(2);
    expect(await db.article.findMany({ select: { slug: true }, orderBy: { id: 'asc' } })).toEqual([
      { slug: 'الانتخابات-التشريعية-في-المغرب' },
      { slug: 'bank-rates' },
    ]);
    // Nothing of the cut item was written.
    expect(await db.importedItem.count({ where: { kind: 'post', sourceId: '103' } })).toBe(0);
  });

  it('stops at malformed XML and keeps what came before it', async () => {
    const text = fixtureText().replace('<item>\n\t\t<title><![CDATA[خبر خاص]]>', '<item <broken>\n\t\t<title><![CDATA[خبر خاص]]>');
    const report = await run(text);
    expect(report.fatal?.problem).toBe('malformed');
    expect(report.fatal?.after).toContain('item 104');
    expect(await db.importedItem.count({ where: { kind: 'post', sourceId: '104' } })).toBe(1);
  });

  it('refuses a file that is not a WordPress export, writing nothing', async () => {
    const before = await db.article.count();
    for (const text of ['<html><body>hello</body></html>', 'not xml at all', '<?xml version="1.0"?><rss><channel><title>x</title><item><title>t</title></item></channel></rss>']) {
      const report = await run(text);
      expect(report.fatal?.problem).toBe('notWxr');
      expect(report.counts.post.imported).toBe(0);
    }
    expect(await db.article.count()).toBe(before);
  });

  it('refuses an unknown WXR version', async () => {
    const report = await run(fixtureText().replace('<wp:wxr_version>1.2</wp:wxr_version>', '<wp:wxr_version>7.0</wp:wxr_version>'));
    expect(report.fatal).toMatchObject({ problem: 'unknownVersion', detail: '7.0' });
    expect(report.counts.author.imported + report.counts.post.imported).toBe(0);
  });

  it('names an item with an invalid date, a slug clash or a missing image, and imports the rest', async () => {
    const section = await db.section.create({ data: { slug: 'local-news', name: 'محلي', locale: 'ar' } });
    const holder = await db.article.create({ data: { locale: 'ar', slug: 'clash-target', title: 'موجود', body: '<p>x</p>', sectionId: section.id } });
    const text = fixtureText()
      .replaceAll('https://akhbar.example.ma', 'https://third.example.ma')
      .replace('<wp:post_date><![CDATA[2024-05-25 12:00:00]]>', '<wp:post_date><![CDATA[2024-13-45 12:00:00]]>')
      .replace('<wp:post_date_gmt><![CDATA[2024-05-25 11:00:00]]>', '<wp:post_date_gmt><![CDATA[2024-13-45 11:00:00]]>')
      .replace(/<wp:post_name><!\[CDATA\[bank-rates\]\]>/, '<wp:post_name><![CDATA[clash-target]]>');
    const emptyUploads = (await import('node:fs')).mkdtempSync('/tmp/no-uploads-');
    const report = await run(text, emptyUploads);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'post', id: '105', title: 'خبر خاص', reason: 'invalidDate' }),
        expect.objectContaining({ kind: 'post', id: '102', title: 'أسعار الفائدة', reason: 'slugRenamed', detail: 'clash-target → clash-target-102' }),
        expect.objectContaining({ kind: 'post', id: '101', reason: 'missingMedia', detail: '2024/05/featured.jpg' }),
      ]),
    );
    expect(report.fatal).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: holder.id } })).title).toBe('موجود');
    const renamed = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'clash-target-102' } } });
    expect(renamed.title).toBe('أسعار الفائدة');
    // The old address still leads to the renamed article.
    expect(await db.legacyRedirect.findUnique({ where: { path: '2024/05/20/clash-target' } })).toMatchObject({ targetId: renamed.id });
    expect(report.counts.post.imported).toBe(4);
  });

  it('reports an unreadable file instead of throwing', async () => {
    const report = await importWordPress({ file: '/nonexistent/export.xml', db });
    expect(report.fatal?.problem).toBe('unreadable');
  });
});
