import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { registerFastRoute } from '@/lib/http/fast-routes';
import { viewsConfig } from '@/lib/views/config';
import { listMostViewed } from '@/lib/views/queries';

export const dynamic = 'force-dynamic';

// The sidebar's fresh ranking as JSON, so cached pages can show it without being re-rendered.
// It is itself cached (in memory and by browsers and proxies) for the refresh interval.
export async function GET(request: Request) {
  const edition = new URL(request.url).searchParams.get('locale');
  if (!hasLocale(routing.locales, edition)) return Response.json({ error: 'invalid' }, { status: 400 });
  const seconds = Math.floor(viewsConfig.refreshMs / 1000);
  return Response.json(await listMostViewed(edition), {
    headers: { 'Cache-Control': `public, max-age=${seconds}, s-maxage=${seconds}` },
  });
}

// A reader's first page asks for it: the server answers later requests without Next's pipeline.
registerFastRoute('GET', '/api/views/top', GET);
