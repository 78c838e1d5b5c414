// The canonical form of a stored contribution, whose SHA-256 is its receipt: every stored field,
// keys sorted, no whitespace. Anyone holding the contribution can recompute it.
import { sha256Hex } from '../digest';

export interface CanonicalFields {
  id: string;
  cycle: string;
  organisation: string;
  organisation_type: string;
  country: string;
  contact_email: string | null;
  transparency_register_id: string | null;
  publication: string;
  /** The answers as stored: a JSON object of question id → text. */
  answers: string;
  attachment_sha256: string | null;
}

export function sortedObject(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function canonicalContribution(fields: CanonicalFields): string {
  return JSON.stringify({
    answers: sortedObject(JSON.parse(fields.answers) as Record<string, string>),
    attachment_sha256: fields.attachment_sha256,
    contact_email: fields.contact_email,
    country: fields.country,
    cycle: fields.cycle,
    id: fields.id,
    organisation: fields.organisation,
    organisation_type: fields.organisation_type,
    publication: fields.publication,
    transparency_register_id: fields.transparency_register_id,
  });
}

export function contentSha256(fields: CanonicalFields): Promise<string> {
  return sha256Hex(canonicalContribution(fields));
}

/**
 * What a retry under the same idempotency key must repeat to be the same submission: the SHA-256 of
 * the canonical form without the ID that the server gave it.
 */
export function submissionSha256(fields: Omit<CanonicalFields, 'id'>): Promise<string> {
  return contentSha256({ ...fields, id: '' });
}
