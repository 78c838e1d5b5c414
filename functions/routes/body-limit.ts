// Refuses a request body larger than `maxSize` with `too_large`.
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
