// The API's consultation error codes as UI string keys.
import { isUiKey, type UiKey } from '../i18n/ui';

const MESSAGES: Readonly<Record<string, UiKey>> = {
  consultation_closed: 'consultation.error.closed',
  consultation_not_open: 'consultation.error.notOpen',
  storage_unavailable: 'consultation.error.storage',
  contribution_not_found: 'consultation.error.notFound',
  invalid_submission: 'consultation.error.fields',
  rate_limited: 'consultation.error.rateLimited',
};

export function consultationErrorKey(code: string): UiKey {
  return MESSAGES[code] ?? 'consultation.error.rejected';
}

/** The field errors of a refused contribution (field → UI string key), as the service reported them. */
export function fieldErrorKeys(fields: Readonly<Record<string, string>> = {}): Record<string, UiKey> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, UiKey] => isUiKey(entry[1])));
}
