// Why an upload was refused; the route handler turns the code into a localized message and status.
export type MediaErrorCode =
  | 'signIn'
  | 'forbidden'
  | 'origin'
  | 'missing'
  | 'tooLarge'
  | 'unsupported'
  | 'tooManyPixels'
  | 'corrupt';

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
};
