import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

// Point 5: a well-formed call that names a row which is not there (deleted meanwhile, or never
// made) answers the form's localized "not found" state, or changes nothing, never a 500. Every
// Server Action taking an id is called here, as an admin, from this site, with such an id.

const session = vi.hoisted(() => ({ token: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }),
  cookies: async () => ({ get: (name: string) => (name.includes('session') ? { value: session.token } : undefined), set: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ namespace }: { namespace: string }) => (key: string) => `${namespace}.${key}`,
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const { db } = await import('@/lib/db');
const { formAction, stateAction, valueAction } = await import('./guard');
const { canManageUsers } = await import('@/lib/auth/permissions');
const { createSession } = await import('@/lib/auth/session');
const users = await import('@/lib/users/actions');
const articles = await import('@/lib/articles/editor/actions');
const publishing = await import('@/lib/articles/publishing/actions');
const comments = await import('@/lib/comments/actions');
const sections = await import('@/lib/sections/actions');
const tags = await import('@/lib/tags/actions');
const authors = await import('@/lib/authors/actions');

const GONE = '987654';
const TOO_BIG = '99999999999999999999';
const idle = { status: 'idle' as const, message: '', fieldErrors: {} };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  data.set('locale', 'ar');
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
};
let sectionId = 0;
const article = () => ({ title: 'عنوان', body: '<p>نص</p>', sectionId: String(sectionId), kind: 'news', authorId: [] as string[] });

type Call = () => Promise<unknown>;
// [what, call, what it must answer]: a state with the namespace's notFound (or another 4xx
// message), nothing (a plain form changes nothing), or a value action's refusal.
const stateCases: [string, Call, RegExp][] = [
  ['saveArticleAction, article gone', () => articles.saveArticleAction(idle, form({ id: GONE, ...article() })), /^ArticleEditor\.errors\.notFound$/],
  ['autosaveArticleAction, article gone', () => articles.autosaveArticleAction(idle, form({ id: GONE, ...article() })), /^ArticleEditor\.errors\.notFound$/],
  ['saveArticleAction, id past 32 bits', () => articles.saveArticleAction(idle, form({ id: TOO_BIG, ...article() })), /^ArticleEditor\.errors\.notFound$/],
  ['createArticleAction, section gone', () => articles.createArticleAction(idle, form({ ...article(), sectionId: GONE })), /^ArticleEditor\.errors\.(section|notFound)$/],
  ['moveArticleAction, article gone', () => publishing.moveArticleAction(idle, form({ id: GONE, step: 'publish' })), /^ArticleEditor\.errors\.notFound$/],
  ['restoreRevisionAction, revision gone', () => articles.restoreRevisionAction(idle, form({ revisionId: GONE })), /^ArticleEditor\.errors\.notFound$/],
  ['saveSectionAction, section gone', () => sections.saveSectionAction(idle, form({ id: GONE, name: 'قسم', slug: 'gone-section', locale: 'ar' })), /^Taxonomy\.errors\.notFound$/],
  ['deleteSectionAction, section gone', () => sections.deleteSectionAction(idle, form({ id: GONE })), /^Taxonomy\.errors\.notFound$/],
  ['saveTagAction, tag gone', () => tags.saveTagAction(idle, form({ id: GONE, name: 'وسم', slug: 'gone-tag' })), /^Taxonomy\.errors\.notFound$/],
  ['deleteTagAction, tag gone', () => tags.deleteTagAction(idle, form({ id: GONE })), /^Taxonomy\.errors\.notFound$/],
  ['saveAuthorAction, author gone', () => authors.saveAuthorAction(idle, form({ id: GONE, name: 'كاتب', slug: 'gone-author' })), /^Taxonomy\.errors\.notFound$/],
  ['saveAuthorAction, linked user gone', () => authors.saveAuthorAction(idle, form({ name: 'كاتب', slug: 'new-author', userId: GONE })), /^Taxonomy\.errors\.\w+$/],
  ['deleteAuthorAction, author gone', () => authors.deleteAuthorAction(idle, form({ id: GONE })), /^Taxonomy\.errors\.notFound$/],
  ['createResetLinkAction, user gone', () => users.createResetLinkAction(idle, form({ userId: GONE })), /^Users\.errors\.notFound$/],
  ['createResetLinkAction, id past 32 bits', () => users.createResetLinkAction(idle, form({ userId: TOO_BIG })), /^Users\.errors\.notFound$/],
];

