-- Officina schema 1: metadata and the change journal.
PRAGMA application_id = 1330004785; -- "OFC1"

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The audit trail, the history the UI shows and the future sync outbox. Insert-only.
CREATE TABLE journal (
  seq         INTEGER PRIMARY KEY,      -- local order of writes
  id          BLOB NOT NULL UNIQUE,     -- UUIDv7 of the entry, stable across devices
  at          INTEGER NOT NULL,         -- µs since the Unix epoch, UTC
  user_id     BLOB,
  user_name   TEXT NOT NULL,
  device_id   BLOB NOT NULL,
  device_name TEXT NOT NULL,
  entity      TEXT NOT NULL,            -- 'client', 'order', 'order_work' …
  entity_id   BLOB NOT NULL,
  root_entity TEXT NOT NULL,            -- the record whose history shows this entry
  root_id     BLOB NOT NULL,
  operation   TEXT NOT NULL,            -- 'create', 'update', 'archive', 'restore' …
  changes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
);

CREATE INDEX journal_root ON journal (root_id, seq);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
  SELECT RAISE(ABORT, 'the journal is insert-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
  SELECT RAISE(ABORT, 'the journal is insert-only');
END;
