import type { IncomingMessage, ServerResponse } from 'node:http';
import { loggableFailure } from '@/lib/db/errors';
import type { Db } from '@/lib/db/client';
import { processDbSupervisor } from '@/lib/db/supervisor';
import { crawlerPaths } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { legacyKeyOf } from './legacy-paths';

// Old links of an imported WordPress site answer 301 with the new address. Looked up by the
// HTTP server before Next, because these addresses have no locale prefix and would otherwise be
// sent to the locale routing and end as a 404. The target is resolved on each request, so a
// later rename of an article or section still lands on its current address.

export async function legacyTargetPath(database: Db, url: string): Promise<string | null> {
  const key = legacyKeyOf(url);
  if (!key) return null;
  const row = await database.legacyRedirect.findUnique({ where: { path: key } });
  if (!row) return null;
  const { locale, targetId: id } = row;
  switch (row.targetKind) {
    case 'article': {
      const article = await database.article.findUnique({ where: { id }, select: { slug: true, locale: true } });
      return article ? pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale: article.locale }) : null;
    }
    case 'section': {
      const section = await database.section.findUnique({ where: { id }, select: { slug: true } });
      return section ? pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { locale }) : null;
    }
    case 'tag': {
      const tag = await database.tag.findUnique({ where: { id }, select: { slug: true } });
      return tag ? pathTo({ pathname: '/tag/[slug]', params: { slug: tag.slug } }, { locale }) : null;
    }
    case 'author': {
      const author = await database.author.findUnique({ where: { id }, select: { slug: true } });
      return author ? pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { locale }) : null;
    }
    case 'feed':
      return crawlerPaths.feed(locale, { kind: 'site' }, 'rss');
    default:
      return null;
  }
}

/** For server.ts: answers an old link with a 301 and returns true; false leaves it to Next. */
export async function answerLegacyRedirect(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url || !legacyKeyOf(req.url)) return false;
  let target: string | null = null;
  try {
    target = await legacyTargetPath(processDbSupervisor().client, req.url);
  } catch (error) {
    // A failed lookup must not take the page down: Next answers (with its 404) instead.
    console.error('legacy redirect lookup failed', loggableFailure(error));
    return false;
  }
  if (!target) return false;
  res.writeHead(301, { location: target, 'cache-control': 'public, max-age=3600' }).end();
  return true;
}
