import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { createStaffUser } from '@/test/helpers/newsroom';
import { setHomePlacement } from '@/lib/articles/publishing/home-placement';
import { getHomeFront } from './home';

let sectionId = 0;
let editor: SessionUser;
let author: SessionUser;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function article(slug: string, fields: Partial<{ kind: string; imageUrl: string; publishedAt: Date; status: string; authorId: number }> = {}) {
  const { authorId, ...rest } = fields;
  const row = await db.article.create({
    data: { locale: 'ar', slug, title: `عنوان ${slug}`, body: '<p>نص</p>', sectionId, status: 'published', publishedAt: minutesAgo(30), ...rest },
  });
  if (authorId) await db.articleAuthor.create({ data: { articleId: row.id, authorId } });
  return row;
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: 'watani', name: 'وطني', locale: 'ar' } })).id;
  editor = await createStaffUser('editor', 'سلمى');
  author = await createStaffUser('author', 'كريم');
});

describe('getHomeFront', () => {
  it('leads with the pinned article, else the newest news story with a picture; flags breaking news; rails opinion with photos', async () => {
    const photographed = await db.author.create({ data: { slug: 'souad', name: 'سعاد العلوي', photoUrl: '/media/souad.webp' } });
    const plain = await db.author.create({ data: { slug: 'hamid', name: 'حميد' } });
    await article('column', { kind: 'opinion', publishedAt: minutesAgo(1), authorId: photographed.id });
    await article('older-column', { kind: 'opinion', publishedAt: minutesAgo(50), authorId: plain.id });
    const pictured = await article('pictured', { imageUrl: '/media/a.webp', publishedAt: minutesAgo(10) });
    await article('brief', { publishedAt: minutesAgo(5) });
    await article('draft-breaking', { status: 'draft' });

    let front = await getHomeFront('ar', 6);
    // The newest item is an imageless column: it does not lead.
    expect(front.lead?.slug).toBe('pictured');
    expect(front.latest.map((card) => card.slug)).not.toContain('pictured');
    expect(front.breaking).toEqual([]);
    expect(front.opinion.map((card) => [card.slug, card.author?.photoUrl ?? null])).toEqual([
      ['column', '/media/souad.webp'],
      ['older-column', null],
    ]);

    const brief = await db.article.findFirstOrThrow({ where: { slug: 'brief' } });
    expect((await setHomePlacement(editor, brief.id, { sticky: true, breaking: true })).ok).toBe(true);
    front = await getHomeFront('ar', 6);
    expect(front.lead?.slug).toBe('brief');
    expect(front.breaking.map((card) => card.slug)).toEqual(['brief']);
    expect(front.latest.map((card) => card.slug)).toContain('pictured');

    // A draft flagged as breaking stays off the home page until it is published.
    const draft = await db.article.findFirstOrThrow({ where: { slug: 'draft-breaking' } });
    expect((await setHomePlacement(editor, draft.id, { sticky: false, breaking: true })).ok).toBe(true);
    expect((await getHomeFront('ar', 6)).breaking.map((card) => card.slug)).toEqual(['brief']);

    // One lead per edition: pinning another unpins the first.
    expect((await setHomePlacement(editor, pictured.id, { sticky: true, breaking: false })).ok).toBe(true);
    expect((await getHomeFront('ar', 6)).lead?.slug).toBe('pictured');
    expect(await db.article.count({ where: { locale: 'ar', sticky: true } })).toBe(1);
  });
});

describe('setHomePlacement', () => {
  it('is a publishing decision, not an edit: the modification time stays, an audit row is written', async () => {
    const story = await article('placed');
    const before = (await db.article.findUniqueOrThrow({ where: { id: story.id } })).updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await setHomePlacement(author, story.id, { sticky: true, breaking: true })).toEqual({ ok: false, error: 'forbidden' });
    expect(await setHomePlacement(editor, 999_999, { sticky: true, breaking: true })).toEqual({ ok: false, error: 'notFound' });
    expect((await setHomePlacement(editor, story.id, { sticky: false, breaking: true })).ok).toBe(true);
    const after = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.breaking).toBe(true);
    expect(after.updatedAt.toISOString()).toBe(before.toISOString());
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: String(story.id) } });
    expect(audit).toMatchObject({ action: 'article.placement', detail: 'breaking', userId: editor.id });
  });
});
