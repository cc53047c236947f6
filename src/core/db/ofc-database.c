/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDatabase: opening and checking the file, connection settings, metadata, the actor and
 * clock used by the journal, backups and integrity checks. Every refusal (not SQLite, not
 * Officina's, too new, damaged, read-only, locked) happens before the first write, so a file
 * we refuse is left exactly as it was.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ofc-database-private.h"

G_DEFINE_FINAL_TYPE (OfcDatabase, ofc_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (ofc-database-error-quark, ofc_database_error)

static const char sqlite_magic[16] = "SQLite format 3";

/*
 * Auxiliary methods
 */

static gboolean
is_memory (const char *path)
{
  return g_strcmp0 (path, OFC_DATABASE_MEMORY) == 0;
}

static gboolean
check_header (const char *path,
              GError    **error)
{
  char header[16] = { 0 };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local = NULL;
  gsize read = 0;

  stream = g_file_read (file, NULL, &local);
  if (stream == NULL || !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header,
                                                  &read, NULL, &local))
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN,
                   _("Cannot read “%s”: %s"), path, local->message);
      return FALSE;
    }
  if (read < sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_NOT_DATABASE,
                   _("“%s” is not an Officina database: it is not an SQLite file"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_writable (const char *path,
                gboolean    exists,
                GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (exists && g_access (path, W_OK) != 0)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only; Officina needs to write to its database"), path);
      return FALSE;
    }
  /* WAL keeps two companion files beside the database */
  if (g_access (folder, W_OK) != 0)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only; Officina needs to write beside its database"),
                   folder);
      return FALSE;
    }
  return TRUE;
}

/* decides, before SQLite touches anything, whether the file may be opened; sets
 * @exists to whether there is already content */
static gboolean
check_file (const char          *path,
            OfcDatabaseOpenFlags flags,
            gboolean            *exists,
            GError             **error)
{
  GStatBuf info;

  *exists = g_stat (path, &info) == 0;
  if (!*exists)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      if ((flags & OFC_DATABASE_OPEN_NO_CREATE) != 0)
        {
          g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN,
                       _("The database “%s” does not exist"), path);
          return FALSE;
        }
      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN,
                       _("Cannot create the folder “%s”: %s"), folder, g_strerror (errno));
          return FALSE;
        }
      return check_writable (path, FALSE, error);
    }
  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_NOT_DATABASE,
                   _("“%s” is not a file"), path);
      return FALSE;
    }
  /* reading the header opens and closes the file outside SQLite; in a process that already
   * has the database open, that close drops SQLite's POSIX locks on it, after which another
   * program may take the WAL away under this process's writes: a second connection
   * (ofc_database_open_another()) trusts the first one's check instead */
  if (info.st_size == 0)
    *exists = FALSE;
  else if ((flags & OFC_DATABASE_OPEN_SAME_PROCESS_) == 0 && !check_header (path, error))
    return FALSE;

  return check_writable (path, *exists, error);
}

static gboolean
query_int (OfcDatabase *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (self, sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        g_set_error (&local, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_FAILED,
                     "no result from %s", sql);
      g_propagate_error (error, local);
      return FALSE;
    }
  *value = ofc_statement_get_int64 (statement, 0);
  return TRUE;
}

gboolean
_ofc_database_read_schema_info (OfcDatabase *self,
                                gint64      *application_id,
                                gint64      *user_version,
                                gint64      *object_count,
                                GError     **error)
{
  return query_int (self, "PRAGMA application_id", application_id, error)
         && query_int (self, "PRAGMA user_version", user_version, error)
         && query_int (self, "SELECT count(*) FROM sqlite_schema", object_count, error);
}

static gboolean
check_identity (OfcDatabase *self,
                GError     **error)
{
  gint64 application_id = 0, user_version = 0, objects = 0;
  g_autoptr(GError) local = NULL;

  if (!_ofc_database_read_schema_info (self, &application_id, &user_version, &objects, &local))
    {
      g_autofree char *detail = g_strdup (local->message);

      if (g_error_matches (local, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_NOT_DATABASE))
        g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_CORRUPT,
                     _("“%s” is damaged: %s"), self->path, detail);
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s: ", self->path);
      return FALSE;
    }
  if (application_id == 0 && user_version == 0 && objects == 0)
    return TRUE;
  if (application_id != OFC_APPLICATION_ID)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_FOREIGN,
                   _("“%s” is an SQLite database of another program, not Officina’s"),
                   self->path);
      return FALSE;
    }
  if (user_version > ofc_database_get_latest_schema_version ())
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer Officina (schema %d; this one knows up to %d). "
                     "Update Officina to open it."),
                   self->path, (int) user_version, ofc_database_get_latest_schema_version ());
      return FALSE;
    }
  self->schema_version = (int) user_version;
  return TRUE;
}

