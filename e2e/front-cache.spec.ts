import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { startLocalNginx, type LocalNginx } from '../deploy/nginx/local';
import { takeStep, writeArticle } from './helpers/newsroom';
import { seed, seedArticlePath } from './helpers/seed-article';
import { createUser, signIn } from './helpers/users';

// The front cache of `npm start` and the nginx configuration in front of it, as an anonymous
// reader sees them: the same page in every encoding, 304s, HEAD, never a staff member's view or
// a preview, and an edit visible within 5 seconds through both. nginx is started here on
// loopback; without it the test fails (bash .ci/run installs it).

const appPort = Number(process.env.E2E_PORT || 3200);
const nginxPort = Number(process.env.E2E_NGINX_PORT || appPort + 5000);
type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A request as a reader's browser or a crawler sends it, with the raw (still compressed) body. */
function fetchRaw(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function html(reply: Reply): string {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(reply.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(reply.body).toString();
  return reply.body.toString();
}

let nginx: LocalNginx;
test.beforeAll(async () => {
  nginx = await startLocalNginx({ port: nginxPort, upstreams: [`127.0.0.1:${appPort}`] });
});
test.afterAll(async () => {
  await nginx?.stop();
});

test('a reader gets the cached article from the server and from nginx as brotli, gzip or plain, with 304 and HEAD', async () => {
  for (const port of [appPort, nginxPort]) {
    // Filled by the first request; the copy is stored once it is compressed.
    // Not kept for 5 s after a change to a live article elsewhere in the suite (see the front cache).
    await expect.poll(async () => (await fetchRaw(appPort, seedArticlePath, { 'accept-encoding': 'gzip' })).headers['x-front-cache'], { timeout: 20_000 }).toBe('HIT');
    const [brotli, gzip, plain] = await Promise.all([
      fetchRaw(port, seedArticlePath, { 'accept-encoding': 'gzip, deflate, br' }),
      fetchRaw(port, seedArticlePath, { 'accept-encoding': 'gzip' }),
      fetchRaw(port, seedArticlePath),
    ]);
    expect([brotli.headers['content-encoding'], gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['br', 'gzip', undefined]);
    expect(new Set([brotli, gzip, plain].map((reply) => reply.headers.etag)).size).toBe(1);
    expect(html(plain)).toContain(seed.title);
    expect(html(brotli)).toBe(html(plain));
    expect(html(gzip)).toBe(html(plain));
    for (const reply of [brotli, gzip, plain]) expect(reply.headers.vary).toMatch(/accept-encoding/i);

    const notModified = await fetchRaw(port, seedArticlePath, { 'if-none-match': String(gzip.headers.etag), 'accept-encoding': 'gzip' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const head = await fetchRaw(port, seedArticlePath, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  }
  // The second request within a second is nginx's own copy.
  await fetchRaw(nginxPort, seedArticlePath, { 'accept-encoding': 'gzip' });
  expect((await fetchRaw(nginxPort, seedArticlePath, { 'accept-encoding': 'gzip' })).headers['x-micro-cache']).toBe('HIT');
});

test('a reader arriving from a shared link gets the cached page, and no reader\'s link is written into a page', async () => {
  const link = (token: string) => `${seedArticlePath}?utm_source=facebook&utm_medium=social&fbclid=${token}`;
  for (const port of [appPort, nginxPort]) {
    await expect.poll(async () => (await fetchRaw(port, seedArticlePath, { 'accept-encoding': 'gzip' })).headers[port === appPort ? 'x-front-cache' : 'x-micro-cache'], { timeout: 20_000 }).toBe('HIT');
    const plain = await fetchRaw(port, seedArticlePath, { 'accept-encoding': 'gzip' });
    const token = randomBytes(6).toString('hex');
    const shared = await fetchRaw(port, link(token), { 'accept-encoding': 'gzip' });
    expect(shared.headers[port === appPort ? 'x-front-cache' : 'x-micro-cache']).toBe('HIT');
    expect(shared.headers.etag).toBe(plain.headers.etag);
    expect(html(shared)).not.toContain(token);
  }
  // A page rendered for the first time for a shared link (an address nobody asked for before):
  // what Next renders, and may keep, does not carry the link's parameters.
  const token = randomBytes(6).toString('hex');
  const missing = await fetchRaw(appPort, `/ar/news/${token}-x?fbclid=${token}&utm_campaign=${token}`);
  expect(missing.status).toBe(404);
  expect(html(missing)).toContain('<html');
  expect(html(missing)).not.toContain(`fbclid=${token}`);
});

test('a reader moving through the site asks only for documents the front cache answers, never for Next\'s router', async ({ page }) => {
  // Prefetches and client-side navigations are requests for Next's router: no cache in front may
  // answer them, and each costs Next about a hundred times what a cached page costs.
  const routerRequests: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['rsc'] !== undefined || request.url().includes('_rsc=')) routerRequests.push(request.url());
  });
  await page.goto(seedArticlePath, { waitUntil: 'networkidle' });
  const sectionLink = page.locator('.article-header .kicker a');
  const sectionName = (await sectionLink.textContent())!.trim();
  const sectionPath = (await sectionLink.getAttribute('href'))!;
  await expect.poll(async () => (await fetchRaw(appPort, sectionPath, { 'accept-encoding': 'gzip' })).headers['x-front-cache'], { timeout: 20_000 }).toBe('HIT');

  const navigation = page.waitForResponse((response) => response.request().isNavigationRequest());
  await sectionLink.click();
  const response = await navigation;
  expect(response.request().resourceType()).toBe('document');
  expect(response.headers()['x-front-cache']).toBe('HIT');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionName);
  await page.waitForLoadState('networkidle');
  expect(routerRequests).toEqual([]);
});

test('a reader reaching the site through nginx on a port of its own is counted: the view beacon is not refused as foreign', async ({ page }) => {
  const beacon = page.waitForResponse((response) => response.url().endsWith('/api/views') && response.request().method() === 'POST');
  await page.goto(`http://127.0.0.1:${nginxPort}${seedArticlePath}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  expect((await beacon).status()).toBe(202);
});

test('a staff view and a preview never reach a reader; an edit reaches readers within 5 seconds through the server and nginx', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString('hex');
  await signIn(page, createUser('editor', 'سلمى المحررة'));
  const title = `الحكومة تعلن خطة للنقل العام ${tag}`;
  const id = await writeArticle(page, { title, body: 'أعلنت الحكومة خطة جديدة لتوسيع شبكة النقل العام في المدن الكبرى.' });

  // A draft's preview, opened by the editor, stays out of every cache.
  const previewPath = `/ar/admin/preview/${id}`;
  expect(await (await page.request.get(previewPath)).text()).toContain(title);
  for (const port of [appPort, nginxPort]) {
    const reader = await fetchRaw(port, previewPath, { 'accept-encoding': 'gzip' });
    expect(reader.headers['x-front-cache']).toBeUndefined();
    expect(html(reader)).not.toContain(title);
  }

  await takeStep(page, 'نشر الآن', 'منشور');
  const articlePath = `/ar/news/${encodeURIComponent(`الحكومة-تعلن-خطة-للنقل-العام-${tag}`)}`;
  // The editor reads the published page first, signed in: that answer is never kept for readers.
  const staffView = await page.request.get(articlePath);
  expect(await staffView.text()).toContain(title);
  expect(staffView.headers()['x-front-cache']).toBeUndefined();
  // The same through nginx: a sign-in cookie bypasses the micro-cache.
  const session = (await page.context().cookies()).find((cookie) => cookie.name === '__Host-midad_session');
  expect(session).toBeDefined();
  const staffViaNginx = await fetchRaw(nginxPort, articlePath, { cookie: `${session!.name}=${session!.value}`, 'accept-encoding': 'gzip' });
  expect(staffViaNginx.headers['x-micro-cache']).toBe('BYPASS');
  expect(staffViaNginx.headers['x-front-cache']).toBeUndefined();
  const firstReader = await fetchRaw(appPort, articlePath, { 'accept-encoding': 'gzip' });
  expect(html(firstReader)).toContain(title);
  expect(firstReader.headers['x-front-cache']).toBeUndefined();

  // Readers now get the page from the front cache and from nginx.
  await expect.poll(async () => (await fetchRaw(appPort, articlePath, { 'accept-encoding': 'gzip' })).headers['x-front-cache'], { timeout: 20_000 }).toBe('HIT');
  await fetchRaw(nginxPort, articlePath, { 'accept-encoding': 'gzip' });
  expect((await fetchRaw(nginxPort, articlePath, { 'accept-encoding': 'gzip' })).headers['x-micro-cache']).toBe('HIT');

  const edited = `${title} بعد التعديل`;
  await page.getByLabel('العنوان', { exact: true }).fill(edited);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.locator('#editor-status')).toHaveText('تم الحفظ');
  const saved = Date.now();
  const seenAfter: Record<string, number> = {};
  for (const [name, port] of [['server', appPort], ['nginx', nginxPort]] as const) {
    await expect
      .poll(async () => html(await fetchRaw(port, articlePath, { 'accept-encoding': 'br' })), { timeout: Math.max(0, 5_000 - (Date.now() - saved)) })
      .toContain(edited);
    seenAfter[name] = Date.now() - saved;
  }
  testInfo.annotations.push({ type: 'visible after save', description: JSON.stringify(seenAfter) });
  console.log(`edit visible to a reader after: server ${seenAfter.server} ms, nginx ${seenAfter.nginx} ms`);
});
