import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { CommentInput } from '@/lib/comments/schema';

/** A published Arabic article to comment on. */
export async function createPublishedArticle(slug = `maqal-${randomBytes(3).toString('hex')}`) {
  const section = await db.section.upsert({
    where: { slug: 'comments-test' },
    create: { slug: 'comments-test', name: 'تجارب التعليقات', locale: 'ar' },
    update: {},
  });
  return db.article.create({
    data: { locale: 'ar', slug, title: `مقال ${slug}`, body: '<p>نص</p>', sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - 60_000) },
  });
}

let counter = 0;

/** Valid, already-parsed input; each call a new idempotency key and e-mail unless given. */
export function commentInput(articleId: number, overrides: Partial<CommentInput> = {}): CommentInput {
  counter += 1;
  return {
    locale: 'ar',
    articleId,
    parentId: undefined,
    name: 'قارئ',
    email: `reader-${counter}-${randomBytes(3).toString('hex')}@example.ma`,
    body: 'تعليق مفيد',
    idempotencyKey: randomBytes(16).toString('hex'),
    formToken: 'unused-here',
    ...overrides,
  };
}

/** A new client address per call, so flood limits only bite where a test means them to. */
export function freshAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}