static gboolean
configure_connection (OfcDatabase *self,
                      GError     **error)
{
  g_autoptr(OfcStatement) statement = NULL;
  const char *mode;

  statement = ofc_database_prepare (self, "PRAGMA journal_mode=WAL", error);
  if (statement == NULL || !ofc_statement_step (statement, error))
    return FALSE;
  mode = ofc_statement_get_text (statement, 0);
  if (!is_memory (self->path) && g_strcmp0 (mode, "wal") != 0)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN,
                   _("Cannot switch “%s” to write-ahead logging"), self->path);
      return FALSE;
    }
  g_clear_pointer (&statement, ofc_statement_release);
  /* a receipt that printed must not be lost to a power cut: fsync on every commit. The
   * page cache stays at SQLite's 2 MB per connection: 8 MB bought no speed in the search,
   * list and intake benchmarks and cost 4 MB of resident memory in the application.
   * When the log starts over after a checkpoint it is cut to nothing: rewritten in place,
   * each log frame (4,120 bytes, across two file pages) that the page cache had already
   * dropped was read back from disk before it could be overwritten, 0.3–0.6 ms a frame. */
  return ofc_database_exec (self,
                            "PRAGMA synchronous=FULL;"
                            "PRAGMA foreign_keys=ON;"
                            "PRAGMA temp_store=MEMORY;"
                            "PRAGMA cache_size=-2000;"
                            "PRAGMA journal_size_limit=0;",
                            error);
}

static gboolean
load_device (OfcDatabase *self,
             GError     **error)
{
  g_autofree char *device = ofc_database_dup_meta (self, "device_id");

  self->device_name = g_strdup (g_get_host_name ());
  if (device != NULL && ofc_uuid_parse (device, &self->device_id))
    return TRUE;
  ofc_uuid_generate (&self->device_id);
  g_free (device);
  device = ofc_uuid_dup_string (&self->device_id);
  return ofc_database_set_meta (self, "device_id", device, error);
}

static gboolean
open_handle (OfcDatabase *self,
             gboolean     exists,
             GError     **error)
{
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc;

  if (!exists)
    flags |= SQLITE_OPEN_CREATE;
  rc = sqlite3_open_v2 (self->path, &self->handle, flags, NULL);
  if (rc != SQLITE_OK)
    return _ofc_database_set_error (self, rc, error);
  sqlite3_busy_timeout (self->handle, (int) self->busy_timeout_ms);
  if (sqlite3_db_readonly (self->handle, "main") == 1)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only; Officina needs to write to its database"), self->path);
      return FALSE;
    }
  return TRUE;
}

/*
 * GObject overrides
 */

static void
ofc_database_finalize (GObject *object)
{
  OfcDatabase *self = (OfcDatabase *) object;

  if (self->transaction_depth > 0)
    g_critical ("database %s closed inside a transaction", self->path);
  ofc_database_stop_upkeep (self);
  _ofc_database_free_statements (self);
  if (self->handle != NULL)
    sqlite3_close (self->handle);
  g_free (self->path);
  g_free (self->last_backup_path);
  g_free (self->actor_name);
  g_free (self->device_name);

  G_OBJECT_CLASS (ofc_database_parent_class)->finalize (object);
}

static void
ofc_database_class_init (OfcDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_database_finalize;
}

static void
ofc_database_init (OfcDatabase *self)
{
  _ofc_database_init_statements (self);
  self->actor_name = g_strdup (g_get_real_name ());
  self->busy_timeout_ms = OFC_DATABASE_DEFAULT_BUSY_TIMEOUT_MS;
}

/*
 * Public API
 */

/**
 * ofc_database_open_full:
 * @path: the database file, or %OFC_DATABASE_MEMORY
 * @flags: #OfcDatabaseOpenFlags
 * @busy_timeout_ms: how long to wait for another program's lock before failing
 * @error: an %OFC_DATABASE_ERROR saying precisely why the file was refused
 *
 * Opens (creating when allowed) and checks the database, switches it to WAL with
 * synchronous=FULL and foreign keys, then applies pending migrations after a backup copy
 * of the file.
 *
 * Returns: (transfer full) (nullable): the database
 */
