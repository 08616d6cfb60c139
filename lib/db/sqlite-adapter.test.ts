import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrismaClient } from '.prisma/sqlite';
import { isDatabaseUnavailable } from './errors';
import { resilientSqliteFactory } from './sqlite-adapter';

// The SQLite adapter wrapper, on a file of its own whatever database the suite runs on: a COMMIT
// that fails must not wedge later writes, and another connection's write lock is waited for on
// a timer, never inside a synchronous call that freezes the event loop.

let dir: string;
let file: string;
let files = 0;
const fatal: unknown[] = [];
const clients: PrismaClient[] = [];

/** Each test gets its own file: the stock adapter's wedged connection keeps its file locked. */
function freshFile() {
  file = path.join(dir, `adapter-${++files}.db`);
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  // A deferred foreign key is checked at COMMIT: an orphan row makes the COMMIT itself fail.
  setup.exec('CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED);');
  setup.close();
}

function resilientClient(waitMs = 2000) {
  const client = new PrismaClient({
    adapter: resilientSqliteFactory(file, { waitMs, busyTimeoutMs: 5, onFatal: (error) => fatal.push(error) }),
    transactionOptions: { maxWait: waitMs, timeout: 10_000 },
  });
  clients.push(client);
  return client;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'midad-sqlite-adapter-'));
});

beforeEach(freshFile);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => undefined)));
  rmSync(dir, { recursive: true, force: true });
});

const failingCommit = (client: PrismaClient) =>
  client.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('INSERT INTO c (p) VALUES (999)');
  });

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise.then(() => 'done' as const), new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), ms))]);

describe('a failed COMMIT', () => {
  it('wedges the stock 6.19 adapter: the next transaction never starts (why the wrapper exists)', async () => {
    const stock = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }), transactionOptions: { maxWait: 500, timeout: 2000 } });
    clients.push(stock);
    await expect(failingCommit(stock)).rejects.toThrow(/foreign ?key/i);
    const next = stock.$transaction(async (tx) => tx.$executeRawUnsafe('INSERT INTO p DEFAULT VALUES'));
    next.catch(() => undefined);
    expect(await within(next, 2000)).toBe('stuck');
  });

  it('rolls back, releases the write lock and reports the connection; the next writes succeed', async () => {
    const db = resilientClient();
    await expect(failingCommit(db)).rejects.toThrow(/foreign ?key/i);
    expect(fatal.length).toBe(1);
    expect(await within(db.$transaction(async (tx) => tx.$executeRawUnsafe('INSERT INTO p (id) VALUES (1)')), 2000)).toBe('done');
    await db.$executeRawUnsafe('INSERT INTO c (p) VALUES (1)');
    // Nothing of the failed transaction was kept, and another connection can write.
    const other = new Database(file);
    expect(other.prepare('SELECT COUNT(*) AS n FROM c WHERE p = 999').get()).toEqual({ n: 0 });
    other.exec('INSERT INTO p (id) VALUES (2)');
    other.close();
  });
});

describe("another connection's write lock", () => {
  it('is waited for on a timer: the event loop keeps turning, and the write lands when the lock goes', async () => {
    const db = resilientClient(5000);
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    setTimeout(() => holder.exec('COMMIT'), 1500);
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await db.$transaction(async (tx) => tx.$executeRawUnsafe('INSERT INTO p (id) VALUES (10)'));
    await db.$executeRawUnsafe('INSERT INTO p (id) VALUES (11)');
    clearInterval(ticker);
    holder.close();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1450);
    // SQLite's busy wait would freeze the loop for the whole 1.5 s; allow for a loaded machine.
    expect(longestGap).toBeLessThan(500);
  });

  it('held longer than the allowed wait fails the write with a retryable error instead of hanging', async () => {
    const db = resilientClient(300);
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      const error = await db.$transaction(async (tx) => tx.$executeRawUnsafe('INSERT INTO p (id) VALUES (20)')).catch((e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
      const outside = await db.$executeRawUnsafe('INSERT INTO p (id) VALUES (21)').catch((e: unknown) => e);
      expect(isDatabaseUnavailable(outside)).toBe(true);
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    await db.$executeRawUnsafe('INSERT INTO p (id) VALUES (22)');
  });
});
