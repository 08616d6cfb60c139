import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/client';
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
};

// Bumped when the mapping changes, so a re-run updates items imported by an older mapping.
const MAPPING_VERSION = '1';

export function checksumOf(value: unknown, extra = ''): string {
  return createHash('sha256').update(MAPPING_VERSION).update(extra).update(JSON.stringify(value)).digest('hex');
}

export function findImported(context: ImportContext, kind: string, sourceId: string) {
  return context.db.importedItem.findUnique({
    where: { source_kind_sourceId: { source: context.source, kind, sourceId } },
    select: { targetId: true, checksum: true },
  });
}

export function markImported(tx: Tx, context: ImportContext, kind: string, sourceId: string, targetId: number, checksum: string) {
  return tx.importedItem.upsert({
    where: { source_kind_sourceId: { source: context.source, kind, sourceId } },
    create: { source: context.source, kind, sourceId, targetId, checksum },
    update: { targetId, checksum },
  });
}

export function saveRedirects(tx: Tx, context: ImportContext, keys: string[], targetKind: string, targetId: number) {
  return Promise.all(
    keys.map((path) =>
      tx.legacyRedirect.upsert({
        where: { path },
        create: { path, locale: context.locale, targetKind, targetId },
        update: { locale: context.locale, targetKind, targetId },
      }),
    ),
  );
}

/** Each item is written in one transaction: a crash leaves it wholly written or not at all. */
export function inTransaction<T>(context: ImportContext, write: (tx: Tx) => Promise<T>): Promise<T> {
  return context.db.$transaction((tx) => write(tx as Tx), { timeout: 60_000, maxWait: 60_000 });
}
