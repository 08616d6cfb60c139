import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { FIXTURE } from '@/test/helpers/wordpress';
import { legacyKeyOf } from './legacy-paths';
import { answerLegacyRedirect, legacyTargetPath } from './legacy-redirects';
import { importWordPress } from './run';

// Old WordPress addresses, raw or percent-encoded, answer 301 with the new address; anything
// else is left to Next (and its localized 404).

const enc = (text: string) => encodeURIComponent(text).toLowerCase();
const SLUG = 'الانتخابات-التشريعية-في-المغرب';
const NEW_ARTICLE = `/ar/news/${encodeURIComponent(SLUG)}`;

let server: Server;
let origin: string;
beforeAll(async () => {
  await importWordPress({ file: FIXTURE, db });
  // The same wiring as server.ts: the stored redirects first, then the app (here a plain 404).
  server = createServer((req, res) => {
    void answerLegacyRedirect(req, res).then((answered) => answered || res.writeHead(404).end('next'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => fetch(origin + path, { redirect: 'manual' });

describe('old WordPress links', () => {
  it.each([
    ['/?p=101', NEW_ARTICLE],
    [`/2024/05/12/${enc(SLUG)}/`, NEW_ARTICLE],
    [`/2024/05/${enc(SLUG)}/`, NEW_ARTICLE],
    [`/${enc(SLUG)}/`, NEW_ARTICLE],
    [`/${enc(SLUG).toUpperCase()}`, NEW_ARTICLE],
    [`/category/${enc('سياسة')}/`, `/ar/section/${encodeURIComponent('سياسة')}`],
    ['/category/iqtisad/banks/', '/ar/section/banks'],
    [`/tag/${enc('المغرب')}/`, `/ar/tag/${encodeURIComponent('المغرب')}`],
    ['/author/fatima/', '/ar/author/fatima'],
    ['/feed/', '/feeds/ar/rss.xml'],
  ])('%s answers 301 to %s over HTTP', async (path, target) => {
    const response = await get(path);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(target);
  });

  it('finds raw Arabic paths as well as encoded ones', async () => {
    expect(await legacyTargetPath(db, `/2024/05/12/${SLUG}/`)).toBe(NEW_ARTICLE);
    expect(await legacyTargetPath(db, '/tag/المغرب')).toBe(`/ar/tag/${encodeURIComponent('المغرب')}`);
  });

  it('follows a later rename of the article', async () => {
    const article = await db.article.findUniqueOrThrow({ where: { locale_slug: { locale: 'ar', slug: 'bank-rates' } } });
    await db.article.update({ where: { id: article.id }, data: { slug: 'interest-rates' } });
    expect(await legacyTargetPath(db, '/?p=102')).toBe('/ar/news/interest-rates');
  });

  it('leaves unknown and localized paths to the app', async () => {
    for (const path of ['/?p=999', '/2024/05/12/unknown/', '/category/none/', `/ar/news/${enc(SLUG)}`, '/favicon.ico', '/%E0%A4%A']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect(legacyKeyOf('/ar')).toBeNull();
    expect(legacyKeyOf('/api/health')).toBeNull();
    expect(legacyKeyOf('/')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${origin}/?p=101`, { method: 'POST', redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${origin}/?p=101`, { method: 'HEAD', redirect: 'manual' })).status).toBe(301);
  });
});
