// The staff API's answers this page reads (see the README's API table and the two-way contract).

export type MessageStatus = 'received' | 'read' | 'answered' | 'closed' | 'expired';

export interface MessageSummary {
  id: string;
  concerns: string;
  receivedOn: string;
  status: MessageStatus;
  sizeBucket: number;
  ciphertext: string;
  attachment: string | null;
}

export interface ConversationEntry {
  id: string;
  author: 'defender' | 'staff';
  day: string;
  ciphertext: string;
}

export interface Conversation {
  id: string;
  desk: string;
  concerns: string;
  status: MessageStatus;
  receivedOn: string;
  /** The defender's reply key (armored public key); null when the message came without one. */
  replyKey: string | null;
  entries: ConversationEntry[];
}

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
  /** Where the PDF is downloaded, if the contribution has one. */
  attachment: string | null;
  contentSha256: string;
  answers: Record<string, string>;
}
