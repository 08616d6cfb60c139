import 'server-only';
import { hostname } from 'node:os';
import { db } from './index';

export type WriteCheck = { ok: true; ms: number } | { ok: false; ms: number; error: string };

const INSTANCE = hostname();

/**
 * Proves the database takes writes now: upserts this instance's heartbeat row, giving up after
 * `timeoutMs`. A read would pass while writes are wedged (and cached pages pass even without a
 * database), which is the failure a supervisor most needs to see.
 */
export async function checkDatabaseWrite(timeoutMs: number): Promise<WriteCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no write within ${timeoutMs} ms`)), timeoutMs);
  });
  const at = new Date();
  try {
    await Promise.race([
      db.heartbeat.upsert({ where: { instance: INSTANCE }, create: { instance: INSTANCE, at }, update: { at } }),
      timeout,
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').filter(Boolean).pop() ?? error.name : String(error);
    return { ok: false, ms: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}
