// The status of the message behind a receipt code, looked up by the code's hash.
import { normalizeReceiptCode, receiptHash } from '../core/receipt-code';
import { type MessageStatus, statusByReceiptHash } from './stores/contact-messages';

export type ReceiptStatus = MessageStatus;

/** The status of the message behind a receipt code, or undefined for a code that matches none. */
export async function receiptStatus(db: D1Database, code: string): Promise<ReceiptStatus | undefined> {
  const normalized = normalizeReceiptCode(code);
  if (!normalized) return undefined;
  return statusByReceiptHash(db, await receiptHash(normalized));
}
