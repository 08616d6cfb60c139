import 'server-only';
import { parseCookie } from 'cookie';
import { isbot } from 'isbot';
import { isStaff } from '@/lib/auth/permissions';
import { getUserByToken, SESSION_COOKIE } from '@/lib/auth/session';
import { readCappedText } from '@/lib/http/capped-body';
import { clientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/origin';
import { BeaconLimiter } from './beacon-limit';
import { viewsConfig } from './config';
import { isPublishedArticle } from './published';
import { readerKey } from './reader';
import { getRecorder, type ViewRecorder } from './recorder';
import { bufferViewShared } from './redis-buffer';
import { beaconSchema } from './schema';

export type BeaconError = 'origin' | 'rateLimited' | 'tooLarge' | 'unsupported' | 'invalid' | 'notFound';
export type BeaconOutcome =
  | { status: 202; counted: true }
  | { status: 204; counted: false; reason: 'prefetch' | 'bot' | 'staff' }
  | { status: 400 | 403 | 404 | 413 | 415 | 429; error: BeaconError };

const limiter = new BeaconLimiter(viewsConfig.rateLimitPerMinute);

/**
 * Judges one view beacon and, when it is a reader seeing a published article, buffers the view.
 * Only this path counts views, so server rendering, cache regeneration and prefetches never do.
 */
export async function acceptBeacon(
  request: Request,
  deps: { recorder?: ViewRecorder; limiter?: BeaconLimiter; now?: Date } = {},
): Promise<BeaconOutcome> {
  const now = deps.now ?? new Date();
  if (!isSameOrigin(request)) return { status: 403, error: 'origin' };
  const address = clientAddress(request.headers);
  if (!(await (deps.limiter ?? limiter).allow(address, now))) return { status: 429, error: 'rateLimited' };

  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'text/plain' && type !== 'application/json') return { status: 415, error: 'unsupported' };
  const text = await readCappedText(request, viewsConfig.maxBodyBytes);
  if (text === 'tooLarge') return { status: 413, error: 'tooLarge' };
  const parsed = beaconSchema.safeParse(parseJson(text));
  if (!parsed.success) return { status: 400, error: 'invalid' };

  const purpose = `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return { status: 204, counted: false, reason: 'prefetch' };
  const userAgent = request.headers.get('user-agent') ?? '';
  if (!userAgent || isbot(userAgent)) return { status: 204, counted: false, reason: 'bot' };
  // A malformed escape in a cookie is left as it is, not an error (it names no session).
  const token = parseCookie(request.headers.get('cookie') ?? '')[SESSION_COOKIE];
  if (token && isStaff(await getUserByToken(token, now))) return { status: 204, counted: false, reason: 'staff' };

  if (!(await isPublishedArticle(parsed.data.id, now.getTime()))) return { status: 404, error: 'notFound' };
  const key = await readerKey(address, parsed.data.id, now);
  const view = { key, articleId: parsed.data.id, at: now };
  // Redis when it is there (shared, survives this instance), else this instance's memory.
  if (deps.recorder || !(await bufferViewShared(view, viewsConfig.dedupMs))) (deps.recorder ?? getRecorder()).add(view);
  return { status: 202, counted: true };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
