import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

const PREFIX = 'views.salt.';
// One promise per UTC day, so concurrent first beacons share one read.
const salts = new Map<string, Promise<string>>();

/**
 * Today's salt for reader hashes. It lives in the Setting table so every instance hashes the
 * same reader alike; yesterday's is deleted, so old hashes can no longer be linked to anyone.
 */
export function getDailySalt(now = new Date()): Promise<string> {
  const day = now.toISOString().slice(0, 10);
  let salt = salts.get(day);
  if (!salt) {
    salt = loadSalt(day);
    salt.catch(() => salts.delete(day));
    salts.clear();
    salts.set(day, salt);
  }
  return salt;
}

async function loadSalt(day: string): Promise<string> {
  const key = PREFIX + day;
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing) return existing.value;
  try {
    await db.setting.create({ data: { key, value: randomBytes(32).toString('hex') } });
  } catch {
    // Another instance created it first: theirs is the one everybody uses.
  }
  const row = await db.setting.findUniqueOrThrow({ where: { key } });
  await db.setting.deleteMany({ where: { key: { startsWith: PREFIX, not: key } } });
  return row.value;
}
