/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Prepared statements of OfcDatabase: a per-connection cache keyed by SQL text, typed
 * binding and column access, and the single mapping from SQLite result codes to
 * OfcDatabaseError.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-database-private.h"

static const char *
describe_code (OfcDatabaseError code)
{
  switch (code)
    {
    case OFC_DATABASE_ERROR_FULL:
      return _("The disk is full; nothing was saved");
    case OFC_DATABASE_ERROR_LOCKED:
      return _("The database is locked by another program; nothing was saved");
    case OFC_DATABASE_ERROR_CORRUPT:
      return _("The database file is damaged");
    case OFC_DATABASE_ERROR_NOT_DATABASE:
      return _("The file is not a database");
    case OFC_DATABASE_ERROR_CONSTRAINT:
      return _("The change breaks a database rule; nothing was saved");
    case OFC_DATABASE_ERROR_READ_ONLY:
      return _("The database cannot be written");
    case OFC_DATABASE_ERROR_IO:
      return _("The disk reported an error; nothing was saved");
    case OFC_DATABASE_ERROR_OPEN:
      return _("The database cannot be opened");
    case OFC_DATABASE_ERROR_FOREIGN:
    case OFC_DATABASE_ERROR_TOO_NEW:
    case OFC_DATABASE_ERROR_MIGRATION:
    case OFC_DATABASE_ERROR_FAILED:
    default:
      return _("The database reported an error");
    }
}

static OfcDatabaseError
code_from_rc (int rc)
{
  switch (rc & 0xFF)
    {
    case SQLITE_FULL:
      return OFC_DATABASE_ERROR_FULL;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return OFC_DATABASE_ERROR_LOCKED;
    case SQLITE_CORRUPT:
      return OFC_DATABASE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return OFC_DATABASE_ERROR_NOT_DATABASE;
    case SQLITE_CONSTRAINT:
      return OFC_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return OFC_DATABASE_ERROR_READ_ONLY;
    case SQLITE_IOERR:
      return OFC_DATABASE_ERROR_IO;
    case SQLITE_CANTOPEN:
      return OFC_DATABASE_ERROR_OPEN;
    default:
      return OFC_DATABASE_ERROR_FAILED;
    }
}

/**
 * _ofc_database_set_error:
 *
 * Translates an SQLite result code into an OfcDatabaseError with a message a person can
 * act on, SQLite's own words in parentheses. An interrupted statement becomes
 * %G_IO_ERROR_CANCELLED, which the UI never shows.
 *
 * Returns: %FALSE, so callers can `return _ofc_database_set_error (...)`
 */
gboolean
_ofc_database_set_error (OfcDatabase *self,
                         int          rc,
                         GError     **error)
{
  OfcDatabaseError code = code_from_rc (rc);
  const char *detail = self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);

  if ((rc & 0xFF) == SQLITE_INTERRUPT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, detail);
      return FALSE;
    }
  g_debug ("%s: SQLite error %d: %s", self->path, rc, detail);
  g_set_error (error, OFC_DATABASE_ERROR, code, "%s (%s)", describe_code (code), detail);
  return FALSE;
}

static void
statement_free (gpointer data)
{
  OfcStatement *statement = data;

  sqlite3_finalize (statement->handle);
  g_free (statement);
}

void
_ofc_database_free_statements (OfcDatabase *self)
{
  g_clear_pointer (&self->statements, g_hash_table_unref);
}

static OfcStatement *
prepare_new (OfcDatabase *self,
             const char  *sql,
             gboolean     cached,
             GError     **error)
{
  sqlite3_stmt *handle = NULL;
  int rc = sqlite3_prepare_v3 (self->handle, sql, -1, cached ? SQLITE_PREPARE_PERSISTENT : 0,
                               &handle, NULL);
  OfcStatement *statement;

  if (rc != SQLITE_OK)
    {
      /* a syntax error is a bug worth a warning; a damaged or locked file is the caller's to report */
      if ((rc & 0xFF) == SQLITE_ERROR)
        g_warning ("cannot prepare SQL: %s\n%s", sqlite3_errmsg (self->handle), sql);
      _ofc_database_set_error (self, rc, error);
      return NULL;
    }
  statement = g_new0 (OfcStatement, 1);
  statement->database = self;
  statement->handle = handle;
  statement->cached = cached;
  statement->in_use = TRUE;
  return statement;
}

