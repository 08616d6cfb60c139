import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { loggableFailure } from '@/lib/db/errors';
import { getCacheBus } from './bus.mjs';
import { getCacheStore } from './handler.mjs';

// Tag expiries made outside any running server (npm run import:wordpress) reach the servers
// through the database they already share: the writer adds a `cache-expiry:<time>:<id>` row to
// Setting, and every server reads the last minutes' rows once a second and expires the tags it
// has not applied yet, exactly as revalidateTag does in it: its page store (memory, or Redis's
// expiry hash) and, through the bus, its front cache. No port, secret or Redis needed, and every
// instance gets it: one small read on Setting's primary key per second per server.

const PREFIX = 'cache-expiry:';
// Rows stay this long, so a server that is briefly slow, or a writer whose clock is a little
// off, still meets them; the next writer removes older ones.
const RETENTION_MS = 10 * 60_000;
const POLL_MS = 1000;

const keyAt = (ms: number) => `${PREFIX}${String(Math.max(0, ms)).padStart(15, '0')}`;

/** For scripts: the running servers expire these tags within about a second. */
export async function recordTagExpiry(db: Db, tags: string[], now = Date.now()): Promise<void> {
  await db.setting.deleteMany({ where: { key: { startsWith: PREFIX, lt: keyAt(now - RETENTION_MS) } } });
  await db.setting.create({ data: { key: `${keyAt(now)}:${randomUUID()}`, value: JSON.stringify(tags) } });
}

/** Reads the recent expiries once and applies the new ones; returns the tags applied. */
export async function applyRecordedExpiries(db: Db, applied: Set<string>): Promise<string[]> {
  const rows = await db.setting.findMany({ where: { key: { gt: keyAt(Date.now() - RETENTION_MS), startsWith: PREFIX } } });
  const tags: string[] = [];
  for (const row of rows) {
    if (applied.has(row.key)) continue;
    applied.add(row.key);
    const value: unknown = JSON.parse(row.value);
    if (Array.isArray(value)) tags.push(...value.filter((tag): tag is string => typeof tag === 'string'));
  }
  // Forget keys that aged out, so the set stays as small as the table.
  const present = new Set(rows.map((row) => row.key));
  for (const key of applied) if (!present.has(key)) applied.delete(key);
  if (!tags.length) return [];
  const unique = [...new Set(tags)];
  await getCacheStore().expireTags(unique, Date.now());
  // Every instance reads the rows itself, so nothing is relayed to the others.
  getCacheBus().announce(unique, { fromRemote: true });
  return unique;
}

/** For server.ts: watches for expiries recorded by scripts until the process ends. */
export function watchRecordedExpiries(db: Db): void {
  const applied = new Set<string>();
  let failing = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    applyRecordedExpiries(db, applied)
      .then(() => (failing = false))
      .catch((error: unknown) => {
        // Logged once per outage; pages keep being served meanwhile.
        if (!failing) console.warn('[cache] reading recorded tag expiries failed:', loggableFailure(error));
        failing = true;
      })
      .finally(() => (busy = false));
  }, POLL_MS);
  timer.unref();
}
