import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createClient } from 'redis';
import { createDb } from '../../lib/db/client';
import { BROWSER_UA } from '../../e2e/helpers/comments';
import { takeStep, writeArticle } from '../../e2e/helpers/newsroom';
import { createUser, signIn } from '../../e2e/helpers/users';
import { startCluster, type Cluster } from './cluster';

// Two instances of the site (A, B) on one PostgreSQL database and one Redis, with nginx in front
// when it is installed: limits hold across instances, views add up exactly, a change made on one
// is seen on the other, and a scheduled article appears although the instance that armed it died.

let cluster: Cluster;
let db: ReturnType<typeof createDb>;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  cluster = await startCluster({ COMMENT_SAME_SOURCE_SECONDS: '0', COMMENT_MIN_FILL_SECONDS: '1' });
  db = createDb(cluster.databaseUrl);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await cluster?.stop();
});

const both = () => [cluster.a.origin, cluster.b.origin];

/** Runs `count` jobs, `width` at a time. */
async function inParallel(count: number, width: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

function signInAttempt(origin: string, email: string, password: string, forwardedFor: string) {
  return fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    body: new URLSearchParams({ locale: 'ar', email, password }),
  });
}

async function publishedArticles(count: number) {
  const section = await db.section.findFirstOrThrow({ where: { locale: 'ar' } });
  const tag = randomBytes(3).toString('hex');
  const rows = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      await db.article.create({
        data: { locale: 'ar', slug: `scale-${tag}-${i}`, title: `مقال ${tag} ${i}`, body: '<p>نص</p>', sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - 60_000) },
      }),
    );
  }
  return rows;
}

test('six wrong passwords spread across A and B meet the 429, and a forged leftmost address does not get past it', async () => {
  const user = createUser('editor', 'محرر', cluster.databaseUrl);
  const address = '203.0.113.10';
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await signInAttempt(both()[i % 2]!, user.email, `wrong-${i}`, address)).status);
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  // The right password, on each instance, from "another" address the client wrote leftmost.
  for (const [i, origin] of both().entries()) {
    const forged = await signInAttempt(origin, user.email, user.password, `198.51.100.${i + 1}, ${address}`);
    expect(forged.status).toBe(429);
  }
});

test('10,000 view beacons from 1,000 readers spread across A and B count exactly 10,000', async () => {
  test.setTimeout(300_000);
  const articles = await publishedArticles(10);
  const statuses = new Map<number, number>();
  // Reader r reads every article; beacons alternate between the instances.
  await inParallel(10_000, 32, async (i) => {
    const reader = Math.floor(i / 10);
    const article = articles[i % 10]!;
    const origin = both()[i % 2]!;
    const response = await fetch(`${origin}/api/views`, {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain', 'user-agent': BROWSER_UA, 'x-forwarded-for': `10.9.${reader >> 8}.${reader & 255}` },
      body: JSON.stringify({ id: article.id }),
    });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  });
  expect(Object.fromEntries(statuses)).toEqual({ 202: 10_000 });
  const total = async () =>
    (await db.article.aggregate({ where: { id: { in: articles.map((row) => row.id) } }, _sum: { viewsTotal: true } }))._sum.viewsTotal;
  await expect.poll(total, { timeout: 30_000 }).toBe(10_000);
  // And stays there: nothing is counted twice by a late flush.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await total()).toBe(10_000);
});

test('views acknowledged by an instance killed before it flushed are counted by the other one', async () => {
  test.setTimeout(300_000);
  const [article] = await publishedArticles(1);
  // Nobody may flush while B takes the beacons: the flush lease is held by an instance that is gone.
  await db.lease.upsert({
    where: { name: 'views-flush' },
    create: { name: 'views-flush', holder: 'gone', expiresAt: new Date(Date.now() + 600_000) },
    update: { holder: 'gone', expiresAt: new Date(Date.now() + 600_000) },
  });
  await inParallel(200, 16, async (i) => {
    const origin = cluster.b.origin;
    const response = await fetch(`${origin}/api/views`, {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain', 'user-agent': BROWSER_UA, 'x-forwarded-for': `10.8.0.${i}` },
      body: JSON.stringify({ id: article!.id }),
    });
    expect(response.status).toBe(202);
  });
  await cluster.b.kill('SIGKILL');
  const total = async () => (await db.article.findUniqueOrThrow({ where: { id: article!.id } })).viewsTotal;
  expect(await total()).toBe(0);
  // The lease is free again: A flushes what B acknowledged.
  await db.lease.delete({ where: { name: 'views-flush' } });
  await expect.poll(total, { timeout: 15_000 }).toBe(200);
  await cluster.b.start();
});

