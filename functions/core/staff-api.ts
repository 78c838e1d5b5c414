// What the staff API (and, for a conversation's entries, the receipts API) answers, shared by the
// Worker that sends it and the pages that read it.

export type MessageStatus = 'received' | 'read' | 'answered' | 'closed' | 'expired';

export type EntryAuthor = 'defender' | 'staff';

/** One message of a conversation after the first, as ciphertext. */
export interface ConversationEntry {
  id: string;
  author: EntryAuthor;
  day: string;
  ciphertext: string;
}

/** A message in a desk's inbox: ciphertext, padded size, day received. */
export interface StaffMessage {
  id: string;
  /** The delegation the message concerns (for the headquarters desk, the one without a key). */
  concerns: string;
  receivedOn: string;
  status: MessageStatus;
  sizeBucket: number;
  ciphertext: string;
  attachment: string | null;
}

export interface StaffConversation {
  id: string;
  desk: string;
  concerns: string;
  status: MessageStatus;
  receivedOn: string;
  /** The reply key's public half; null for a message sent without one, which cannot be answered here. */
  replyKey: string | null;
  entries: ConversationEntry[];
}

/** A consultation contribution as staff see it: confidential ones and contact e-mails included. */
export interface StaffContribution {
  id: string;
  publication: string;
  organisation: string;
  transparencyRegisterId: string | null;
  type: string;
  country: string;
  contactEmail: string | null;
  moderation: string;
  submittedAt: string;
  updatedAt: string;
  attachmentSha256: string | null;
  /** Where staff download the PDF, if there is one. */
  attachment: string | null;
  contentSha256: string;
  answers: Record<string, string>;
}
