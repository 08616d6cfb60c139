import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/views/route';
import { beacon, createArticles, totalViews } from '@/test/helpers/views';
import { getRecorder } from './recorder';

// No timed flush during the test: only the shutdown signal may write these views.
vi.hoisted(() => {
  process.env.VIEWS_FLUSH_MS = '600000';
});

let id: number;
beforeAll(async () => {
  id = (await createArticles(1)).published[0]!.id;
});

describe('server shutdown', () => {
  it('writes buffered views and hands server.ts the promise to wait for', async () => {
    for (let i = 0; i < 25; i++) expect((await POST(beacon({ id }, { address: `192.0.2.${i}` }))).status).toBe(202);
    expect(getRecorder().pending).toBe(25);
    expect(await totalViews(id)).toEqual({ total: 0, buckets: 0 });
    const pending: Promise<unknown>[] = [];
    process.emit('midad:shutdown' as never, pending as never);
    expect(pending).toHaveLength(1);
    await Promise.all(pending);
    expect(await totalViews(id)).toEqual({ total: 25, buckets: 25 });
  });
});
