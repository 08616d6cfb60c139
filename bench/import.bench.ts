import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// npm run bench import: generates a 50,000-post WordPress export with comments and imports it,
// reporting time, peak RSS and CPU. Yardstick, measured in the same run: streaming the same file
// through the same XML parser without writing anything (the floor any import pays).
// BENCH_IMPORT_POSTS changes the size; BENCH_DATABASE_URL=postgresql://… imports into PostgreSQL.

const POSTS = Number(process.env.BENCH_IMPORT_POSTS || 50_000);
const COMMENTS_PER_POST = 3;

async function child() {
  const { writeWxr } = await import('./lib/wxr-generator');
  const { readWxr } = await import('@/lib/import/wxr-reader');
  const { importWordPress } = await import('@/lib/import/run');
  const { createImportDb } = await import('@/lib/import/import-db');
  const { migrate } = await import('@/lib/db/migrate');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
  const file = path.join(dir, 'export.xml');
  const comments = await writeWxr(file, POSTS, COMMENTS_PER_POST);
  console.log(`export: ${POSTS.toLocaleString('en')} posts, ${comments.toLocaleString('en')} comments, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);

  let start = process.hrtime.bigint();
  let records = 0;
  for await (const record of readWxr(file)) if (record.type === 'item') records += 1;
  const parseSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`yardstick: streamed parse of ${records.toLocaleString('en')} items   ${parseSeconds.toFixed(1)} s`);

  const url = process.env.BENCH_DATABASE_URL || `file:${path.join(dir, 'bench.db')}`;
  await migrate(url);
  const db = await createImportDb(url);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250);
  const cpu0 = process.cpuUsage();
  start = process.hrtime.bigint();
  const report = await importWordPress({ file, db });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`import (${url.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}): ${report.counts.post.imported.toLocaleString('en')} posts, ${report.counts.comment.imported.toLocaleString('en')} comments   ${seconds.toFixed(1)} s   (${(POSTS / seconds).toFixed(0)} posts/s, ${(seconds / parseSeconds).toFixed(1)}× the parse)`);
  console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)   CPU user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s   load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`targets: under 600 s and under 300 MB RSS on the 2-core machine`);
  start = process.hrtime.bigint();
  const again = await importWordPress({ file, db });
  console.log(`second run: ${again.counts.post.unchanged.toLocaleString('en')} unchanged   ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`);
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.IMPORT_BENCH_CHILD) {
  void child();
} else {
  // Run as `npm run import:wordpress` runs: react-server condition, bounded heap.
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', '--max-old-space-size=192', '--max-semi-space-size=4', __filename], {
    stdio: 'inherit',
    env: { ...process.env, IMPORT_BENCH_CHILD: '1' },
  });
  process.exitCode = result.status ?? 1;
}
