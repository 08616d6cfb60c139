import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canEditArticle, canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { articleSearchFields } from '@/lib/search/document';
import { getArticleSnapshot, type ArticleSnapshot } from '@/lib/articles/snapshot';
import { sanitizeBody } from '@/lib/articles/sanitize';
import { lockedByOther } from './locks';
import type { ArticleInput } from './schema';
import { dropEmptyParagraphs } from './clean-paste';
import { resolveAuthorIds, setArticleAuthors, setArticleTags } from './relations';
import { resolveSlug } from './slug';

// Writes to articles. Each one checks the actor's rights itself, so a direct call with someone
// else's article id is refused and changes nothing, whatever page or action it came through.

export type WriteFailure = 'forbidden' | 'notFound' | 'locked' | 'slugTaken' | 'section' | 'live';
type WriteResult =
  | { ok: true; id: number; slug: string; before: ArticleSnapshot | null; after: ArticleSnapshot }
  | { ok: false; error: WriteFailure };

// Autosave never touches what readers see: a live article changes only on an explicit save.
const AUTOSAVE_STATUSES = ['draft', 'review', 'unpublished'];

function contentFields(input: ArticleInput, locale: string) {
  const body = dropEmptyParagraphs(sanitizeBody(input.body));
  return {
    title: input.title,
    dek: input.dek,
    body,
    ...articleSearchFields({ locale, title: input.title, dek: input.dek, body }),
    kind: input.kind,
    imageUrl: input.imageUrl || null,
    // Known for uploads; an address typed by hand has no size and pages fall back to 16:9.
    imageWidth: input.imageUrl && input.imageWidth !== '' ? input.imageWidth : null,
    imageHeight: input.imageUrl && input.imageHeight !== '' ? input.imageHeight : null,
    imageAlt: input.imageAlt,
    imageCaption: input.imageCaption,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
  };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** What the input stores in the section's edition, with the slug it gets there; null when the slug typed is taken. */
async function editionFields(tx: Tx, input: ArticleInput, locale: string, articleId: number | null) {
  const slug = await resolveSlug(tx, { locale, title: input.title, typed: input.slug, articleId });
  return slug ? { ...contentFields(input, locale), slug } : null;
}

/** The input's bylines, as far as the writer may set them, and its tags. */
async function setRelations(tx: Tx, actor: SessionUser, articleId: number, locale: string, input: ArticleInput) {
  await setArticleAuthors(tx, articleId, await resolveAuthorIds(tx, actor, input.authorIds));
  await setArticleTags(tx, articleId, locale, input.tags);
}

export async function createArticle(actor: SessionUser, input: ArticleInput): Promise<WriteResult> {
  if (!canWriteArticles(actor)) return { ok: false, error: 'forbidden' };
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true, locale: true } });
  if (!section) return { ok: false, error: 'section' };
  const id = await db.$transaction(async (tx) => {
    const fields = await editionFields(tx, input, section.locale, null);
    if (!fields) return null;
    const article = await tx.article.create({
      data: { ...fields, locale: section.locale, sectionId: section.id, status: 'draft', lockedById: actor.id, lockedAt: new Date() },
      select: { id: true },
    });
    await setRelations(tx, actor, article.id, section.locale, input);
    await tx.revision.create({ data: { articleId: article.id, userId: actor.id, title: fields.title, dek: fields.dek, body: fields.body } });
    await recordAudit(tx, { userId: actor.id, action: 'article.create', targetType: 'article', targetId: article.id, detail: input.title });
    return article.id;
  });
  if (id === null) return { ok: false, error: 'slugTaken' };
  const after = (await getArticleSnapshot(id))!;
  return { ok: true, id, slug: after.slug, before: null, after };
}

/** An explicit save (a revision is kept) or an autosave (no revision, never on a live article). */
export async function saveArticle(
  actor: SessionUser,
  id: number,
  input: ArticleInput,
  { autosave = false }: { autosave?: boolean } = {},
): Promise<WriteResult> {
  const before = await getArticleSnapshot(id);
  if (!before) return { ok: false, error: 'notFound' };
  if (!canEditArticle(actor, before)) return { ok: false, error: 'forbidden' };
  if (lockedByOther(before, actor.id)) return { ok: false, error: 'locked' };
  if (autosave && !AUTOSAVE_STATUSES.includes(before.status)) return { ok: false, error: 'live' };
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true, locale: true } });
  if (!section) return { ok: false, error: 'section' };

  const saved = await db.$transaction(async (tx) => {
    const fields = await editionFields(tx, input, section.locale, id);
    if (!fields) return null;
    const { slug } = fields;
    const moved = slug !== before.slug || section.locale !== before.locale;
    if (moved) {
      // The old address keeps working with a 301; a slug taken back stops redirecting to itself.
      await tx.slugRedirect.deleteMany({ where: { articleId: id, locale: section.locale, slug } });
      await tx.slugRedirect.upsert({
        where: { locale_slug: { locale: before.locale, slug: before.slug } },
        update: { articleId: id },
        create: { locale: before.locale, slug: before.slug, articleId: id },
      });
    }
    await tx.article.update({
      where: { id },
      data: { ...fields, locale: section.locale, sectionId: section.id, lockedById: actor.id, lockedAt: new Date() },
    });
    await setRelations(tx, actor, id, section.locale, input);
    if (!autosave) {
      await tx.revision.create({ data: { articleId: id, userId: actor.id, title: fields.title, dek: fields.dek, body: fields.body } });
    }
    await recordAudit(tx, {
      userId: actor.id,
      action: autosave ? 'article.autosave' : 'article.update',
      targetType: 'article',
      targetId: id,
      detail: moved ? `${before.slug} → ${slug}` : '',
    });
    return slug;
  });
  if (saved === null) return { ok: false, error: 'slugTaken' };
  const after = (await getArticleSnapshot(id))!;
  return { ok: true, id, slug: saved, before, after };
}

/** Puts a past revision's title, dek and body back, as a new revision on top. */
export async function restoreRevision(actor: SessionUser, revisionId: number): Promise<WriteResult> {
  const revision = await db.revision.findUnique({ where: { id: revisionId }, select: { articleId: true, title: true, dek: true, body: true } });
  if (!revision) return { ok: false, error: 'notFound' };
  const before = await getArticleSnapshot(revision.articleId);
  if (!before) return { ok: false, error: 'notFound' };
  if (!canEditArticle(actor, before)) return { ok: false, error: 'forbidden' };
  if (lockedByOther(before, actor.id)) return { ok: false, error: 'locked' };
  const body = sanitizeBody(revision.body);
  await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: before.id },
      data: {
        title: revision.title,
        dek: revision.dek,
        body,
        ...articleSearchFields({ locale: before.locale, title: revision.title, dek: revision.dek, body }),
      },
    });
    await tx.revision.create({ data: { articleId: before.id, userId: actor.id, title: revision.title, dek: revision.dek, body } });
    await recordAudit(tx, { userId: actor.id, action: 'article.restore', targetType: 'article', targetId: before.id, detail: `revision ${revisionId}` });
  });
  const after = (await getArticleSnapshot(before.id))!;
  return { ok: true, id: before.id, slug: after.slug, before, after };
}
