import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { writeNewPosts, type NewPost } from './new-posts';
import type { ImportReport } from './report';

// The state of one import run: options, what has been mapped so far (small maps of ids) and the
// report. Items themselves are never kept.

export type Attachment = { file: string; url: string; alt: string; caption: string; parent: number };
export type MediaRef = { url: string; width: number; height: number };
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export type ImportContext = {
  db: Db;
  /** The exported site's address: with the WordPress ids, what makes an item's key. */
  source: string;
  locale: string;
  dryRun: boolean;
  mediaDir: string | null;
  users: boolean;
  invitedById: number | null;
  report: ImportReport;
  offsetMinutes: number;
  attachments: Map<number, Attachment>;
  sections: Map<string, number>;
  /** Parent nicename of each nested category, to rebuild /category/parent/child/ paths. */
  categoryParents: Map<string, string>;
  tags: Map<string, number>;
  authors: Map<string, number>;
  media: Map<string, MediaRef | null>;
  invitedEmails: Set<string>;
  /** What earlier runs imported from this site, `kind:sourceId` → row: one read per run, not per item. */
  imported: Map<string, { targetId: number; checksum: string }>;
  /** Slugs of the edition → the article holding them (current or old slug), -1 for one queued in this run. */
  slugOwners: Map<string, number>;
  /** Item writes waiting to be committed together (see flushWrites). */
  pending: PendingWrite[];
};

/** A post seen for the first time (written with the others in bulk), or any other write. */
export type PendingWrite = ({ newPost: NewPost } | { write: (tx: Tx) => Promise<void> }) & { fail: (error: unknown) => void };

// Bumped when the mapping changes, so a re-run updates items imported by an older mapping.
const MAPPING_VERSION = '2';

export function checksumOf(value: unknown, extra = ''): string {
  return createHash('sha256').update(MAPPING_VERSION).update(extra).update(JSON.stringify(value)).digest('hex');
}

export function findImported(context: ImportContext, kind: string, sourceId: string) {
  return context.imported.get(`${kind}:${sourceId}`) ?? null;
}

export async function loadImported(context: ImportContext): Promise<void> {
  const rows = await context.db.importedItem.findMany({ where: { source: context.source }, select: { kind: true, sourceId: true, targetId: true, checksum: true } });
  context.imported = new Map(rows.map((row) => [`${row.kind}:${row.sourceId}`, { targetId: row.targetId, checksum: row.checksum }]));
}

export async function loadSlugOwners(context: ImportContext): Promise<void> {
  const where = { locale: context.locale };
  const [articles, redirects] = await Promise.all([
    context.db.article.findMany({ where, select: { id: true, slug: true } }),
    context.db.slugRedirect.findMany({ where, select: { articleId: true, slug: true } }),
  ]);
  context.slugOwners = new Map([...redirects.map((row) => [row.slug, row.articleId] as const), ...articles.map((row) => [row.slug, row.id] as const)]);
}

export function markImported(tx: Tx, context: ImportContext, kind: string, sourceId: string, targetId: number, checksum: string) {
  return tx.importedItem.upsert({
    where: { source_kind_sourceId: { source: context.source, kind, sourceId } },
    create: { source: context.source, kind, sourceId, targetId, checksum },
    update: { targetId, checksum },
  });
}

export async function saveRedirects(tx: Tx, context: ImportContext, paths: string[], targetKind: string, targetId: number) {
  const keys = [...new Set(paths)];
  const data = { locale: context.locale, targetKind, targetId };
  const existing = new Set((await tx.legacyRedirect.findMany({ where: { path: { in: keys } }, select: { path: true } })).map((row) => row.path));
  const fresh = keys.filter((path) => !existing.has(path));
  if (fresh.length) await tx.legacyRedirect.createMany({ data: fresh.map((path) => ({ path, ...data })) });
  if (existing.size) await tx.legacyRedirect.updateMany({ where: { path: { in: [...existing] } }, data });
}

// Items are committed in groups: one commit (one disk sync) per group instead of per item. A
// group is still all-or-nothing, so no item is ever half-written; if a group fails, its items are
// written again one transaction each, so one bad item cannot take the others with it.
export const WRITE_BATCH = 100;

export async function flushWrites(context: ImportContext): Promise<void> {
  const batch = context.pending;
  context.pending = [];
  if (!batch.length) return;
  const write = async (tx: Tx, entries: PendingWrite[]) => {
    await writeNewPosts(tx, context, entries.flatMap((entry) => ('newPost' in entry ? [entry.newPost] : [])));
    for (const entry of entries) if ('write' in entry) await entry.write(tx);
  };
  try {
    await inTransaction(context, (tx) => write(tx, batch));
  } catch {
    for (const entry of batch) {
      try {
        await inTransaction(context, (tx) => write(tx, [entry]));
      } catch (error) {
        entry.fail(error);
      }
    }
  }
}

/** Each item is written in one transaction: a crash leaves it wholly written or not at all. */
export function inTransaction<T>(context: ImportContext, write: (tx: Tx) => Promise<T>): Promise<T> {
  return context.db.$transaction((tx) => write(tx as Tx), { timeout: 60_000, maxWait: 60_000 });
}
