// Contributions as staff and the public see them. The public only ever sees approved contributions
// that chose publication: never a confidential one, never a contact e-mail, and no organisation
// name or register ID for anonymous ones.
import { toCsv } from '../core/consultation/csv';
import type { Cycle } from '../core/consultation/cycles';
import type { StaffContribution } from '../core/staff-api';
import { archivedContributions } from './content/consultations';
import { type ContributionRow, contributionsOfCycle } from './stores/consultation-submissions';

export interface PublicContribution {
  id: string;
  publication: 'public' | 'anonymous';
  organisation: string | null;
  transparencyRegisterId: string | null;
  type: string;
  country: string;
  submittedOn: string;
  /** The language of the answers where it is recorded (archives); unknown for contributions sent through the form. */
  language: string | null;
  answers: Record<string, string>;
}

const dayOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function toPublic(row: ContributionRow): PublicContribution {
  const named = row.publication === 'public';
  return {
    id: row.id,
    publication: named ? 'public' : 'anonymous',
    organisation: named ? row.organisation : null,
    transparencyRegisterId: named ? row.transparency_register_id : null,
    type: row.organisation_type,
    country: row.country,
    submittedOn: dayOf(row.submitted_at),
    language: null,
    answers: JSON.parse(row.answers) as Record<string, string>,
  };
}

/** Archived cycles publish from content; others from the database, approved and publishable only. */
export async function publishedContributions(db: D1Database, cycle: Cycle): Promise<PublicContribution[]> {
  const archive = archivedContributions(cycle.year);
  if (archive.length > 0) {
    return archive.map((entry) => ({
      id: entry.id,
      publication: entry.publication,
      organisation: entry.publication === 'public' ? (entry.organisation ?? null) : null,
      transparencyRegisterId: null,
      type: entry.type,
      country: entry.country,
      submittedOn: entry.submitted_on,
      language: entry.language,
      answers: entry.answers,
    }));
  }
  return (await contributionsOfCycle(db, cycle.year, 'published')).map(toPublic);
}

export function publicCsv(cycle: Cycle, contributions: readonly PublicContribution[]): string {
  const questions = cycle.questions.map((question) => question.id);
  return toCsv(
    ['id', 'publication', 'organisation', 'transparency_register_id', 'type', 'country', 'submitted_on', ...questions],
    contributions.map((c) => [
      c.id,
      c.publication,
      c.organisation,
      c.transparencyRegisterId,
      c.type,
      c.country,
      c.submittedOn,
      ...questions.map((id) => c.answers[id]),
    ]),
  );
}

function toStaff(row: ContributionRow): StaffContribution {
  return {
    id: row.id,
    publication: row.publication,
    organisation: row.organisation,
    transparencyRegisterId: row.transparency_register_id,
    type: row.organisation_type,
    country: row.country,
    contactEmail: row.contact_email,
    moderation: row.moderation,
    submittedAt: new Date(row.submitted_at * 1000).toISOString(),
    updatedAt: new Date(row.updated_at * 1000).toISOString(),
    attachmentSha256: row.attachment_sha256,
    attachment: row.attachment_key ? `/api/staff/consultations/${row.cycle}/submissions/${row.id}/attachment` : null,
    contentSha256: row.content_sha256,
    answers: JSON.parse(row.answers) as Record<string, string>,
  };
}

/** Every contribution of the cycle, confidential ones and contact e-mails included: for staff only. */
export async function staffContributions(db: D1Database, cycle: Cycle): Promise<StaffContribution[]> {
  return (await contributionsOfCycle(db, cycle.year)).map(toStaff);
}

export function staffCsv(cycle: Cycle, contributions: readonly StaffContribution[]): string {
  const questions = cycle.questions.map((question) => question.id);
  return toCsv(
    [
      'id',
      'submitted_at',
      'updated_at',
      'organisation',
      'type',
      'country',
      'contact_email',
      'transparency_register_id',
      'publication',
      'moderation',
      'attachment_sha256',
      'content_sha256',
      ...questions,
    ],
    contributions.map((c) => [
      c.id,
      c.submittedAt,
      c.updatedAt,
      c.organisation,
      c.type,
      c.country,
      c.contactEmail,
      c.transparencyRegisterId,
      c.publication,
      c.moderation,
      c.attachmentSha256,
      c.contentSha256,
      ...questions.map((id) => c.answers[id]),
    ]),
  );
}
