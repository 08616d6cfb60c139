import { routing } from '@/i18n/routing';
import type { Db } from '@/lib/db/client';
import { INVITE_PREFIX, parseInvite } from '@/lib/users/invites';
import { flushWrites, inTransaction, loadImported, loadSlugOwners, saveRedirects, WRITE_BATCH, type ImportContext } from './context';
import { siteOffsetMinutes } from './dates';
import { importItem, readAttachment } from './post';
import { emptyReport, type ImportReport } from './report';
import { importAuthor, importCategory, importTag } from './taxonomy';
import { readWxr, WxrError } from './wxr-reader';
import { textOf } from './xml-tree';

// One import: a first streamed pass learns the attachments, the site's time offset and how many
// items there are (for the progress bar); the second pass writes, item by item. A file that is
// damaged half-way is imported up to the damage and the report says where it stopped.

export type ImportOptions = {
  file: string;
  db: Db;
  mediaDir?: string | null;
  dryRun?: boolean;
  users?: boolean;
  /** The admin the invitations come from (--users); null when there is none. */
  invitedById?: number | null;
  onProgress?: (done: number, total: number) => void;
};

const TAXONOMY_IMPORTERS = { author: importAuthor, category: importCategory, tag: importTag };

async function firstPass(context: ImportContext, file: string): Promise<{ total: number; language: string }> {
  let total = 0;
  let language = '';
  let offset: number | null = null;
  try {
    for await (const record of readWxr(file)) {
      if (record.type === 'channel') language = record.channel.language;
      if (record.type !== 'item') continue;
      total += 1;
      if (textOf(record.node, 'wp:post_type') === 'attachment') readAttachment(context, record.node);
      offset ??= siteOffsetMinutes(textOf(record.node, 'wp:post_date'), textOf(record.node, 'wp:post_date_gmt'));
    }
  } catch (error) {
    // The second pass meets the same error and reports it once the good items are in.
    if (!(error instanceof WxrError)) throw error;
  }
  context.offsetMinutes = offset ?? 0;
  return { total, language };
}

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(!!options.dryRun);
  const context: ImportContext = {
    db: options.db,
    source: options.file,
    locale: 'ar',
    dryRun: !!options.dryRun,
    mediaDir: options.mediaDir ?? null,
    users: !!options.users,
    invitedById: options.invitedById ?? null,
    report,
    offsetMinutes: 0,
    attachments: new Map(),
    sections: new Map(),
    categoryParents: new Map(),
    tags: new Map(),
    authors: new Map(),
    media: new Map(),
    invitedEmails: new Set(),
    imported: new Map(),
    slugOwners: new Map(),
    pending: [],
  };
  let first: { total: number; language: string };
  try {
    first = await firstPass(context, options.file);
  } catch (error) {
    report.fatal = { problem: 'unreadable', detail: (error as Error).message };
    return report;
  }
  const { total, language } = first;
  // The export's language ("fr-FR") names its edition; any other language goes to the Arabic one.
  // (Not next-intl's hasLocale: the import also runs from the command line, outside Next, where
  // next-intl's entry point cannot load.)
  const edition = language.slice(0, 2).toLowerCase();
  context.locale = routing.locales.find((locale) => locale === edition) ?? routing.defaultLocale;
  await loadSlugOwners(context);
  if (context.users) {
    const invites = await context.db.setting.findMany({ where: { key: { startsWith: INVITE_PREFIX } }, select: { value: true } });
    for (const row of invites) {
      const invite = parseInvite(row.value);
      if (invite) context.invitedEmails.add(invite.email);
    }
  }
  let done = 0;
  let last = '';
  try {
    for await (const record of readWxr(options.file)) {
      switch (record.type) {
        case 'channel':
          // Items are keyed by the site they came from, so two sites' post 12 stay apart.
          context.source = record.channel.siteUrl.replace(/\/+$/, '') || options.file;
          await loadImported(context);
          if (!context.dryRun) await inTransaction(context, (tx) => saveRedirects(tx, context, ['feed'], 'feed', 0));
          break;
        case 'author':
        case 'category':
        case 'tag':
          await TAXONOMY_IMPORTERS[record.type](context, record.node);
          break;
        case 'item':
          await importItem(context, record.node);
          if (context.pending.length >= WRITE_BATCH) await flushWrites(context);
          last = `item ${textOf(record.node, 'wp:post_id')} "${textOf(record.node, 'title')}"`;
          done += 1;
          options.onProgress?.(done, Math.max(total, done));
          break;
      }
    }
  } catch (error) {
    if (!(error instanceof WxrError)) throw error;
    report.fatal = { problem: error.problem, detail: error.detail, after: last || undefined };
  }
  // Items read before a damaged part are still written.
  await flushWrites(context);
  return report;
}
