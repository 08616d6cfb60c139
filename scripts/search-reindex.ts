import { Presets, SingleBar } from 'cli-progress';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import { reindexSearch } from '@/lib/search/reindex';

// npm run search:reindex: rebuilds the search index (articles, then comments) from the rows
// themselves, batch by batch, while the site keeps running. See lib/search/reindex.ts.

async function main() {
  const url = databaseUrl();
  await migrate(url);
  const db = createDb(url);
  const bar = new SingleBar({ format: 'reindexing {table} [{bar}] {value}/{total} | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  let table = '';
  const result = await reindexSearch(db, {
    postgres: isPostgresUrl(url),
    onProgress: (progress) => {
      if (progress.table !== table) {
        if (table) bar.stop();
        table = progress.table;
        bar.start(progress.total, 0, { table: table === 'Article' ? 'articles' : 'comments' });
      }
      bar.update(progress.done);
    },
  });
  if (table) bar.stop();
  console.log(`${result.articles} articles and ${result.comments} comments reindexed; search terms rewritten for ${result.rewritten} rows.`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
