// The API's error codes for the contact endpoint, as UI string keys for the person who sent it.
import type { UiKey } from '../i18n/ui';

const MESSAGES: Readonly<Record<string, UiKey>> = {
  rate_limited: 'contact.error.rateLimited',
  encryption_failed: 'contact.error.encryption',
  storage_unavailable: 'contact.error.storage',
  no_secure_channel: 'contact.error.noChannel',
  too_large: 'contact.error.tooLarge',
};

export function contactErrorKey(code: string): UiKey {
  return MESSAGES[code] ?? 'contact.error.rejected';
}

export function minutesUntil(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
