// Shared by the consultation tests: a valid contribution to the open 2026 cycle, and staff tokens.
import { env } from 'cloudflare:workers';
import { newReceiptCode } from '../../functions/core/receipt-code';
import { accessToken } from './access-token';
import { fetchWorker } from './contact-helpers';

export const YEAR = '2026';

export function contribution(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: newReceiptCode(),
    organisation: 'Réseau des défenseurs, "Sahel" (fictional)',
    type: 'ngo',
    country: 'ML',
    contactEmail: 'contact@network.example',
    transparencyRegisterId: '123456789012-34',
    publication: 'public',
    answers: {
      'protecting-individuals': 'Trial observation helped, twice.\nMore of it, please, in the regions.',
      general: 'شكراً على المشاورة، 谢谢',
    },
    consent: true,
    ...overrides,
  };
}

// A different address each time, so that only the rate-limit tests meet the limit.
const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

export function postContribution(body: unknown, year = YEAR, address = randomAddress()) {
  return fetchWorker(`/api/consultations/${year}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify(body),
  });
}

export interface Receipt {
  id: string;
  contentSha256: string;
  secret: string;
  replayed: boolean;
}

/** View (`view`), withdraw (`withdraw`) or change (`edit`, with the fields) a contribution through the API with its secret. */
export function withSecret(
  action: 'view' | 'withdraw' | 'edit',
  id: string,
  secret: string,
  { address = randomAddress(), fields = {} as Record<string, unknown>, year = YEAR } = {},
) {
  const path = `/api/consultations/${year}/submissions/${id}`;
  const { idempotencyKey: _key, attachment: _file, ...editable } = fields;
  return fetchWorker(action === 'edit' ? path : `${path}/${action}`, {
    method: action === 'edit' ? 'PUT' : 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify(action === 'edit' ? { secret, ...editable } : { secret }),
  });
}

export async function storedContributions(): Promise<Record<string, unknown>[]> {
  return (await env.DB.prepare('SELECT * FROM consultation_submissions').all<Record<string, unknown>>()).results;
}

export async function asStaff(path: string, email = 'hq@eeas.example', init: RequestInit = {}) {
  return fetchWorker(path, {
    ...init,
    headers: { 'Cf-Access-Jwt-Assertion': await accessToken(email), 'Content-Type': 'application/json' },
  });
}