/**
 * ofc_database_prepare:
 * @self: the database
 * @sql: literal SQL with ?NNN parameters; never text built from input
 * @error: return location for an error
 *
 * Returns a prepared statement, from the connection's cache when @sql was seen before.
 * The same SQL used again while a first use is still open gets a private statement.
 *
 * Returns: (transfer full) (nullable): give it back with ofc_statement_release(), or
 * hold it in a g_autoptr(OfcStatement)
 */
OfcStatement *
ofc_database_prepare (OfcDatabase *self,
                      const char  *sql,
                      GError     **error)
{
  OfcStatement *statement;

  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  statement = g_hash_table_lookup (self->statements, sql);
  if (statement == NULL)
    {
      statement = prepare_new (self, sql, TRUE, error);
      if (statement != NULL)
        g_hash_table_insert (self->statements, g_strdup (sql), statement);
      return statement;
    }
  if (statement->in_use)
    return prepare_new (self, sql, FALSE, error);
  statement->in_use = TRUE;
  return statement;
}

/**
 * ofc_statement_release:
 *
 * Resets @statement, clears its bindings and returns it to the cache.
 */
void
ofc_statement_release (OfcStatement *statement)
{
  if (statement == NULL)
    return;
  sqlite3_reset (statement->handle);
  sqlite3_clear_bindings (statement->handle);
  if (statement->cached)
    statement->in_use = FALSE;
  else
    statement_free (statement);
}

void
ofc_statement_reset (OfcStatement *statement)
{
  sqlite3_reset (statement->handle);
}

static void
check_bind (OfcStatement *statement,
            int           index,
            int           rc)
{
  if (rc != SQLITE_OK)
    g_critical ("cannot bind parameter %d of “%s”: %s", index, sqlite3_sql (statement->handle),
                sqlite3_errstr (rc));
}

void
ofc_statement_bind_null (OfcStatement *statement,
                         int           index)
{
  check_bind (statement, index, sqlite3_bind_null (statement->handle, index));
}

void
ofc_statement_bind_int64 (OfcStatement *statement,
                          int           index,
                          gint64        value)
{
  check_bind (statement, index, sqlite3_bind_int64 (statement->handle, index, value));
}

void
ofc_statement_bind_bool (OfcStatement *statement,
                         int           index,
                         gboolean      value)
{
  ofc_statement_bind_int64 (statement, index, value ? 1 : 0);
}

/* @value NULL binds SQL NULL */
void
ofc_statement_bind_text (OfcStatement *statement,
                         int           index,
                         const char   *value)
{
  if (value == NULL)
    ofc_statement_bind_null (statement, index);
  else
    check_bind (statement, index,
                sqlite3_bind_text (statement->handle, index, value, -1, SQLITE_TRANSIENT));
}

/* @value NULL binds SQL NULL */
void
ofc_statement_bind_uuid (OfcStatement  *statement,
                         int            index,
                         const OfcUuid *value)
{
  if (value == NULL)
    ofc_statement_bind_null (statement, index);
  else
    check_bind (statement, index,
                sqlite3_bind_blob (statement->handle, index, value->bytes, 16, SQLITE_TRANSIENT));
}

void
ofc_statement_bind_blob (OfcStatement *statement,
                         int           index,
                         GBytes       *value)
{
  gsize size = 0;
  gconstpointer data;

  if (value == NULL)
    {
      ofc_statement_bind_null (statement, index);
      return;
    }
  data = g_bytes_get_data (value, &size);
  check_bind (statement, index,
              sqlite3_bind_blob64 (statement->handle, index, data, size, SQLITE_TRANSIENT));
}

