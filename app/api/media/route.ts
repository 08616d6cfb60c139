import { getCurrentUser } from '@/lib/auth/session';
import { requestLocale } from '@/lib/http/request-locale';
import { MediaError, storageErrorCode } from '@/lib/media/errors';
import { mediaErrorResponse } from '@/lib/media/messages';
import { saveUpload } from '@/lib/media/mutations';
import { readUpload } from '@/lib/media/read-upload';
import { claimUploadSlot } from '@/lib/media/upload-limits';
import { canUploadMedia } from '@/lib/auth/permissions';
import { isSameOrigin } from '@/lib/security/origin';

// POST multipart/form-data with one field `file`. Answers { id, url, width, height } or a 4xx
// { error } in the reader's language. Who may upload is decided before the body is read.
export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return mediaErrorResponse('origin', locale);
  const user = await getCurrentUser();
  if (!user) return mediaErrorResponse('signIn', locale);
  if (!canUploadMedia(user)) return mediaErrorResponse('forbidden', locale);
  // A user's uploads are limited in number and in parallel before a byte of the body is read.
  const slot = await claimUploadSlot(user.id);
  if (!slot.ok) {
    return mediaErrorResponse(slot.reason === 'busy' ? 'uploadsBusy' : 'uploadsTooMany', locale, { 'Retry-After': String(slot.retryAfterSeconds) });
  }
  try {
    const bytes = await readUpload(request);
    const media = await saveUpload(user, bytes);
    return Response.json(media, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof MediaError) return mediaErrorResponse(error.code, locale);
    // A full or failing disk is the site's problem, said in the reader's language (507/503).
    const storage = storageErrorCode(error);
    if (storage) return mediaErrorResponse(storage, locale);
    throw error;
  } finally {
    slot.release();
  }
}
