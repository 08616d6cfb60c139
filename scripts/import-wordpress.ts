import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { recordTagExpiry } from '@/lib/cache/expiry-outbox';
import { migrate } from '@/lib/db/migrate';
import { databaseUrl } from '@/lib/db/url';
import { createImportDb } from '@/lib/import/import-db';
import { formatReport } from '@/lib/import/report';
import { importedEditionTags } from '@/lib/import/revalidate';
import { importWordPress } from '@/lib/import/run';
import { siteOrigin } from '@/env';

// npm run import:wordpress -- FILE.xml [--media DIR] [--dry-run] [--users]
// Imports a WordPress export (Tools → Export → All content). Safe to run again: what was imported
// is updated, nothing is duplicated, and an interrupted run simply continues.
// package.json runs it under the react-server condition (the importer shares server-only modules
// with the app) and with a bounded heap: V8 otherwise lets garbage pile up to well over the
// import's working set, and memory is what a shared 2-core host is short of. At the end, running
// servers are told to refresh the public pages through the database (lib/cache/expiry-outbox.ts).

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { media: { type: 'string' }, 'dry-run': { type: 'boolean' }, users: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('usage: npm run import:wordpress -- FILE.xml [--media DIR] [--dry-run] [--users]');
    process.exit(2);
  }
  const url = databaseUrl();
  await migrate(url);
  const db = await createImportDb(url);
  // Invitations come from the first admin account, as if that admin had sent them.
  const admin = values.users ? await db.user.findFirst({ where: { role: 'admin', disabled: false }, orderBy: { id: 'asc' }, select: { id: true } }) : null;
  const bar = new SingleBar({ format: 'importing [{bar}] {value}/{total} items | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  let started = false;
  const report = await importWordPress({
    file,
    db,
    mediaDir: values.media ?? null,
    dryRun: values['dry-run'],
    users: values.users,
    invitedById: admin?.id ?? null,
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  console.log(formatReport(report));
  for (const invite of report.invites) console.log(`invitation for ${invite.email}: ${siteOrigin}/ar/admin/invite/${invite.token}`);
  if (!report.dryRun && !report.fatal) {
    // Running servers read this within a second and refresh every edition's pages (lib/cache/expiry-outbox.ts).
    await recordTagExpiry(db, [...new Set(['ar', 'fr', 'en'].flatMap(importedEditionTags))]);
    console.log('Running servers refresh the public pages within seconds.');
  }
  await db.$disconnect();
  process.exit(report.fatal ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
