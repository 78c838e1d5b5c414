-- Contributions to the annual consultation. The contact e-mail is kept only for the receipt and
-- follow-up and never published; confidential contributions are never published at all.
CREATE TABLE consultation_submissions (
  id TEXT PRIMARY KEY,
  cycle TEXT NOT NULL,
  -- SHA-256 of the form's key, which makes retries idempotent and is the submitter's secret.
  key_hash TEXT NOT NULL,
  organisation TEXT NOT NULL,
  organisation_type TEXT NOT NULL,
  country TEXT NOT NULL,
  contact_email TEXT,
  transparency_register_id TEXT,
  publication TEXT NOT NULL CHECK (publication IN ('public', 'anonymous', 'confidential')),
  answers TEXT NOT NULL,
  attachment_key TEXT,
  attachment_sha256 TEXT,
  content_sha256 TEXT NOT NULL,
  moderation TEXT NOT NULL DEFAULT 'pending' CHECK (moderation IN ('pending', 'approved', 'refused')),
  submitted_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (cycle, key_hash)
);
CREATE INDEX consultation_submissions_by_cycle ON consultation_submissions (cycle, moderation, publication);
