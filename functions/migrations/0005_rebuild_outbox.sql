-- The outbox, rebuilt so that no notice can starve another and nothing outlives its purpose:
-- focal-point notices and submitters' receipts are delivered as separate kinds; a failed notice waits
-- a growing number of cron runs and is dropped after a bounded number of attempts; delivered notices
-- are deleted. Only the day a notice was queued is kept, never the time. `about` names the
-- contribution a receipt is about, so that withdrawing the contribution forgets its receipt too.
CREATE TABLE outbox_by_kind (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('focal_point', 'receipt')),
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  about TEXT,
  created_day TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  wait_runs INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_by_kind (id, kind, recipient, subject, body, created_day)
  SELECT id, CASE WHEN subject LIKE 'Receipt for your contribution%' THEN 'receipt' ELSE 'focal_point' END, recipient, subject, body,
    date(created_at, 'unixepoch')
  FROM outbox WHERE sent_at IS NULL;
DROP TABLE outbox;
ALTER TABLE outbox_by_kind RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (kind, wait_runs, created_day);
CREATE INDEX outbox_about ON outbox (about);
