import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

/** A staff account (its e-mail made from role and name), as a session would hold it. */
export async function createStaffUser(role: SessionUser['role'], name: string): Promise<SessionUser> {
  const row = await db.user.create({ data: { email: `${role}-${name}@example.test`, name, role, passwordHash: 'x' } });
  return { id: row.id, email: row.email, name: row.name, role };
}

/**
 * An Arabic section and the newsroom the article tests act as: an editor, two authors (the
 * second, `other`, writes what the first does not own), a contributor and a moderator.
 */
export async function createNewsroom(section: { slug: string; name: string }) {
  const sectionId = (await db.section.create({ data: { ...section, locale: 'ar' } })).id;
  const users = {
    editor: await createStaffUser('editor', 'سلمى'),
    author: await createStaffUser('author', 'كريم'),
    other: await createStaffUser('author', 'ليلى'),
    contributor: await createStaffUser('contributor', 'نادية'),
    moderator: await createStaffUser('moderator', 'حسن'),
  };
  return { sectionId, users };
}

export type Newsroom = Awaited<ReturnType<typeof createNewsroom>>;