const formCases: [string, Call][] = [
  ['changeRoleAction, user gone', () => users.changeRoleAction(form({ userId: GONE, role: 'editor' }))],
  ['changeRoleAction, id past 32 bits', () => users.changeRoleAction(form({ userId: TOO_BIG, role: 'editor' }))],
  ['setDisabledAction, user gone', () => users.setDisabledAction(form({ userId: GONE, disabled: 'true' }))],
  ['revokeInviteAction, invitation gone', () => users.revokeInviteAction(form({ inviteId: 'a'.repeat(64) }))],
  ['moderateCommentsAction approve, comment gone', () => comments.moderateCommentsAction(form({ row: `approve:${GONE}` }))],
  ['moderateCommentsAction delete, comment gone', () => comments.moderateCommentsAction(form({ row: `delete:${GONE}` }))],
  ['moderateCommentsAction edit, comment gone', () => comments.moderateCommentsAction(form({ row: `edit:${GONE}`, [`name-${GONE}`]: 'س', [`body-${GONE}`]: 'نص' }))],
  ['moderateCommentsAction block-email, comment gone', () => comments.moderateCommentsAction(form({ row: `block-email:${GONE}` }))],
  ['moderateCommentsAction bulk, comments gone', () => comments.moderateCommentsAction(form({ action: 'approve', ids: [GONE, '987655'] }))],
];

beforeAll(async () => {
  const admin = await db.user.create({ data: { email: 'missing-admin@example.test', name: 'مدير', role: 'admin', passwordHash: 'x' } });
  session.token = (await createSession(admin.id)).token;
  sectionId = (await db.section.create({ data: { slug: 'missing-rows', name: 'قسم', locale: 'ar' } })).id;
});

describe('a call naming a row that is not there', () => {
  it.each(stateCases)('%s: a localized 4xx state', async (_what, call, message) => {
    const state = (await call()) as { status: string; message: string };
    expect(state.status).toBe('error');
    expect(state.message).toMatch(message);
  });

  it.each(formCases)('%s: changes nothing and throws nothing', async (_what, call) => {
    const before = [await db.user.count(), await db.comment.count(), await db.setting.count(), await db.commentBlock.count()];
    await expect(call()).resolves.toBeUndefined();
    expect([await db.user.count(), await db.comment.count(), await db.setting.count(), await db.commentBlock.count()]).toEqual(before);
  });

  it('lock actions answer their refusal', async () => {
    expect(await articles.heartbeatLockAction(Number(GONE))).toMatchObject({ ok: false });
    await expect(articles.releaseLockAction(Number(GONE))).resolves.toBeUndefined();
  });
});

// The guard's own mapping, for writes that find their row gone between a check and the write
// (Prisma raises P2025 for a missing row, P2003 for a foreign key to one).
describe('the shared guard', () => {
  const renameGone = () => db.user.update({ where: { id: Number(GONE) }, data: { name: 'x' } });
  const sessionOfGone = () => db.session.create({ data: { tokenHash: 'gone-user', userId: Number(GONE), expiresAt: new Date() } });

  it.each([
    ['record not found (P2025)', renameGone],
    ['foreign key to a missing row (P2003)', sessionOfGone],
  ])('turns %s into the localized not-found state, a no-op form, or the refusal value', async (_what, write) => {
    const asState = stateAction({ access: canManageUsers, namespace: 'Users' }, async () => {
      await write();
      return idle;
    });
    expect(await asState(idle, form({}))).toEqual({ status: 'error', message: 'Users.errors.notFound', fieldErrors: {} });
    const asForm = formAction({ access: canManageUsers }, async () => {
      await write();
    });
    await expect(asForm(form({}))).resolves.toBeUndefined();
    const asValue = valueAction({ access: canManageUsers, schema: z.number(), refused: 'refused' }, async () => {
      await write();
      return 'done';
    });
    expect(await asValue(1)).toBe('refused');
  });

  it('lets other errors through', async () => {
    const failing = stateAction({ access: canManageUsers, namespace: 'Users' }, async () => {
      throw new Error('disk on fire');
    });
    await expect(failing(idle, form({}))).rejects.toThrow('disk on fire');
  });
});
