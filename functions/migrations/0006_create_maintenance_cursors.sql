-- Where each bounded clean-up step stopped, so that the next cron run goes on from there.
-- A cursor is an opaque R2 listing position: it names no message and no person.
CREATE TABLE maintenance_cursors (
  step TEXT PRIMARY KEY,
  cursor TEXT NOT NULL
);
