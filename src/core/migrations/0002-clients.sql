-- Officina schema 2: the client book.

-- "How did you hear about us": a managed list.
CREATE TABLE client_source (
  id         BLOB PRIMARY KEY,
  name       TEXT NOT NULL,
  position   INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE client (
  id                BLOB PRIMARY KEY,
  kind              TEXT NOT NULL CHECK (kind IN ('person', 'company')),
  name              TEXT NOT NULL,
  name_key          TEXT NOT NULL,            -- case-folded name for sorting
  search_phones     TEXT NOT NULL DEFAULT '', -- phone digit forms for FTS, kept by the store
  email             TEXT,
  address           TEXT,
  birthday          TEXT,                     -- YYYY-MM-DD
  sms_consent       INTEGER NOT NULL DEFAULT 0 CHECK (sms_consent IN (0, 1)),
  email_consent     INTEGER NOT NULL DEFAULT 0 CHECK (email_consent IN (0, 1)),
  conflict          INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
  source_id         BLOB REFERENCES client_source (id),
  note              TEXT,
  tags              TEXT NOT NULL DEFAULT '', -- "vip, wholesale": tags never hold commas
  discount_works    INTEGER NOT NULL DEFAULT 0 CHECK (discount_works BETWEEN 0 AND 10000),
  discount_parts    INTEGER NOT NULL DEFAULT 0 CHECK (discount_parts BETWEEN 0 AND 10000),
  discount_goods    INTEGER NOT NULL DEFAULT 0 CHECK (discount_goods BETWEEN 0 AND 10000),
  card_code         TEXT NOT NULL UNIQUE,     -- EAN-13 in the in-store range 2x
  inn               TEXT,
  kpp               TEXT,
  ogrn              TEXT,
  legal_address     TEXT,
  director          TEXT,
  bank_name         TEXT,
  bank_account      TEXT,
  bank_corr_account TEXT,
  bank_bik          TEXT,
  archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version           INTEGER NOT NULL DEFAULT 1, -- row version: a stale save is refused
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
);

-- One index per list order, with archived inside so "every active client by name" is a
-- walk of a covering index: no sort, no table reads (OfcClientList over 300,000 rows).
CREATE INDEX client_by_name ON client (name_key, archived);
CREATE INDEX client_by_created ON client (created_at, archived);
CREATE INDEX client_by_updated ON client (updated_at, archived);

-- Phones as typed (display) and normalised to digits (E.164 without '+') for lookups.
CREATE TABLE client_phone (
  id        BLOB PRIMARY KEY,
  client_id BLOB NOT NULL REFERENCES client (id),
  position  INTEGER NOT NULL,
  display   TEXT NOT NULL,
  digits    TEXT NOT NULL,
  label     TEXT
);

CREATE INDEX client_phone_digits ON client_phone (digits);
CREATE INDEX client_phone_client ON client_phone (client_id, position);

-- Search over name, phone digits, e-mail, tags and card code. unicode61 folds case for
-- Cyrillic too (SQLite's lower() does not); the triggers also index "ё" as "е", because
-- people type "Федоров" for "Фёдоров" (the search folds queries the same way).
--
-- Contentless (content = ''): the index holds the folded words while the client table keeps
-- the names as typed; search reads only rowids. Deleting from a contentless table needs the
-- values indexed, which the triggers recompute from old.*.
--
-- Prefix indexes for 1 to 6 characters make a search-as-you-type prefix ("ив", "иван",
-- "иванов", "926123") one list read instead of a merge of every term it starts: on 300,000
-- clients "иван"* drops from ~4 ms to ~0.05 ms, for about a third more index.
CREATE VIRTUAL TABLE client_fts USING fts5 (
  name, search_phones, email, tags, card_code,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4 5 6'
);

-- Segments are merged by the application's upkeep thread between commits, not inside
-- them (ofc-database-upkeep.c): automerge stalled an intake now and then for 100-500 ms.
INSERT INTO client_fts (client_fts, rank) VALUES ('automerge', 0);

CREATE TRIGGER client_fts_insert AFTER INSERT ON client
BEGIN
  INSERT INTO client_fts (rowid, name, search_phones, email, tags, card_code)
  VALUES (new.rowid, replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е'), new.search_phones,
          new.email, replace(replace(new.tags, 'ё', 'е'), 'Ё', 'Е'), new.card_code);
END;

CREATE TRIGGER client_fts_delete AFTER DELETE ON client
BEGIN
  INSERT INTO client_fts (client_fts, rowid, name, search_phones, email, tags, card_code)
  VALUES ('delete', old.rowid, replace(replace(old.name, 'ё', 'е'), 'Ё', 'Е'),
          old.search_phones, old.email, replace(replace(old.tags, 'ё', 'е'), 'Ё', 'Е'),
          old.card_code);
END;

-- UPDATE OF fires whenever the store's UPDATE names the columns; WHEN skips the re-index
-- when none of them really changed (an edited note, an archived client).
CREATE TRIGGER client_fts_update AFTER UPDATE OF name, search_phones, email, tags, card_code
  ON client
  WHEN old.name IS NOT new.name OR old.search_phones IS NOT new.search_phones
    OR old.email IS NOT new.email OR old.tags IS NOT new.tags
    OR old.card_code IS NOT new.card_code
BEGIN
  INSERT INTO client_fts (client_fts, rowid, name, search_phones, email, tags, card_code)
  VALUES ('delete', old.rowid, replace(replace(old.name, 'ё', 'е'), 'Ё', 'Е'),
          old.search_phones, old.email, replace(replace(old.tags, 'ё', 'е'), 'Ё', 'Е'),
          old.card_code);
  INSERT INTO client_fts (rowid, name, search_phones, email, tags, card_code)
  VALUES (new.rowid, replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е'), new.search_phones,
          new.email, replace(replace(new.tags, 'ё', 'е'), 'Ё', 'Е'), new.card_code);
END;

-- Business rows are archived, never deleted.
CREATE TRIGGER client_no_delete BEFORE DELETE ON client
BEGIN
  SELECT RAISE(ABORT, 'clients are archived, not deleted');
END;
