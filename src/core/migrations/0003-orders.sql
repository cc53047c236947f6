-- Officina schema 3: repair orders and their reference data (locations, employees, order
-- types, statuses and their transitions, device catalogue, intake phrases and presets, the
-- price list of works), order lines, comments, attachments, saved filters and order search.
--
-- Conventions: ids are UUIDv7 BLOBs; money is INTEGER minor units of the shop currency
-- (meta 'currency'); times are µs since the epoch, UTC; percentages are basis points.
-- Reference rows are archived; a row still referenced by orders cannot be deleted.

-- Gap-free counters of human-readable numbers. The counter is read and advanced in the
-- transaction that inserts the numbered row, so a rollback gives the number back.
CREATE TABLE number_series (
  series TEXT PRIMARY KEY,                  -- 'order:A'
  last   INTEGER NOT NULL DEFAULT 0 CHECK (last >= 0)
) WITHOUT ROWID;

CREATE TABLE order_type (
  id         BLOB PRIMARY KEY,
  code       TEXT UNIQUE,                   -- 'paid', 'warranty'; NULL for user-defined types
  name       TEXT NOT NULL,
  position   INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE location (
  id            BLOB PRIMARY KEY,
  name          TEXT NOT NULL,
  address       TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  series_prefix TEXT NOT NULL DEFAULT '',   -- "A" numbers orders A-000001, A-000002 …
  order_type_id BLOB REFERENCES order_type (id),
  is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  position      INTEGER NOT NULL DEFAULT 0,
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  CHECK (NOT (is_default AND archived))
);

CREATE UNIQUE INDEX location_one_default ON location (is_default) WHERE is_default = 1;

-- roles: bit set of OfcEmployeeRoles; archived means no longer working here (inactive)
CREATE TABLE employee (
  id            BLOB PRIMARY KEY,
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,
  phone         TEXT NOT NULL DEFAULT '',
  roles         INTEGER NOT NULL DEFAULT 0 CHECK (roles BETWEEN 0 AND 15),
  daily_rate    INTEGER NOT NULL DEFAULT 0 CHECK (daily_rate >= 0),
  works_percent INTEGER NOT NULL DEFAULT 0 CHECK (works_percent BETWEEN 0 AND 10000),
  sales_percent INTEGER NOT NULL DEFAULT 0 CHECK (sales_percent BETWEEN 0 AND 10000),
  per_order     INTEGER NOT NULL DEFAULT 0 CHECK (per_order >= 0),
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

CREATE INDEX employee_name ON employee (archived, name_key);

-- status_group: 0 new, 1 in progress, 2 waiting, 3 ready, 4 closed (success), 5 closed
-- (failure); norm_hours 0 means no time norm
CREATE TABLE order_status (
  id           BLOB PRIMARY KEY,
  code         TEXT UNIQUE,                 -- the default chain's statuses; NULL for others
  name         TEXT NOT NULL,
  status_group INTEGER NOT NULL CHECK (status_group BETWEEN 0 AND 5),
  color        TEXT NOT NULL DEFAULT '#3584e4'
               CHECK (length(color) = 7 AND color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  norm_hours   INTEGER NOT NULL DEFAULT 0 CHECK (norm_hours BETWEEN 0 AND 87600),
  position     INTEGER NOT NULL DEFAULT 0,
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);

CREATE TABLE order_status_transition (
  from_id BLOB NOT NULL REFERENCES order_status (id),
  to_id   BLOB NOT NULL REFERENCES order_status (id),
  PRIMARY KEY (from_id, to_id),
  CHECK (from_id <> to_id)
) WITHOUT ROWID;

CREATE TABLE device_type (
  id         BLOB PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,
  position   INTEGER NOT NULL DEFAULT 0,
  use_count  INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Brands and models are learned from what receivers type and offered back as completions,
-- most used first. Orders keep the text as typed, so history never changes under them.
CREATE TABLE device_brand (
  id         BLOB PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,
  use_count  INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE device_model (
  id             BLOB PRIMARY KEY,
  brand_id       BLOB NOT NULL REFERENCES device_brand (id),
  device_type_id BLOB REFERENCES device_type (id),
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL,
  use_count      INTEGER NOT NULL DEFAULT 0,
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  UNIQUE (brand_id, device_type_id, name_key)
);

CREATE INDEX device_model_key ON device_model (name_key);

-- Learned intake phrases: malfunctions, appearance, completeness.
CREATE TABLE intake_phrase (
  id         BLOB PRIMARY KEY,
  list       TEXT NOT NULL CHECK (list IN ('malfunction', 'appearance', 'completeness')),
  text       TEXT NOT NULL,
  text_key   TEXT NOT NULL,
  use_count  INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (list, text_key)
);

-- Pre-fills the intake form for a device type; list fields hold one item per line.
CREATE TABLE intake_preset (
  id             BLOB PRIMARY KEY,
  device_type_id BLOB NOT NULL REFERENCES device_type (id),
  name           TEXT NOT NULL,
  malfunctions   TEXT NOT NULL DEFAULT '',
  appearance     TEXT NOT NULL DEFAULT '',
  completeness   TEXT NOT NULL DEFAULT '',
  estimate       INTEGER NOT NULL DEFAULT 0 CHECK (estimate >= 0),
  deadline_days  INTEGER NOT NULL DEFAULT 0 CHECK (deadline_days BETWEEN 0 AND 365),
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);

CREATE INDEX intake_preset_type ON intake_preset (device_type_id);

-- The price list of works.
CREATE TABLE service (
  id            BLOB PRIMARY KEY,
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,
  category      TEXT NOT NULL DEFAULT '',
  price         INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
  warranty_days INTEGER NOT NULL DEFAULT 0 CHECK (warranty_days BETWEEN 0 AND 3650),
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

CREATE INDEX service_name ON service (archived, category, name_key);

CREATE TABLE repair_order (
  id              BLOB PRIMARY KEY,
  number          TEXT NOT NULL,            -- "A-000123": series, dash, seq padded to 6
  series          TEXT NOT NULL,
  seq             INTEGER NOT NULL CHECK (seq > 0),
  client_id       BLOB NOT NULL REFERENCES client (id),
  type_id         BLOB NOT NULL REFERENCES order_type (id),
  location_id     BLOB NOT NULL REFERENCES location (id),
  device_type_id  BLOB REFERENCES device_type (id),
  model_id        BLOB REFERENCES device_model (id),
  brand           TEXT NOT NULL DEFAULT '',
  model           TEXT NOT NULL DEFAULT '',
  serial          TEXT NOT NULL DEFAULT '',
  malfunction     TEXT NOT NULL DEFAULT '',
  appearance      TEXT NOT NULL DEFAULT '',
  completeness    TEXT NOT NULL DEFAULT '',
  receiver_notes  TEXT NOT NULL DEFAULT '',
  estimate        INTEGER NOT NULL DEFAULT 0 CHECK (estimate >= 0),
  urgent          INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  deadline        INTEGER,                  -- NULL: no deadline
  manager_id      BLOB REFERENCES employee (id),
  executor_id     BLOB REFERENCES employee (id),
  status_id       BLOB NOT NULL REFERENCES order_status (id),
  status_group    INTEGER NOT NULL,         -- copy of the status's group for indexed filters
  status_since    INTEGER NOT NULL,
  -- when the order becomes overdue: the earlier of the deadline and the end of the current
  -- status's time norm; NULL when neither applies or the order is closed
  overdue_at      INTEGER,
  closed_at       INTEGER,
  discount_works  INTEGER NOT NULL DEFAULT 0 CHECK (discount_works BETWEEN 0 AND 10000),
  executor_notes  TEXT NOT NULL DEFAULT '',
  verdict         TEXT NOT NULL DEFAULT '',
  recommendations TEXT NOT NULL DEFAULT '',
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  UNIQUE (seq, series)
);

-- Each index below serves a list filter or sort; every one costs on each intake, so none
-- is speculative.
-- With the group, a client's open orders count from the index alone (ofc-client-orders.c).
CREATE INDEX repair_order_client ON repair_order (client_id, status_group);
CREATE INDEX repair_order_status ON repair_order (status_id);
CREATE INDEX repair_order_group_deadline
  ON repair_order (status_group, ifnull(deadline, 9223372036854775807));
CREATE INDEX repair_order_executor ON repair_order (executor_id, status_group);
CREATE INDEX repair_order_created ON repair_order (created_at);
CREATE INDEX repair_order_overdue ON repair_order (overdue_at) WHERE overdue_at IS NOT NULL;
CREATE INDEX repair_order_urgent ON repair_order (status_group) WHERE urgent = 1;

-- A status's group or time norm changed: orders in it follow, so filters stay exact.
CREATE TRIGGER order_status_follow AFTER UPDATE OF status_group, norm_hours ON order_status
WHEN old.status_group IS NOT new.status_group OR old.norm_hours IS NOT new.norm_hours
BEGIN
  UPDATE repair_order
     SET status_group = new.status_group,
         overdue_at = CASE
           WHEN new.status_group >= 4 THEN NULL
           WHEN new.norm_hours = 0 THEN deadline
           ELSE min(ifnull(deadline, 9223372036854775807),
                    status_since + new.norm_hours * 3600000000) END
   WHERE status_id = new.id;
END;

CREATE TABLE order_work (
  id            BLOB PRIMARY KEY,
  order_id      BLOB NOT NULL REFERENCES repair_order (id),
  position      INTEGER NOT NULL,
  service_id    BLOB REFERENCES service (id),
  name          TEXT NOT NULL,
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  price         INTEGER NOT NULL CHECK (price >= 0),
  executor_id   BLOB REFERENCES employee (id),
  warranty_days INTEGER NOT NULL DEFAULT 0 CHECK (warranty_days BETWEEN 0 AND 3650),
  removed       INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

CREATE INDEX order_work_order ON order_work (order_id, position);

-- Comments are insert-only: a conversation is not rewritten afterwards.
CREATE TABLE order_comment (
  id         BLOB PRIMARY KEY,
  order_id   BLOB NOT NULL REFERENCES repair_order (id),
  text       TEXT NOT NULL,
  author_id  BLOB,
  author     TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE INDEX order_comment_order ON order_comment (order_id, created_at);

CREATE TRIGGER order_comment_no_update BEFORE UPDATE ON order_comment
BEGIN
  SELECT RAISE(ABORT, 'order comments are insert-only');
END;

CREATE TRIGGER order_comment_no_delete BEFORE DELETE ON order_comment
BEGIN
  SELECT RAISE(ABORT, 'order comments are insert-only');
END;

-- Files live in "<database>.files/<sha256>"; the row keeps the name the person knows.
CREATE TABLE order_attachment (
  id         BLOB PRIMARY KEY,
  order_id   BLOB NOT NULL REFERENCES repair_order (id),
  name       TEXT NOT NULL,
  sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
  size       INTEGER NOT NULL CHECK (size >= 0),
  mime_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
  removed    INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  created_at INTEGER NOT NULL
);

CREATE INDEX order_attachment_order ON order_attachment (order_id);

CREATE TABLE order_saved_filter (
  id         BLOB PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,
  filter     TEXT NOT NULL,                 -- GVariant text of an OfcOrderFilter
  position   INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Order search: one contentless FTS row per order over its number (as "A-000123",
-- "A000123" and "123"), the client's name (with "ё" as "е", like client_fts) and phone
-- words, the serial/IMEI (also without separators) and the device. Triggers below keep it current when the order or its client changes. The view
-- computes the same text, for rebuilding the index.
--
-- Search-as-you-type is prefix matching, and a prefix query without a prefix index merges
-- the documents of every matching term before it can return the newest: ~15 ms for
-- "ивано" on a million orders. The prefix indexes (2 to 10 characters: most surnames and
-- names, "Александр" included) make such a query read one list, newest first, and stop at
-- the limit. detail = column keeps them small; queries use no phrases.
CREATE VIRTUAL TABLE repair_order_fts USING fts5 (
  number, client, phones, serial, device,
  content = '',
  columnsize = 0,
  detail = column,
  prefix = '2 3 4 5 6 7 8 9 10',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Segments are merged by the application's upkeep thread between commits, not inside
-- them (ofc-database-upkeep.c): automerge stalled an intake now and then for 100-500 ms.
INSERT INTO repair_order_fts (repair_order_fts, rank) VALUES ('automerge', 0);

CREATE VIEW repair_order_search (order_rowid, number, client, phones, serial, device) AS
SELECT o.rowid,
       o.number || ' ' || replace(o.number, '-', '') || ' ' || o.seq,
       replace(replace(c.name, 'ё', 'е'), 'Ё', 'Е'), c.search_phones,
       o.serial || ' ' || replace(replace(replace(o.serial, '-', ''), ' ', ''), '/', ''),
       o.brand || ' ' || o.model
  FROM repair_order AS o JOIN client AS c ON c.id = o.client_id;

CREATE TRIGGER repair_order_fts_insert AFTER INSERT ON repair_order
BEGIN
  INSERT INTO repair_order_fts (rowid, number, client, phones, serial, device)
  SELECT new.rowid,
         new.number || ' ' || replace(new.number, '-', '') || ' ' || new.seq,
         replace(replace(c.name, 'ё', 'е'), 'Ё', 'Е'), c.search_phones,
         new.serial || ' ' || replace(replace(replace(new.serial, '-', ''), ' ', ''), '/', ''),
         new.brand || ' ' || new.model
    FROM client AS c WHERE c.id = new.client_id;
END;

CREATE TRIGGER repair_order_fts_update AFTER UPDATE OF client_id, serial, brand, model
  ON repair_order
WHEN old.client_id IS NOT new.client_id OR old.serial IS NOT new.serial
     OR old.brand IS NOT new.brand OR old.model IS NOT new.model
BEGIN
  INSERT INTO repair_order_fts (repair_order_fts, rowid, number, client, phones, serial, device)
  SELECT 'delete', old.rowid,
         old.number || ' ' || replace(old.number, '-', '') || ' ' || old.seq,
         replace(replace(c.name, 'ё', 'е'), 'Ё', 'Е'),
         c.search_phones,
         old.serial || ' ' || replace(replace(replace(old.serial, '-', ''), ' ', ''), '/', ''),
         old.brand || ' ' || old.model
    FROM client AS c WHERE c.id = old.client_id;
  INSERT INTO repair_order_fts (rowid, number, client, phones, serial, device)
  SELECT new.rowid,
         new.number || ' ' || replace(new.number, '-', '') || ' ' || new.seq,
         replace(replace(c.name, 'ё', 'е'), 'Ё', 'Е'), c.search_phones,
         new.serial || ' ' || replace(replace(replace(new.serial, '-', ''), ' ', ''), '/', ''),
         new.brand || ' ' || new.model
    FROM client AS c WHERE c.id = new.client_id;
END;

-- A client renamed, or its phones changed: re-index that client's orders.
CREATE TRIGGER client_order_fts_update AFTER UPDATE OF name, search_phones ON client
WHEN old.name IS NOT new.name OR old.search_phones IS NOT new.search_phones
BEGIN
  INSERT INTO repair_order_fts (repair_order_fts, rowid, number, client, phones, serial, device)
  SELECT 'delete', o.rowid,
         o.number || ' ' || replace(o.number, '-', '') || ' ' || o.seq,
         replace(replace(old.name, 'ё', 'е'), 'Ё', 'Е'),
         old.search_phones,
         o.serial || ' ' || replace(replace(replace(o.serial, '-', ''), ' ', ''), '/', ''),
         o.brand || ' ' || o.model
    FROM repair_order AS o WHERE o.client_id = old.id;
  INSERT INTO repair_order_fts (rowid, number, client, phones, serial, device)
  SELECT o.rowid,
         o.number || ' ' || replace(o.number, '-', '') || ' ' || o.seq,
         replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е'), new.search_phones,
         o.serial || ' ' || replace(replace(replace(o.serial, '-', ''), ' ', ''), '/', ''),
         o.brand || ' ' || o.model
    FROM repair_order AS o WHERE o.client_id = new.id;
END;

-- Orders are closed, never deleted; their lines are marked removed.
CREATE TRIGGER repair_order_no_delete BEFORE DELETE ON repair_order
BEGIN
  SELECT RAISE(ABORT, 'repair orders are closed, not deleted');
END;

CREATE TRIGGER order_work_no_delete BEFORE DELETE ON order_work
BEGIN
  SELECT RAISE(ABORT, 'order works are marked removed, not deleted');
END;
