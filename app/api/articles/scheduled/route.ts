import { NextResponse } from 'next/server';
import { z } from 'zod';
import { refreshDueArticle } from '@/lib/articles/publishing/scheduled-refresh';
import { isScheduleSecret, SCHEDULE_HEADER } from '@/lib/articles/publishing/scheduler';

// Called only by this server's own timer when a scheduled article comes due: it refreshes the
// cached pages that now show it. Anyone without the in-process secret gets 403 and nothing runs.
const body = z.object({ id: z.number().int().positive() });

export async function POST(request: Request) {
  if (!isScheduleSecret(request.headers.get(SCHEDULE_HEADER))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'invalid' }, { status: 400 });
  const paths = await refreshDueArticle(parsed.data.id);
  return NextResponse.json({ refreshed: paths.length });
}
