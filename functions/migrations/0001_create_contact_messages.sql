-- Defenders' messages: ciphertext only. No client address, no user agent, no plaintext column.
-- The day of sending is kept, not the time; expiry is derived from it.
CREATE TABLE contact_messages (
  id TEXT PRIMARY KEY,
  delegation_id TEXT NOT NULL,
  receipt_hash TEXT NOT NULL UNIQUE,
  ciphertext TEXT,
  size_bucket INTEGER NOT NULL,
  attachment_key TEXT,
  attachment_bucket INTEGER,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'read', 'answered', 'expired')),
  created_day TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  purge_at INTEGER NOT NULL
);
CREATE INDEX contact_messages_by_delegation ON contact_messages (delegation_id, status);
CREATE INDEX contact_messages_by_expiry ON contact_messages (expires_at);

-- Notifications waiting to be sent: they say that a message is waiting, never what it says or who sent it.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);

-- Rate limiting: keyed on an HMAC of the client address with that day's random secret.
CREATE TABLE rate_limit_secrets (
  day TEXT PRIMARY KEY,
  secret TEXT NOT NULL
);
CREATE TABLE rate_limits (
  client_key TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (client_key, window_start)
);
