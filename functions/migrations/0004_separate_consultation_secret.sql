-- The secret that opens a contribution is no longer the form's idempotency key. Migration 0002 kept one
-- hash for both, so a guessed or weak key was enough to read a confidential contribution. Now the
-- server makes a secret of its own for each contribution (140 random bits, shown once in the receipt),
-- and the key only makes retries idempotent:
--   idempotency_key_hash  SHA-256 of the form's key (the former key_hash); unique per cycle.
--   secret_hash           SHA-256 of the secret, the only thing that opens the contribution.
--   sealed_secret         the secret sealed with AES-GCM under a key derived from the idempotency key,
--                         so a retry of the same submission gets it back; the server alone cannot read it.
--   request_sha256        SHA-256 of the submission as first received, without its ID: a retry with the
--                         same key and other content is refused.
-- Contributions stored before this migration stay valid: their key hash becomes both the idempotency
-- hash and the secret hash (their key remains their secret), and they have no sealed secret and no
-- request hash (a retry is compared with what is stored). An empty secret_hash matches no secret.
-- Columns are renamed and added rather than the table rebuilt, so other migrations' columns are kept.
ALTER TABLE consultation_submissions RENAME COLUMN key_hash TO idempotency_key_hash;
ALTER TABLE consultation_submissions ADD COLUMN secret_hash TEXT NOT NULL DEFAULT '';
UPDATE consultation_submissions SET secret_hash = idempotency_key_hash;
ALTER TABLE consultation_submissions ADD COLUMN sealed_secret TEXT;
ALTER TABLE consultation_submissions ADD COLUMN request_sha256 TEXT;
