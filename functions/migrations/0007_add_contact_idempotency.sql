-- A retry of the same message (a reloaded page, a lost response) returns the first receipt instead of
-- storing the message twice. Only a hash of the client's idempotency key is kept, and the receipt code
-- sealed under that key, so the server alone can read neither; both go when the message expires.
ALTER TABLE contact_messages ADD COLUMN idempotency_hash TEXT;
ALTER TABLE contact_messages ADD COLUMN sealed_receipt TEXT;
CREATE UNIQUE INDEX contact_messages_by_idempotency ON contact_messages (idempotency_hash) WHERE idempotency_hash IS NOT NULL;
