import 'server-only';
import { env } from '@/env';
import { hit } from '@/lib/security/rate-limit';

// Decoding one large picture takes hundreds of MB, so each user has a few upload slots in this
// process (memory is per process, so the count is too) and a rate shared by every instance.
const inFlight = new Map<number, number>();

export type UploadSlot =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'busy'; retryAfterSeconds: number }
  | { ok: false; reason: 'tooMany'; retryAfterSeconds: number };

/** Takes one of the user's upload slots, or says why not; `release` must run when the upload ends. */
export async function claimUploadSlot(userId: number, now = new Date()): Promise<UploadSlot> {
  const running = inFlight.get(userId) ?? 0;
  if (running >= env.MEDIA_UPLOADS_IN_FLIGHT) return { ok: false, reason: 'busy', retryAfterSeconds: 5 };
  // Counted before the body is read, so refused uploads cost nothing but their headers.
  inFlight.set(userId, running + 1);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left > 0) inFlight.set(userId, left);
    else inFlight.delete(userId);
  };
  try {
    const rate = await hit(`upload:user:${userId}`, env.MEDIA_UPLOADS_PER_MINUTE, 60_000, now);
    if (rate.allowed) return { ok: true, release };
    release();
    return { ok: false, reason: 'tooMany', retryAfterSeconds: rate.retryAfterSeconds };
  } catch (error) {
    release();
    throw error;
  }
}
