import 'server-only';
import { rm } from 'node:fs/promises';
import { db } from '@/lib/db';
import type { ImportReport } from './report';
import { revalidateImportedEdition } from './revalidate';
import { importWordPress } from './run';

// The admin screen's import runs in the server after the upload is answered; its progress and
// report live in the Setting table, so the page can be reloaded (or served by another instance)
// and still show them. One import at a time: a second upload is refused while one runs.

export type ImportJob = {
  state: 'running' | 'done' | 'failed';
  fileName: string;
  dryRun: boolean;
  done: number;
  total: number;
  startedAt: string;
  report: ImportReport | null;
};

const JOB_KEY = 'import:job';
const LOCK_KEY = 'import:lock';
// A lock older than this was left by a server that died mid-import.
const STALE_LOCK_MS = 6 * 60 * 60 * 1000;
const PROGRESS_EVERY_MS = 500;

export async function getImportJob(): Promise<ImportJob | null> {
  const row = await db.setting.findUnique({ where: { key: JOB_KEY } });
  return row ? (JSON.parse(row.value) as ImportJob) : null;
}

async function saveJob(job: ImportJob): Promise<void> {
  const value = JSON.stringify(job);
  await db.setting.upsert({ where: { key: JOB_KEY }, create: { key: JOB_KEY, value }, update: { value } });
}

/** Takes the import lock; false when another import is running. */
export async function claimImport(now = new Date()): Promise<boolean> {
  await db.setting.deleteMany({ where: { key: LOCK_KEY, value: { lt: new Date(now.getTime() - STALE_LOCK_MS).toISOString() } } });
  try {
    await db.setting.create({ data: { key: LOCK_KEY, value: now.toISOString() } });
    return true;
  } catch {
    return false;
  }
}

export async function releaseImport(): Promise<void> {
  await db.setting.deleteMany({ where: { key: LOCK_KEY } });
}

/** Runs an import claimed with claimImport, recording progress, then refreshes the public pages. */
export async function runImportJob(input: { file: string; fileName: string; dryRun: boolean; invitedById: number }): Promise<void> {
  const job: ImportJob = { state: 'running', fileName: input.fileName, dryRun: input.dryRun, done: 0, total: 0, startedAt: new Date().toISOString(), report: null };
  await saveJob(job);
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  try {
    job.report = await importWordPress({
      file: input.file,
      db,
      dryRun: input.dryRun,
      invitedById: input.invitedById,
      onProgress: (done, total) => {
        job.done = done;
        job.total = total;
        if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = Date.now();
        writing = writing.then(() => saveJob({ ...job }));
      },
    });
    job.state = 'done';
  } catch (error) {
    console.error('import failed', error);
    job.state = 'failed';
  } finally {
    await writing;
    await saveJob(job);
    await releaseImport();
    await rm(input.file, { force: true });
  }
  if (job.state === 'done' && !input.dryRun) for (const locale of ['ar', 'fr', 'en']) revalidateImportedEdition(locale);
}
