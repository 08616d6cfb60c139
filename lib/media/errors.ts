// Why an upload was refused; the route handler turns the code into a localized message and status.
export type MediaErrorCode =
  | 'signIn'
  | 'forbidden'
  | 'origin'
  | 'missing'
  | 'tooLarge'
  | 'unsupported'
  | 'tooManyPixels'
  | 'corrupt'
  | 'storageFull'
  | 'storageUnavailable'
  | 'uploadsBusy'
  | 'uploadsTooMany';

export class MediaError extends Error {
  constructor(readonly code: MediaErrorCode) {
    super(code);
  }
}

export const MEDIA_ERROR_STATUS: Record<MediaErrorCode, number> = {
  signIn: 401,
  forbidden: 403,
  origin: 403,
  missing: 400,
  tooLarge: 413,
  unsupported: 415,
  tooManyPixels: 422,
  corrupt: 422,
  storageFull: 507,
  storageUnavailable: 503,
  uploadsBusy: 429,
  uploadsTooMany: 429,
};

/** A failed write to the media folder, as the reader's error (null when it is not about storage). */
export function storageErrorCode(error: unknown): MediaErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'storageFull';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'EIO') return 'storageUnavailable';
  return null;
}
