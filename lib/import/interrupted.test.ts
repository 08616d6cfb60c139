import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writeWxr } from '@/bench/lib/wxr-generator';
import { db } from '@/lib/db';
import { importWordPress } from './run';

// A run killed with SIGKILL half-way (no chance to clean up) is run again to completion: every
// post exactly once, every comment exactly once.
it('completes an import that was killed half-way, duplicating nothing', { timeout: 240_000 }, async () => {
  const posts = 1500;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-kill-')), 'export.xml');
  await writeWxr(file, posts, 2);
  const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', file], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let written = 0;
  for (let waited = 0; waited < 200_000 && written === 0; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    written = await db.importedItem.count({ where: { kind: 'post' } });
  }
  // The whole process group: npx, tsx and the node process doing the work.
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  const before = await db.article.count();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(posts);

  const report = await importWordPress({ file, db });
  expect(report.fatal).toBeNull();
  expect(report.counts.post.imported + report.counts.post.unchanged).toBe(posts);
  expect(await db.article.count()).toBe(posts);
  expect(await db.comment.count()).toBe(posts * 2);
  expect(await db.importedItem.count({ where: { kind: 'post' } })).toBe(posts);
  // Each imported article has its byline and its comments once.
  expect(await db.articleAuthor.count()).toBe(posts);
});
