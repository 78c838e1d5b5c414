import { normalizeReceiptCode, receiptHash } from './receipt-code';

export type ReceiptStatus = 'received' | 'read' | 'answered' | 'expired';

/** The status of the message behind a receipt code, or undefined for a code that matches none. */
export async function receiptStatus(db: D1Database, code: string): Promise<ReceiptStatus | undefined> {
  const normalized = normalizeReceiptCode(code);
  if (!normalized) return undefined;
  const row = await db
    .prepare('SELECT status FROM contact_messages WHERE receipt_hash = ?')
    .bind(await receiptHash(normalized))
    .first<{ status: ReceiptStatus }>();
  return row?.status;
}
