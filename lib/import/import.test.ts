import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { articleSearchFields } from '@/lib/search/document';
import { searchArticles } from '@/lib/search/queries';
import { parseSearchParams } from '@/lib/search/schema';
import { findCommentIdsForStaff } from '@/lib/search/staff';
import { FIXTURE, fixtureText, uploadsFolder } from '@/test/helpers/wordpress';
import { importWordPress } from './run';

process.env.MEDIA_DIR = mkdtempSync(path.join(os.tmpdir(), 'midad-media-'));

const SLUG_101 = 'الانتخابات-التشريعية-في-المغرب';

async function snapshot() {
  const [articles, comments, sections, tags, authors, links, redirects, media, imported] = await Promise.all([
    db.article.findMany({ orderBy: { id: 'asc' } }),
    db.comment.findMany({ orderBy: { id: 'asc' } }),
    db.section.findMany({ orderBy: { id: 'asc' } }),
    db.tag.findMany({ orderBy: { id: 'asc' } }),
    db.author.findMany({ orderBy: { id: 'asc' } }),
    db.articleTag.findMany({ orderBy: [{ articleId: 'asc' }, { tagId: 'asc' }] }),
    db.legacyRedirect.findMany({ orderBy: { path: 'asc' } }),
    db.media.findMany({ orderBy: { id: 'asc' } }),
    db.importedItem.findMany({ orderBy: [{ kind: 'asc' }, { sourceId: 'asc' }] }),
  ]);
  return { articles, comments, sections, tags, authors, links, redirects, media, imported };
}

