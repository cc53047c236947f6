-- Officina schema 4: printers, the print queue, print templates and print settings.
--
-- Conventions: ids are UUIDv7 BLOBs; times are µs since the epoch, UTC; lengths on paper
-- are INTEGER tenths of a millimetre (58 mm = 580), exact and comparable.

-- A printer Officina drives. Archived, never deleted: old jobs keep pointing at it.
CREATE TABLE printer (
  id            BLOB PRIMARY KEY,
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,            -- case-folded name: names are unique ignoring case
  language      TEXT NOT NULL
                CHECK (language IN ('escpos', 'zpl', 'tspl', 'epl', 'brother-ql', 'system')),
  uri           TEXT NOT NULL,            -- serial://, usb://, tcp://, or a CUPS queue name
  roles         INTEGER NOT NULL DEFAULT 0 CHECK (roles BETWEEN 0 AND 7), -- default for: 1 receipts, 2 labels, 4 A4
  paper_width   INTEGER NOT NULL DEFAULT 80 CHECK (paper_width IN (58, 80)),
  code_page     TEXT NOT NULL DEFAULT 'cp866' CHECK (code_page IN ('cp866', 'cp1251')),
  profile       TEXT NOT NULL DEFAULT 'epson',
  code_table    INTEGER NOT NULL DEFAULT -1 CHECK (code_table BETWEEN -1 AND 255), -- ESC t override
  media_width   INTEGER NOT NULL DEFAULT 580 CHECK (media_width BETWEEN 100 AND 2200),
  media_height  INTEGER NOT NULL DEFAULT 400 CHECK (media_height BETWEEN 0 AND 10000), -- 0: continuous
  media_gap     INTEGER NOT NULL DEFAULT 20 CHECK (media_gap BETWEEN 0 AND 200),
  dpi           INTEGER NOT NULL DEFAULT 203 CHECK (dpi IN (203, 300, 600)),
  enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

CREATE UNIQUE INDEX printer_name ON printer (name_key) WHERE archived = 0;
-- at most one default printer per role among the active ones
CREATE UNIQUE INDEX printer_receipt_default ON printer ((roles & 1)) WHERE roles & 1 AND archived = 0;
CREATE UNIQUE INDEX printer_label_default ON printer ((roles & 2)) WHERE roles & 2 AND archived = 0;
CREATE UNIQUE INDEX printer_document_default ON printer ((roles & 4)) WHERE roles & 4 AND archived = 0;

CREATE TRIGGER printer_no_delete BEFORE DELETE ON printer
BEGIN
  SELECT RAISE(ABORT, 'printers are archived, not deleted');
END;

-- The print queue: one row per job, written in the transaction of the business change that
-- asked for it. The worker moves it queued → sending → sent, or back to queued with the next
-- attempt time on a transient failure, or to failed when a person must act.
--
-- kind is open text ('order-sticker', 'intake-receipt', 'act', 'client-card', 'test-page';
-- later 'sale-receipt', 'fiscal-receipt'): a new kind needs no schema change.
CREATE TABLE print_job (
  id              BLOB PRIMARY KEY,
  seq             INTEGER NOT NULL UNIQUE,  -- local queue order and the short number people type
  printer_id      BLOB NOT NULL REFERENCES printer (id),
  kind            TEXT NOT NULL,
  subject_kind    TEXT NOT NULL DEFAULT '' CHECK (subject_kind IN ('', 'order', 'client', 'sale')),
  title           TEXT NOT NULL DEFAULT '', -- "A-000123", a client's name: for the queue view
  copies          INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 99),
  state           TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT NOT NULL DEFAULT '',
  error_code      TEXT NOT NULL DEFAULT '', -- 'paper-out', 'offline', 'does-not-fit' …: the UI picks its message
  payload         BLOB,                     -- the bytes sent, kept from the first render on
  payload_format  TEXT NOT NULL DEFAULT '', -- 'escpos', 'zpl', 'tspl', 'epl', 'brother-ql', 'pdf'
  written_at      INTEGER,                  -- the last byte went out (set while sending)
  reprint_of      BLOB REFERENCES print_job (id),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  sent_at         INTEGER
);

-- the worker's query: the oldest unfinished job of each printer
CREATE INDEX print_job_pending ON print_job (printer_id, seq) WHERE state IN ('queued', 'sending');
CREATE INDEX print_job_created ON print_job (created_at);

-- what a job prints: one or more orders, a client, later a sale
CREATE TABLE print_job_subject (
  job_id     BLOB NOT NULL REFERENCES print_job (id),
  position   INTEGER NOT NULL,
  subject_id BLOB NOT NULL,
  PRIMARY KEY (job_id, position)
) WITHOUT ROWID;

CREATE INDEX print_job_subject_id ON print_job_subject (subject_id);

CREATE TRIGGER print_job_no_delete BEFORE DELETE ON print_job
BEGIN
  SELECT RAISE(ABORT, 'print jobs are kept, not deleted');
END;

CREATE TRIGGER print_job_subject_no_delete BEFORE DELETE ON print_job_subject
BEGIN
  SELECT RAISE(ABORT, 'print jobs are kept, not deleted');
END;

-- A print template: which fields a document shows, in which order and size, the shop's
-- header and footer. One row per kind and size ('58x40', '40x30', '62', '80mm', 'a4' …);
-- without a row the built-in default applies. fields is the GVariant text of an aa{sv}.
CREATE TABLE print_template (
  id         BLOB PRIMARY KEY,
  kind       TEXT NOT NULL,
  size       TEXT NOT NULL,
  header     TEXT NOT NULL DEFAULT '',
  footer     TEXT NOT NULL DEFAULT '',
  font       TEXT NOT NULL DEFAULT '',
  symbology  TEXT NOT NULL DEFAULT '' CHECK (symbology IN ('', 'code128', 'qr', 'both', 'ean13', 'none')),
  fields     TEXT NOT NULL DEFAULT '[]',
  version    INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (kind, size)
);

-- Printing settings shared by the window and officina-cli, e.g. 'auto-sticker' = '1'.
CREATE TABLE print_setting (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