test('a comment flood from one address split across A and B is limited as if it hit one instance', async () => {
  const [article] = await publishedArticles(1);
  const address = '203.0.113.77';
  const token = async (origin: string) => ((await (await fetch(`${origin}/api/comments?article=${article!.id}`)).json()) as { formToken: string }).formToken;
  const tokens = await Promise.all(both().map(token));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const post = (i: number) => {
    const origin = both()[i % 2]!;
    const form = new FormData();
    const fields = { locale: 'ar', articleId: String(article!.id), name: 'قارئ', email: `reader${i}@example.test`, body: `تعليق رقم ${i}`, website: '', formToken: tokens[i % 2]!, idempotencyKey: randomBytes(16).toString('hex') };
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return fetch(`${origin}/api/comments`, { method: 'POST', body: form, headers: { accept: 'application/json', origin, 'user-agent': BROWSER_UA, 'x-forwarded-for': address } });
  };
  const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => post(i)))).map((response) => response.status);
  // COMMENT_ADDRESS_MAX (5 per 10 minutes) for the address as a whole, not 5 per instance.
  expect(statuses.filter((status) => status === 201)).toHaveLength(5);
  expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  expect(await db.comment.count({ where: { articleId: article!.id } })).toBe(5);
});

test('with Redis killed, pages are still served, limits fall back to the database, and Redis is used again once back', async () => {
  test.setTimeout(120_000);
  const redis = createClient({ url: cluster.redis.url });
  redis.on('error', () => {});
  const user = createUser('author', 'كاتب', cluster.databaseUrl);
  await cluster.redis.stop();
  for (const origin of [...both(), ...(cluster.nginx ? [cluster.nginx.origin] : [])]) {
    expect((await fetch(`${origin}/ar`)).status).toBe(200);
  }
  // Sign-in failures are still counted (in the database): a wrong password is refused, not a 500.
  for (const origin of both()) expect((await signInAttempt(origin, user.email, 'wrong', '203.0.113.20')).status).toBe(303);
  const rows = await db.rateLimit.findMany({ where: { key: { startsWith: 'signin:addr:203.0.113.20' } } });
  expect(rows.map((row) => row.count)).toEqual([2]);
  // A view is accepted and waits in the instance's memory instead, then reaches the database.
  const [article] = await publishedArticles(1);
  const viewed = await fetch(`${cluster.b.origin}/api/views`, {
    method: 'POST',
    headers: { origin: cluster.b.origin, 'content-type': 'text/plain', 'user-agent': BROWSER_UA, 'x-forwarded-for': '203.0.113.22' },
    body: JSON.stringify({ id: article!.id }),
  });
  expect(viewed.status).toBe(202);
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id: article!.id } })).viewsTotal, { timeout: 10_000 }).toBe(1);

  await cluster.redis.start();
  await redis.connect();
  // The instances reconnect by themselves: new counts go to Redis again.
  await expect
    .poll(
      async () => {
        await signInAttempt(cluster.b.origin, user.email, 'wrong', '203.0.113.21');
        return (await redis.keys('midad:rl:signin:addr:203.0.113.21')).length;
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toBe(1);
  await redis.close();
});