OfcDatabase *
ofc_database_open_full (const char          *path,
                        OfcDatabaseOpenFlags flags,
                        guint                busy_timeout_ms,
                        GError             **error)
{
  g_autoptr(OfcDatabase) self = NULL;
  gboolean exists = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (!is_memory (path) && !check_file (path, flags, &exists, error))
    return NULL;
  self = g_object_new (OFC_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->flags = flags;
  self->busy_timeout_ms = busy_timeout_ms;
  if (!open_handle (self, exists, error) || !check_identity (self, error)
      || !configure_connection (self, error))
    return NULL;
  if ((flags & OFC_DATABASE_OPEN_NO_MIGRATE) == 0
      && self->schema_version < ofc_database_get_latest_schema_version ()
      && !ofc_database_migrate (self, exists && (flags & OFC_DATABASE_OPEN_NO_BACKUP) == 0,
                                error))
    return NULL;
  if (self->schema_version > 0 && !load_device (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ofc_database_open:
 *
 * ofc_database_open_full() with the default busy timeout.
 *
 * Returns: (transfer full) (nullable): the database
 */
OfcDatabase *
ofc_database_open (const char          *path,
                   OfcDatabaseOpenFlags flags,
                   GError             **error)
{
  return ofc_database_open_full (path, flags, OFC_DATABASE_DEFAULT_BUSY_TIMEOUT_MS, error);
}

/**
 * ofc_database_open_another:
 *
 * Opens a second connection to the same file for a worker thread. It shares the actor and
 * clock of @self but none of its statements.
 *
 * Returns: (transfer full) (nullable): the new connection
 */
OfcDatabase *
ofc_database_open_another (OfcDatabase *self,
                           GError     **error)
{
  OfcDatabase *other;

  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  g_return_val_if_fail (!is_memory (self->path), NULL);

  other = ofc_database_open_full (self->path,
                                  OFC_DATABASE_OPEN_NO_CREATE | OFC_DATABASE_OPEN_NO_MIGRATE
                                  | OFC_DATABASE_OPEN_SAME_PROCESS_,

                                  self->busy_timeout_ms, error);
  if (other == NULL)
    return NULL;
  ofc_database_set_actor (other, self->has_actor ? &self->actor_id : NULL, self->actor_name);
  ofc_database_set_clock (other, self->clock_func, self->clock_data);
  return other;
}

const char *
ofc_database_get_path (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return self->path;
}

int
ofc_database_get_schema_version (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), 0);
  return self->schema_version;
}

/**
 * ofc_database_get_last_backup_path:
 *
 * Returns: (nullable): the copy made before the last migration, if one was made
 */
const char *
ofc_database_get_last_backup_path (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return self->last_backup_path;
}

/**
 * ofc_database_exec:
 * @sql: one or more literal statements, no parameters
 *
 * For schema and PRAGMA work only; anything with values goes through ofc_database_prepare().
 */
gboolean
ofc_database_exec (OfcDatabase *self,
                   const char  *sql,
                   GError     **error)
{
  int rc;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _ofc_database_set_error (self, rc, error);
  return TRUE;
}

/**
 * ofc_database_interrupt:
 *
 * Makes the statement running on @self (from another thread) fail with
 * %G_IO_ERROR_CANCELLED at its next opportunity.
 */
void
ofc_database_interrupt (OfcDatabase *self)
{
  g_return_if_fail (OFC_IS_DATABASE (self));
  sqlite3_interrupt (self->handle);
}

/**
 * ofc_database_dup_meta:
 * @key: a metadata key
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when unset or unreadable
 */
char *
ofc_database_dup_meta (OfcDatabase *self,
                       const char  *key)
{
  g_autoptr(OfcStatement) statement = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);

  statement = ofc_database_prepare (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, key);
  if (!ofc_statement_step (statement, NULL))
    return NULL;
  return ofc_statement_dup_text (statement, 0);
}

gboolean
ofc_database_set_meta (OfcDatabase *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  g_autoptr(OfcStatement) statement = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  statement = ofc_database_prepare (self,
                                    "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, key);
  ofc_statement_bind_text (statement, 2, value);
  return ofc_statement_exec (statement, error);
}

/**
 * ofc_database_set_actor:
 * @user_id: (nullable): the employee working, when known
 * @user_name: the name written into the journal
 */
void
ofc_database_set_actor (OfcDatabase   *self,
                        const OfcUuid *user_id,
                        const char    *user_name)
{
  g_return_if_fail (OFC_IS_DATABASE (self));

  self->has_actor = user_id != NULL;
  if (user_id != NULL)
    self->actor_id = *user_id;
  g_free (self->actor_name);
  self->actor_name = g_strdup (user_name != NULL ? user_name : g_get_real_name ());
}

const OfcUuid *
ofc_database_get_actor_id (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return self->has_actor ? &self->actor_id : NULL;
}

const char *
ofc_database_get_actor_name (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return self->actor_name;
}

const OfcUuid *
ofc_database_get_device_id (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return &self->device_id;
}

const char *
ofc_database_get_device_name (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);
  return self->device_name;
}

gint64
ofc_database_now (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), 0);
  return self->clock_func != NULL ? self->clock_func (self->clock_data) : g_get_real_time ();
}

/**
 * ofc_database_set_clock:
 * @func: (nullable): returns µs since the epoch; %NULL restores the real clock
 */
void
ofc_database_set_clock (OfcDatabase *self,
                        OfcClockFunc func,
                        gpointer     user_data)
{
  g_return_if_fail (OFC_IS_DATABASE (self));
  self->clock_func = func;
  self->clock_data = user_data;
}
