// Refuses a request body larger than `maxSize` with `too_large`, counting the bytes actually read, so
// a chunked body without Content-Length is limited too.
import { bodyLimit } from 'hono/body-limit';
import { Refusal } from '../core/errors';

export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new Refusal('too_large');
    },
  });
}

/** For requests that carry a code, a secret or a choice: far more than they need, far less than harm. */
export const SMALL_BODY_LIMIT = 16 * 1024;