describe('importing the WordPress fixture', () => {
  let uploads: string;
  let first: Awaited<ReturnType<typeof importWordPress>>;
  beforeAll(async () => {
    uploads = await uploadsFolder();
    first = await importWordPress({ file: FIXTURE, db, mediaDir: uploads });
  });

  it('reports what it imported and why it skipped the rest', () => {
    expect(first.fatal).toBeNull();
    expect(first.counts.post).toEqual({ imported: 5, updated: 0, unchanged: 0, skipped: 1 });
    expect(first.counts.page.skipped).toBe(1);
    expect(first.counts.other.skipped).toBe(1);
    expect(first.counts.category.imported).toBe(3);
    expect(first.counts.tag.imported).toBe(2);
    expect(first.counts.author.imported).toBe(2);
    expect(first.counts.comment).toEqual({ imported: 5, updated: 0, unchanged: 0, skipped: 1 });
    expect(first.counts.media.imported).toBe(2);
    const reasons = first.notes.map((entry) => `${entry.kind}:${entry.id}:${entry.reason}`);
    expect(reasons).toEqual(expect.arrayContaining(['post:106:trashed', 'page:200:page', 'other:300:postType', 'comment:5:pingback']));
  });

  it('keeps the classic Arabic post: slug decoded, dates in GMT, dek, sticky, section, tags, author, images', async () => {
    const article = await db.article.findUniqueOrThrow({
      where: { locale_slug: { locale: 'ar', slug: SLUG_101 } },
      include: { section: true, tags: { include: { tag: true } }, authors: { include: { author: true } } },
    });
    expect(article.title).toBe('الانتخابات التشريعية في المغرب');
    expect(article.status).toBe('published');
    // 14:30 in the site's UTC+1 is 13:30 GMT.
    expect(article.publishedAt?.toISOString()).toBe('2024-05-12T13:30:00.000Z');
    expect(article.createdAt.toISOString()).toBe('2024-05-12T13:30:00.000Z');
    expect(article.updatedAt.toISOString()).toBe('2024-05-13T08:15:00.000Z');
    expect(article.dek).toBe('ملخص الخبر بالعربية');
    expect(article.sticky).toBe(true);
    expect(article.section.slug).toBe('سياسة');
    expect(article.tags.map((link) => link.tag.slug).sort()).toEqual(['elections', 'المغرب']);
    expect(article.authors.map((link) => link.author.name)).toEqual(['حسن العلوي']);
    expect(article.imageUrl).toMatch(/^\/media\/[a-f0-9]{24}\.jpg$/);
    expect([article.imageWidth, article.imageHeight]).toEqual([1200, 800]);
    expect(article.imageAlt).toBe('صورة البرلمان');
    expect(article.imageCaption).toBe('البرلمان في الرباط');
    expect({ searchTitle: article.searchTitle, searchText: article.searchText }).toEqual(
      articleSearchFields({ locale: 'ar', title: article.title, dek: article.dek, body: article.body }),
    );
  });

  it('is found by readers and staff like an article written in the admin: prefixed and stemmed forms', async () => {
    const article = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: SLUG_101 } }, select: { id: true } });
    // «والانتخابات» (and + the + plural) and «بالمغرب» (in + the) reach the title's «الانتخابات» and «المغرب» only through the stems.
    const results = await searchArticles('ar', parseSearchParams({ q: 'والانتخابات بالمغرب' }));
    expect(results.hits.map((hit) => hit.id)).toEqual([article.id]);
    expect(results.hits[0]!.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['الانتخابات', 'المغرب']);
    // A reply's «العريض» found as «عريض» in the moderation queue.
    const reply = await db.comment.findFirstOrThrow({ where: { body: { contains: 'بالخط العريض' } }, select: { id: true } });
    expect(await findCommentIdsForStaff('عريض')).toEqual([reply.id]);
  });

  it('turns the classic body into sanitized HTML with paragraphs, a figure, a link for the video and the unknown shortcode as text', async () => {
    const { body } = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: SLUG_101 } } });
    expect(body).toContain('<p>افتتح البرلمان المغربي دورته الربيعية يوم الجمعة.<br />\nوقال رئيس المجلس إن «الحوار» هو السبيل الوحيد.</p>');
    expect(body).toMatch(/<figure><a href="\/media\/[a-f0-9]{24}\.jpg"><img src="\/media\/[a-f0-9]{24}\.jpg" alt="قاعة الجلسات" width="300" height="200" \/><\/a><figcaption>قاعة الجلسات العامة في الرباط<\/figcaption><\/figure>/);
    expect(body).toContain('<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>');
    expect(body).toContain('<p>[poll id="3" title="استطلاع"]</p>');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('[caption');
    // Arabic comes through byte for byte, ligatures and Arabic-Indic digits included.
    expect(Buffer.from(body).includes(Buffer.from('<p>النص الأخير: ٢٠٢٤ – ﷺ – لا إله</p>', 'utf8'))).toBe(true);
  });

  it('strips block-editor comments and links the X embed; nested category flattened to its own section', async () => {
    const article = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'bank-rates' } }, include: { section: true, authors: { include: { author: true } } } });
    expect(article.body).not.toContain('<!--');
    expect(article.body).toContain('<p>ارتفعت أسعار الفائدة في <strong>البنوك</strong> المغربية.</p>');
    expect(article.body).toContain('<a href="https://x.com/BankAlMaghrib/status/1790000000000000000">');
    expect(article.body).toContain('<h2>التفاصيل</h2>');
    expect(article.section).toMatchObject({ slug: 'banks', name: 'بنوك', locale: 'ar' });
    expect(article.authors.map((link) => link.author.slug)).toEqual(['fatima']);
    expect(article.sticky).toBe(false);
  });

  it('maps scheduled, draft with a floating date and private posts', async () => {
    const scheduled = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'خبر-مجدول' } } });
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.publishedAt?.toISOString()).toBe('2030-01-01T08:00:00.000Z');
    // No GMT date: the local 10:00 is read in the site's offset learned from dated items (UTC+1).
    const draft = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'مسودة-بلا-تاريخ' } } });
    expect(draft.status).toBe('draft');
    expect(draft.publishedAt).toBeNull();
    expect(draft.createdAt.toISOString()).toBe('2024-06-01T09:00:00.000Z');
    const hidden = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'private-news' } } });
    expect(hidden.status).toBe('unpublished');
    expect(await db.article.count()).toBe(5);
  });

  it('keeps comment threads on two levels with authors, dates and moderation states', async () => {
    const article = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: SLUG_101 } } });
    const comments = await db.comment.findMany({ where: { articleId: article.id }, orderBy: { createdAt: 'asc' } });
    const byName = Object.fromEntries(comments.map((comment) => [comment.authorName, comment]));
    expect(Object.keys(byName).sort()).toEqual(['Spammer', 'أحمد', 'سعاد', 'كريم', 'مزعج'].sort());
    expect(byName['أحمد']).toMatchObject({ parentId: null, status: 'approved', authorEmail: 'ahmed@example.ma', body: 'تعليق أول على الخبر' });
    expect(byName['أحمد']!.createdAt.toISOString()).toBe('2024-05-12T15:00:00.000Z');
    expect(byName['أحمد']!.approvedAt?.toISOString()).toBe('2024-05-12T15:00:00.000Z');
    expect(byName['سعاد']).toMatchObject({ parentId: byName['أحمد']!.id, status: 'approved' });
    // Third level: hangs under the top-level comment of its thread.
    expect(byName['كريم']).toMatchObject({ parentId: byName['أحمد']!.id, status: 'pending', body: 'رد على الرد بالخط العريض', approvedAt: null });
    expect(byName['مزعج']).toMatchObject({ status: 'rejected', parentId: null });
    expect(byName['Spammer']).toMatchObject({ status: 'rejected' });
    expect(comments.some((comment) => comment.authorName === 'مدونة أخرى')).toBe(false);
  });

  it('stores an old address of every kind', async () => {
    const rows = await db.legacyRedirect.findMany();
    const kinds = Object.fromEntries(rows.map((row) => [row.path, row.targetKind]));
    expect(kinds).toMatchObject({
      '?p=101': 'article',
      [`2024/05/12/${SLUG_101}`]: 'article',
      [`2024/05/${SLUG_101}`]: 'article',
      [SLUG_101]: 'article',
      'category/سياسة': 'section',
      'category/iqtisad/banks': 'section',
      'category/banks': 'section',
      'tag/المغرب': 'tag',
      'author/hassan': 'author',
      feed: 'feed',
    });
  });

  it('changes nothing when run again, and imports no second copy of any image', async () => {
    const before = await snapshot();
    const again = await importWordPress({ file: FIXTURE, db, mediaDir: uploads });
    expect(again.counts.post).toEqual({ imported: 0, updated: 0, unchanged: 5, skipped: 1 });
    expect(again.counts.comment.imported + again.counts.comment.updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('updates only the post that changed in a new export', async () => {
    const { wxrFile } = await import('@/test/helpers/wordpress');
    const edited = fixtureText().replace('<p>ارتفعت أسعار الفائدة', '<p>تعديل: ارتفعت أسعار الفائدة');
    const report = await importWordPress({ file: wxrFile(edited), db, mediaDir: uploads });
    expect(report.counts.post).toEqual({ imported: 0, updated: 1, unchanged: 4, skipped: 1 });
    const article = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'bank-rates' } } });
    expect(article.body).toContain('تعديل: ارتفعت');
    expect(await db.article.count()).toBe(5);
  });

  it('writes nothing on a dry run of a new site and prints the same counts', async () => {
    const { wxrFile } = await import('@/test/helpers/wordpress');
    const other = fixtureText().replaceAll('https://akhbar.example.ma', 'https://other.example.ma').replace(/bank-rates/g, 'bank-rates-2');
    const before = await snapshot();
    const dry = await importWordPress({ file: wxrFile(other), db, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.counts.post).toEqual({ imported: 5, updated: 0, unchanged: 0, skipped: 1 });
    expect(dry.counts.comment.imported).toBe(5);
    expect(await snapshot()).toEqual(before);
  });
});
