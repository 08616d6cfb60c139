import { describe, expect, it } from 'vitest';
import { db, isPostgres } from '@/lib/db';

// An acknowledged comment must survive a crash: asked of the app's own connection, not a new one.
describe('write durability of the app connection', () => {
  it('commits to disk before a write returns', async () => {
    if (isPostgres()) {
      const [row] = await db.$queryRawUnsafe<{ synchronous_commit: string }[]>('SHOW synchronous_commit');
      expect(row?.synchronous_commit).toBe('on');
      return;
    }
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    expect(Number(sync?.synchronous)).toBe(2); // FULL
    expect(journal?.journal_mode).toBe('wal');
  });
});