/**
 * ofc_statement_step:
 * @statement: a statement
 * @error: set when the step fails
 *
 * Returns: %TRUE when a row is ready to read; %FALSE when the statement is done (@error
 * unset) or failed (@error set)
 */
gboolean
ofc_statement_step (OfcStatement *statement,
                    GError      **error)
{
  int rc = sqlite3_step (statement->handle);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    _ofc_database_set_error (statement->database, rc, error);
  return FALSE;
}

/**
 * ofc_database_query_texts:
 * @sql: a query without parameters whose first column is text
 *
 * Returns: (transfer full) (nullable): the first column of every row, possibly none;
 *   %NULL on error
 */
GStrv
ofc_database_query_texts (OfcDatabase *self, const char *sql, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (self, sql, error);
  g_autoptr (GStrvBuilder) texts = g_strv_builder_new ();
  GError *local = NULL;

  if (statement == NULL)
    return NULL;
  while (ofc_statement_step (statement, &local))
    g_strv_builder_add (texts, ofc_statement_get_text (statement, 0));
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_strv_builder_end (texts);
}

/**
 * ofc_statement_exec:
 *
 * Runs @statement to completion, ignoring any rows.
 *
 * Returns: %TRUE on success
 */
gboolean
ofc_statement_exec (OfcStatement *statement,
                    GError      **error)
{
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    ;
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

int
ofc_statement_get_column_count (OfcStatement *statement)
{
  return sqlite3_column_count (statement->handle);
}

const char *
ofc_statement_get_column_name (OfcStatement *statement,
                               int           column)
{
  return sqlite3_column_name (statement->handle, column);
}

gboolean
ofc_statement_is_null (OfcStatement *statement,
                       int           column)
{
  return sqlite3_column_type (statement->handle, column) == SQLITE_NULL;
}

gint64
ofc_statement_get_int64 (OfcStatement *statement,
                         int           column)
{
  return sqlite3_column_int64 (statement->handle, column);
}

gboolean
ofc_statement_get_bool (OfcStatement *statement,
                        int           column)
{
  return sqlite3_column_int64 (statement->handle, column) != 0;
}

/* valid until the next step, reset or release; NULL for SQL NULL */
const char *
ofc_statement_get_text (OfcStatement *statement,
                        int           column)
{
  return (const char *) sqlite3_column_text (statement->handle, column);
}

char *
ofc_statement_dup_text (OfcStatement *statement,
                        int           column)
{
  return g_strdup (ofc_statement_get_text (statement, column));
}

/**
 * ofc_statement_get_uuid:
 * @out: (out caller-allocates): set to the id, or to nil for NULL
 *
 * Returns: %TRUE if the column holds a 16-byte id
 */
gboolean
ofc_statement_get_uuid (OfcStatement *statement,
                        int           column,
                        OfcUuid      *out)
{
  const void *data = sqlite3_column_blob (statement->handle, column);

  if (data == NULL || sqlite3_column_bytes (statement->handle, column) != 16)
    {
      memset (out, 0, sizeof *out);
      return FALSE;
    }
  memcpy (out->bytes, data, 16);
  return TRUE;
}

GBytes *
ofc_statement_dup_blob (OfcStatement *statement,
                        int           column)
{
  const void *data = sqlite3_column_blob (statement->handle, column);

  if (data == NULL)
    return NULL;
  return g_bytes_new (data, (gsize) sqlite3_column_bytes (statement->handle, column));
}

gint64
ofc_database_get_last_insert_rowid (OfcDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

int
ofc_database_get_changes (OfcDatabase *self)
{
  return sqlite3_changes (self->handle);
}

void
_ofc_database_init_statements (OfcDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}
