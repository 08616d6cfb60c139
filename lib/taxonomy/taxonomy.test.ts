import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/roles';
import { deleteAuthor, saveAuthor } from '@/lib/authors/mutations';
import { db } from '@/lib/db';
import { createSection, deleteSection, updateSection } from '@/lib/sections/mutations';
import { deleteTag, updateTag } from '@/lib/tags/mutations';
import { authorInput, sectionInput, tagInput } from './schema';

const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  for (const role of ['editor', 'author'] as const) {
    const row = await db.user.create({ data: { email: `${role}@example.test`, name: role, role, passwordHash: 'x' } });
    users[role] = { id: row.id, email: row.email, name: row.name, role };
  }
});

describe('sections', () => {
  it('creates a section with a slug from its Arabic name, edits it, and refuses a duplicate', async () => {
    const input = sectionInput.parse({ name: 'الرياضة الوطنية', locale: 'ar' });
    expect(await createSection(users.editor!, input)).toEqual({ ok: true, locales: ['ar'] });
    const section = await db.section.findUniqueOrThrow({ where: { slug: 'الرياضة-الوطنية' } });
    expect(await createSection(users.editor!, input)).toEqual({ ok: false, error: 'slugTaken' });
    const renamed = sectionInput.parse({ name: 'رياضة', slug: 'riyada', locale: 'ar', position: '3' });
    expect((await updateSection(users.editor!, section.id, renamed)).ok).toBe(true);
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ slug: 'riyada', position: 3 });
    expect(await db.auditLog.count({ where: { targetType: 'section', targetId: String(section.id) } })).toBe(2);
  });

  it('refuses an author, and deleting a section that has articles', async () => {
    const before = await db.section.count();
    expect(await createSection(users.author!, sectionInput.parse({ name: 'x', locale: 'ar' }))).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.section.count()).toBe(before);
    const section = await db.section.create({ data: { slug: 'used', name: 'مستعمل', locale: 'ar' } });
    await db.article.create({ data: { locale: 'ar', slug: 'a', title: 'a', body: '', sectionId: section.id } });
    expect(await deleteSection(users.editor!, section.id)).toEqual({ ok: false, error: 'inUse' });
    expect(await deleteSection(users.author!, section.id)).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('tags and authors', () => {
  it('renames and removes a tag, only for editors', async () => {
    const tag = await db.tag.create({ data: { slug: 'وسم', name: 'وسم', locale: 'ar' } });
    expect(await updateTag(users.author!, tag.id, tagInput.parse({ name: 'آخر' }))).toEqual({ ok: false, error: 'forbidden' });
    expect((await updateTag(users.editor!, tag.id, tagInput.parse({ name: 'وسم جديد' }))).ok).toBe(true);
    expect((await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).slug).toBe('وسم-جديد');
    expect((await deleteTag(users.editor!, tag.id)).ok).toBe(true);
    expect(await db.tag.findUnique({ where: { id: tag.id } })).toBeNull();
  });

  it('links an author profile to one account only', async () => {
    const input = authorInput.parse({ name: 'ليلى', userId: String(users.author!.id) });
    expect((await saveAuthor(users.editor!, null, input)).ok).toBe(true);
    const second = authorInput.parse({ name: 'ليلى ٢', userId: String(users.author!.id) });
    expect(await saveAuthor(users.editor!, null, second)).toEqual({ ok: false, error: 'inUse' });
    const profile = await db.author.findUniqueOrThrow({ where: { userId: users.author!.id } });
    expect(await deleteAuthor(users.author!, profile.id)).toEqual({ ok: false, error: 'forbidden' });
    expect((await deleteAuthor(users.editor!, profile.id)).ok).toBe(true);
  });
});
