// Validates a consultation contribution the same way for the form (JavaScript or not) and the API.
// Errors are UI string keys per field (the API reports them as they are), so each page shows them in
// the submitter's language; src/i18n checks that every one of them is a UI key.
import { isPdf } from '../file-kind';
import { CONSULTATION_ATTACHMENT_MAX_BYTES, ORGANISATION_MAX_CHARS } from './limits';
import { type Consultation, ORGANISATION_TYPES, type OrganisationType, PUBLICATION_CHOICES, type PublicationChoice } from './schemas';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// EU Transparency Register identification numbers: up to 12 digits, a hyphen and 2 digits.
const TRANSPARENCY_REGISTER_ID = /^\d{9,12}-\d{2}$/;

export interface SubmissionInput {
  organisation: string;
  type: string;
  country: string;
  contactEmail: string;
  transparencyRegisterId: string;
  publication: string;
  answers: Record<string, string>;
  consent: boolean;
  attachment?: { name: string; bytes: Uint8Array } | undefined;
}

/** What the form shows and keeps after an error: everything but the file, which browsers cannot refill. */
export type ConsultationValues = Omit<SubmissionInput, 'attachment'>;

export interface ValidSubmission {
  organisation: string;
  type: OrganisationType;
  country: string;
  contactEmail: string | null;
  transparencyRegisterId: string | null;
  publication: PublicationChoice;
  answers: Record<string, string>;
  attachment?: { name: string; bytes: Uint8Array } | undefined;
}

export const CONSULTATION_FIELD_PROBLEMS = [
  'consultation.error.organisationRequired',
  'consultation.error.organisationTooLong',
  'consultation.error.typeRequired',
  'consultation.error.countryRequired',
  'consultation.error.emailInvalid',
  'consultation.error.registerInvalid',
  'consultation.error.publicationRequired',
  'consultation.error.consentRequired',
  'consultation.error.answerRequired',
  'consultation.error.answerTooLong',
  'consultation.error.unknownQuestion',
  'consultation.error.attachmentNotAllowed',
  'consultation.error.fileNotPdf',
  'consultation.error.fileTooLarge',
] as const;
export type ConsultationFieldProblem = (typeof CONSULTATION_FIELD_PROBLEMS)[number];

export type SubmissionErrors = Record<string, ConsultationFieldProblem>;

const characters = (text: string) => [...text].length;

function answerErrors(input: SubmissionInput, cycle: Consultation): SubmissionErrors {
  const errors: SubmissionErrors = {};
  for (const question of cycle.questions) {
    if (characters(input.answers[question.id] ?? '') > cycle.max_answer_chars)
      errors[`answer-${question.id}`] = 'consultation.error.answerTooLong';
  }
  const known = new Set(cycle.questions.map((question) => question.id));
  if (Object.keys(input.answers).some((id) => !known.has(id))) errors.answers = 'consultation.error.unknownQuestion';
  else if (!cycle.questions.some((question) => (input.answers[question.id] ?? '').trim() !== ''))
    errors.answers = 'consultation.error.answerRequired';
  return errors;
}

function attachmentError(input: SubmissionInput, cycle: Consultation): ConsultationFieldProblem | undefined {
  if (!input.attachment) return undefined;
  if (!cycle.attachment_allowed) return 'consultation.error.attachmentNotAllowed';
  if (input.attachment.bytes.length > CONSULTATION_ATTACHMENT_MAX_BYTES) return 'consultation.error.fileTooLarge';
  return isPdf(input.attachment.bytes) ? undefined : 'consultation.error.fileNotPdf';
}

/**
 * Every text field as Unicode text: a lone surrogate (which JSON can carry but UTF-8 cannot) becomes
 * U+FFFD here, before validation and hashing, rather than silently in the database, so the receipt's
 * SHA-256 is always that of what is stored and shown. Text is not otherwise normalised (no NFC): what
 * was written is kept as written, since storage round-trips any well-formed text unchanged and NFC
 * would rewrite, for instance, CJK compatibility ideographs that people choose on purpose.
 */
export function wellFormedInput(input: SubmissionInput): SubmissionInput {
  return {
    ...input,
    organisation: input.organisation.toWellFormed(),
    type: input.type.toWellFormed(),
    country: input.country.toWellFormed(),
    contactEmail: input.contactEmail.toWellFormed(),
    transparencyRegisterId: input.transparencyRegisterId.toWellFormed(),
    publication: input.publication.toWellFormed(),
    answers: Object.fromEntries(Object.entries(input.answers).map(([id, text]) => [id, text.toWellFormed()])),
  };
}

export function validateSubmission(raw: SubmissionInput, cycle: Consultation, countryCodes: ReadonlySet<string>): SubmissionErrors {
  const input = wellFormedInput(raw);
  const errors: SubmissionErrors = {};
  const organisation = input.organisation.trim();
  if (organisation === '') errors.organisation = 'consultation.error.organisationRequired';
  else if (characters(organisation) > ORGANISATION_MAX_CHARS) errors.organisation = 'consultation.error.organisationTooLong';
  if (!(ORGANISATION_TYPES as readonly string[]).includes(input.type)) errors.type = 'consultation.error.typeRequired';
  if (!countryCodes.has(input.country)) errors.country = 'consultation.error.countryRequired';
  if (input.contactEmail.trim() !== '' && !EMAIL.test(input.contactEmail.trim())) errors.contactEmail = 'consultation.error.emailInvalid';
  if (input.transparencyRegisterId.trim() !== '' && !TRANSPARENCY_REGISTER_ID.test(input.transparencyRegisterId.trim()))
    errors.transparencyRegisterId = 'consultation.error.registerInvalid';
  if (!(PUBLICATION_CHOICES as readonly string[]).includes(input.publication))
    errors.publication = 'consultation.error.publicationRequired';
  if (!input.consent) errors.consent = 'consultation.error.consentRequired';
  const fileError = attachmentError(input, cycle);
  if (fileError) errors.attachment = fileError;
  return { ...errors, ...answerErrors(input, cycle) };
}

/** The submission as it is stored: well-formed, trimmed, empty answers and empty optional fields dropped. */
export function normalizeSubmission(raw: SubmissionInput): ValidSubmission {
  const input = wellFormedInput(raw);
  const answers = Object.fromEntries(
    Object.entries(input.answers)
      .map(([id, text]) => [id, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  return {
    organisation: input.organisation.trim(),
    type: input.type as OrganisationType,
    country: input.country,
    contactEmail: input.contactEmail.trim() || null,
    transparencyRegisterId: input.transparencyRegisterId.trim() || null,
    publication: input.publication as PublicationChoice,
    answers,
    attachment: input.attachment,
  };
}
