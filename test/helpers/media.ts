import { MediaError } from '@/lib/media/errors';

/** How a media call ended: 'accepted', or the code of the MediaError it refused with (any other error as text). */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof MediaError ? error.code : String(error)),
  );
