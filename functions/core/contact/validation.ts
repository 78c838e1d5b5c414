// Validates the secure contact form the same way with and without JavaScript. Errors are UI string
// keys (src/i18n checks that each is one), so each page shows them in its own language next to the field.
import { detectFileKind } from '../file-kind';
import { ATTACHMENT_MAX_BYTES, MESSAGE_MAX_CHARS, NAME_MAX_CHARS, REPLY_MAX_CHARS } from './limits';

export type ContactField = 'message' | 'replyTo' | 'name' | 'attachment';
export const CONTACT_FIELD_PROBLEMS = [
  'contact.error.messageRequired',
  'contact.error.messageTooLong',
  'contact.error.replyTooLong',
  'contact.error.nameTooLong',
  'contact.error.fileTooLarge',
  'contact.error.fileType',
] as const;
export type ContactErrorKey = (typeof CONTACT_FIELD_PROBLEMS)[number];

export interface ContactInput {
  message: string;
  replyTo: string;
  name: string;
  attachment?: { name: string; bytes: Uint8Array } | undefined;
}

const characters = (text: string) => [...text].length;

export function validateContact(input: ContactInput): Partial<Record<ContactField, ContactErrorKey>> {
  const errors: Partial<Record<ContactField, ContactErrorKey>> = {};
  if (input.message.trim() === '') errors.message = 'contact.error.messageRequired';
  else if (characters(input.message) > MESSAGE_MAX_CHARS) errors.message = 'contact.error.messageTooLong';
  if (characters(input.replyTo) > REPLY_MAX_CHARS) errors.replyTo = 'contact.error.replyTooLong';
  if (characters(input.name) > NAME_MAX_CHARS) errors.name = 'contact.error.nameTooLong';
  if (input.attachment) {
    if (input.attachment.bytes.length > ATTACHMENT_MAX_BYTES) errors.attachment = 'contact.error.fileTooLarge';
    else if (!detectFileKind(input.attachment.bytes)) errors.attachment = 'contact.error.fileType';
  }
  return errors;
}