test('a change made on A while Redis was away reaches B within 5 s of its return, though B heard no announcement', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = createUser('editor', 'نادية', cluster.databaseUrl);
  const context = await browser.newContext({ baseURL: cluster.a.origin });
  const page = await context.newPage();
  await signIn(page, editor);
  const home = (origin: string) => fetch(`${origin}/ar`).then((response) => response.text());
  // B holds the home page in its front cache, then hears nothing until Redis is back and A has
  // replayed its announcements (a partition: B's subscriber misses them).
  await expect.poll(async () => (await fetch(`${cluster.b.origin}/ar`)).headers.get('x-front-cache'), { timeout: 10_000 }).toBe('HIT');
  cluster.b.pause();
  try {
    await cluster.redis.stop();
    const title = `خبر أثناء غياب Redis ${randomBytes(3).toString('hex')}`;
    await writeArticle(page, { title, body: 'نص.' });
    await takeStep(page, 'نشر الآن', 'منشور');
    await cluster.redis.start();
    // A is back on Redis and has written (and announced) what it expired meanwhile.
    const redis = createClient({ url: cluster.redis.url });
    redis.on('error', () => {});
    await redis.connect();
    await expect.poll(() => redis.exists('midad:cache:tags'), { timeout: 15_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.close();
    cluster.b.resume();
    const resumed = Date.now();
    await expect.poll(() => home(cluster.b.origin), { timeout: 5_000, intervals: [100] }).toContain(title);
    console.log(`change made during the outage visible on B ${Date.now() - resumed} ms after it could hear again`);
  } finally {
    cluster.b.resume();
    await context.close();
  }
});

test('an editor publishes on A and an anonymous reader sees it on B (and through nginx) within 5 s; an unpublish disappears the same way', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = createUser('editor', 'هند المحررة', cluster.databaseUrl);
  const context = await browser.newContext({ baseURL: cluster.a.origin });
  const page = await context.newPage();
  await signIn(page, editor);
  const readers = [cluster.b.origin, ...(cluster.nginx ? [cluster.nginx.origin] : [])];
  const home = (origin: string) => fetch(`${origin}/ar`).then((response) => response.text());
  // The readers' home pages are cached before the change.
  for (const origin of readers) await home(origin);

  const title = `خبر على عدة خوادم ${randomBytes(3).toString('hex')}`;
  await writeArticle(page, { title, body: 'نص الخبر.' });
  await takeStep(page, 'نشر الآن', 'منشور');
  const published = Date.now();
  for (const origin of readers) await expect.poll(() => home(origin), { timeout: 5_000, intervals: [100] }).toContain(title);
  console.log(`publish on A visible on B${cluster.nginx ? ' and through nginx' : ''} after ${Date.now() - published} ms`);

  await takeStep(page, 'سحب من النشر', 'سُحب من النشر');
  for (const origin of readers) await expect.poll(() => home(origin), { timeout: 5_000, intervals: [100] }).not.toContain(title);
  await context.close();
});

test('a scheduled article appears on B and through nginx at its time although only A armed it and A was killed before', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = createUser('editor', 'سلمى', cluster.databaseUrl);
  const context = await browser.newContext({ baseURL: cluster.a.origin });
  const page = await context.newPage();
  await signIn(page, editor);
  const readers = [cluster.b.origin, ...(cluster.nginx ? [cluster.nginx.origin] : [])];
  const home = (origin: string) => fetch(`${origin}/ar`).then((response) => response.text());

  const title = `خبر مجدول على عدة خوادم ${randomBytes(3).toString('hex')}`;
  await writeArticle(page, { title, body: 'يظهر في موعده.' });
  const at = Math.ceil((Date.now() + 25_000) / 1000) * 1000;
  const local = await page.evaluate((time) => {
    const date = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  }, at);
  await page.getByLabel('موعد النشر').fill(local);
  await takeStep(page, 'جدولة النشر', 'مجدول');
  await context.close();
  // Only A armed a timer for it; A dies (no goodbye: its lease must expire on its own).
  await cluster.a.kill('SIGKILL');
  for (const origin of readers) expect(await home(origin)).not.toContain(title);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
  await expect
    .poll(async () => (await db.article.findFirstOrThrow({ where: { title } })).announcedAt, { timeout: 5_000, intervals: [250] })
    .not.toBeNull();
  for (const origin of readers) await expect.poll(() => home(origin), { timeout: 5_000, intervals: [250] }).toContain(title);
  console.log(`scheduled article visible on B ${Date.now() - at} ms after its time`);

  // A comes back and shows it too.
  await cluster.a.start();
  expect(await home(cluster.a.origin)).toContain(title);
});

