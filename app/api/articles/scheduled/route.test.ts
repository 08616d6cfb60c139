import { describe, expect, it } from 'vitest';
import { SCHEDULE_HEADER } from '@/lib/articles/publishing/scheduler';
import { POST } from './route';

const call = (headers: Record<string, string>, body: string) =>
  POST(new Request('http://localhost/api/articles/scheduled', { method: 'POST', headers, body }));

describe('POST /api/articles/scheduled', () => {
  it('refuses a request without the in-process secret, also through the middleware bypass header', async () => {
    expect((await call({}, '{"id":1}')).status).toBe(403);
    expect((await call({ [SCHEDULE_HEADER]: 'guess', 'x-middleware-subrequest': 'middleware' }, '{"id":1}')).status).toBe(403);
  });
});
