// The conversation_entries table: the only place its SQL lives. Each row is a follow-up from the
// defender or a reply from staff: ciphertext to the desk key and the reply key, its size bucket, the
// day (not the time), and whether the defender has read it (only a read reply may be deleted).
import type { EntryAuthor } from '../../core/staff-api';
import { placeholders } from './sql';

export type { EntryAuthor };

export interface EntryRow {
  id: string;
  author: EntryAuthor;
  ciphertext: string;
  created_day: string;
  read_by_defender: number;
}

export interface NewEntry {
  id: string;
  messageId: string;
  author: EntryAuthor;
  ciphertext: string;
  sizeBucket: number;
  day: string;
}

/** The INSERT of an entry, numbered after the conversation's last one. */
export function insertEntry(db: D1Database, entry: NewEntry): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO conversation_entries (id, message_id, author, ciphertext, size_bucket, created_day, seq)
       SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(seq), 0) + 1 FROM conversation_entries WHERE message_id = ?`,
    )
    .bind(entry.id, entry.messageId, entry.author, entry.ciphertext, entry.sizeBucket, entry.day, entry.messageId);
}

export async function entriesOf(db: D1Database, messageId: string): Promise<EntryRow[]> {
  const { results } = await db
    .prepare('SELECT id, author, ciphertext, created_day, read_by_defender FROM conversation_entries WHERE message_id = ? ORDER BY seq')
    .bind(messageId)
    .all<EntryRow>();
  return results;
}

/** Marks the staff replies of a conversation as read by the defender. */
export function markRepliesRead(db: D1Database, messageId: string): D1PreparedStatement {
  return db
    .prepare("UPDATE conversation_entries SET read_by_defender = 1 WHERE message_id = ? AND author = 'staff' AND read_by_defender = 0")
    .bind(messageId);
}

/** Deletes a staff reply the defender has read; false when there is no such read reply. */
export async function deleteReadReply(db: D1Database, messageId: string, entryId: string): Promise<boolean> {
  const result = await db
    .prepare("DELETE FROM conversation_entries WHERE id = ? AND message_id = ? AND author = 'staff' AND read_by_defender = 1")
    .bind(entryId, messageId)
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Deletes every entry of these conversations (at most 100). */
export function deleteEntriesOf(db: D1Database, messageIds: readonly string[]): D1PreparedStatement {
  return db.prepare(`DELETE FROM conversation_entries WHERE message_id IN (${placeholders(messageIds)})`).bind(...messageIds);
}
