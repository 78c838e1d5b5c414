-- Two-way conversations. A message may carry a reply key: its public half and its private half
-- encrypted under a passphrase only the defender holds (Argon2 S2K), and a hash by which the server
-- recognises that passphrase without holding it. The table is rebuilt because SQLite cannot change a
-- CHECK: staff may now close a conversation.
CREATE TABLE contact_messages_v2 (
  id TEXT PRIMARY KEY,
  delegation_id TEXT NOT NULL,
  concerns_delegation_id TEXT,
  receipt_hash TEXT NOT NULL UNIQUE,
  ciphertext TEXT,
  size_bucket INTEGER NOT NULL,
  attachment_key TEXT,
  attachment_bucket INTEGER,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'read', 'answered', 'closed', 'expired')),
  created_day TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  purge_at INTEGER NOT NULL,
  idempotency_hash TEXT,
  sealed_receipt TEXT,
  reply_public_key TEXT,
  reply_private_key TEXT,
  reply_access_hash TEXT
);
INSERT INTO contact_messages_v2 (id, delegation_id, concerns_delegation_id, receipt_hash, ciphertext, size_bucket, attachment_key,
  attachment_bucket, status, created_day, expires_at, purge_at, idempotency_hash, sealed_receipt)
  SELECT id, delegation_id, concerns_delegation_id, receipt_hash, ciphertext, size_bucket, attachment_key, attachment_bucket, status,
    created_day, expires_at, purge_at, idempotency_hash, sealed_receipt
  FROM contact_messages;
DROP TABLE contact_messages;
ALTER TABLE contact_messages_v2 RENAME TO contact_messages;
CREATE INDEX contact_messages_by_delegation ON contact_messages (delegation_id, status);
CREATE INDEX contact_messages_by_expiry ON contact_messages (expires_at);
CREATE UNIQUE INDEX contact_messages_by_idempotency ON contact_messages (idempotency_hash) WHERE idempotency_hash IS NOT NULL;

-- What follows the first message: the defender's follow-ups and staff replies, each ciphertext to the
-- desk key and the reply key, padded like messages. Only the day is kept. A reply the defender has
-- read may be deleted by them; everything goes when the message expires.
CREATE TABLE conversation_entries (
  id TEXT PRIMARY KEY,
  message_id TEXT NOT NULL,
  author TEXT NOT NULL CHECK (author IN ('defender', 'staff')),
  ciphertext TEXT NOT NULL,
  size_bucket INTEGER NOT NULL,
  created_day TEXT NOT NULL,
  seq INTEGER NOT NULL,
  read_by_defender INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversation_entries_by_message ON conversation_entries (message_id, seq);
