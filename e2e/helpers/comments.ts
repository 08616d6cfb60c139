import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { createDb } from '../../lib/db/client';
import { e2eDatabaseUrl } from './users';

/** A new published Arabic article in the e2e database, so parallel tests count their own comments. */
export async function createArticle(title = `مقال للتعليقات ${randomBytes(3).toString('hex')}`) {
  const db = createDb(e2eDatabaseUrl());
  try {
    const section = await db.section.findFirstOrThrow({ where: { locale: 'ar' } });
    const slug = `taaliqat-${randomBytes(5).toString('hex')}`;
    const article = await db.article.create({
      data: { locale: 'ar', slug, title, body: '<p>نص المقال.</p>', sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - 60_000) },
    });
    return { id: article.id, title, path: `/ar/news/${slug}` };
  } finally {
    await db.$disconnect();
  }
}

/** Runs a read against the e2e database (to check what was, or was not, stored). */
export async function withDb<T>(read: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(e2eDatabaseUrl());
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
  }
}

/** A reader with an address of their own (the e2e server trusts X-Forwarded-For). */
export function newAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export async function readerContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': newAddress() }, ...options });
}

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** A signed form-start token, as the comments panel gets it, aged past the minimum fill time. */
export async function agedFormToken(request: APIRequestContext, articleId: number): Promise<string> {
  const response = await request.get(`/api/comments?article=${articleId}`);
  expect(response.ok()).toBe(true);
  const { formToken } = (await response.json()) as { formToken: string };
  await new Promise((resolve) => setTimeout(resolve, 3_200));
  return formToken;
}

export type PostFields = { name: string; email: string; body: string; parentId?: number; idempotencyKey?: string; website?: string };

/** Posts the comment form the way the in-page form does; returns the response. */
export function postComment(request: APIRequestContext, baseURL: string, articleId: number, formToken: string, fields: PostFields, headers: Record<string, string> = {}) {
  return request.post('/api/comments', {
    multipart: {
      locale: 'ar',
      articleId: String(articleId),
      parentId: fields.parentId ? String(fields.parentId) : '',
      name: fields.name,
      email: fields.email,
      body: fields.body,
      website: fields.website ?? '',
      formToken,
      idempotencyKey: fields.idempotencyKey ?? randomBytes(16).toString('hex'),
    },
    headers: { accept: 'application/json', origin: baseURL, 'user-agent': BROWSER_UA, 'x-forwarded-for': newAddress(), ...headers },
  });
}
