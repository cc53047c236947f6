/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Migrations, backups and integrity checks of OfcDatabase. Migrations are numbered .sql
 * files in the core GResource, each applied in its own transaction together with the new
 * PRAGMA user_version, after a consistent copy of the file has been taken.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ofc-core-resources.h"
#include "ofc-database-private.h"

#define MIGRATIONS_PATH "/org/officina/Officina/core/migrations"

/*
 * Migrations
 */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* "0002-clients.sql" → 2 */
static int
migration_number (const char *name)
{
  return (int) g_ascii_strtoll (name, NULL, 10);
}

static GStrv
list_migrations (void)
{
  g_auto(GStrv) names = g_resource_enumerate_children (ofc_core_get_resource (), MIGRATIONS_PATH,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (sorted, g_strdup (names[i]));
  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&sorted), FALSE);
}

/**
 * ofc_database_get_latest_schema_version:
 *
 * Returns: the schema version this build of Officina writes: the number of the last
 * bundled migration
 */
int
ofc_database_get_latest_schema_version (void)
{
  static int latest = -1;

  /* racing threads compute the same value */
  if (latest < 0)
    {
      g_auto(GStrv) names = list_migrations ();
      guint n = g_strv_length (names);

      latest = n > 0 ? migration_number (names[n - 1]) : 0;
    }
  return latest;
}

static char *
backup_path_for (OfcDatabase *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.schema%d-%s.bak", self->path, self->schema_version, stamp);
}

static gboolean
apply_migration (OfcDatabase *self,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, name, NULL);
  g_autoptr(GBytes) sql = g_resource_lookup_data (ofc_core_get_resource (), path,
                                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(OfcTransaction) transaction = NULL;
  g_autofree char *set_version = NULL;
  int number = migration_number (name);

  if (sql == NULL)
    return FALSE;
  transaction = ofc_database_begin (self, error);
  if (transaction == NULL)
    return FALSE;
  /* the version is a trusted integer from our own file names, not input */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", number);
  if (!ofc_database_exec (self, g_bytes_get_data (sql, NULL), error)
      || !ofc_database_exec (self, set_version, error)
      || !ofc_transaction_commit (transaction, error))
    return FALSE;
  self->schema_version = number;
  g_debug ("%s: applied migration %s", self->path, name);
  return TRUE;
}

gboolean
_ofc_database_apply_migrations (OfcDatabase *self,
                                int          target,
                                gboolean     backup,
                                GError     **error)
{
  g_auto(GStrv) names = list_migrations ();

  if (backup)
    {
      g_autofree char *destination = backup_path_for (self);

      if (!ofc_database_backup_to (self, destination, error))
        return FALSE;
      g_free (self->last_backup_path);
      self->last_backup_path = g_steal_pointer (&destination);
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;

      if (migration_number (names[i]) <= self->schema_version
          || migration_number (names[i]) > target)
        continue;
      if (!apply_migration (self, names[i], &local))
        {
          g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_MIGRATION,
                       _("Upgrading the database with “%s” failed; it was left as it was: %s"),
                       names[i], local->message);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ofc_database_migrate_to:
 * @target: the schema version to reach, at most the latest
 * @backup: whether to copy the file first (skipped for a database with no schema yet)
 *
 * Applies the pending migrations up to @target. Each is one transaction, so a failure
 * leaves the database at the last version that succeeded. Tests use a lower @target to
 * build an old database and prove the upgrade path.
 */
gboolean
ofc_database_migrate_to (OfcDatabase *self,
                         int          target,
                         gboolean     backup,
                         GError     **error)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);
  g_return_val_if_fail (target <= ofc_database_get_latest_schema_version (), FALSE);

  if (self->schema_version >= target)
    return TRUE;
  return _ofc_database_apply_migrations (self, target, backup && self->schema_version > 0, error);
}

/**
 * ofc_database_migrate:
 *
 * ofc_database_migrate_to() the latest schema.
 */
gboolean
ofc_database_migrate (OfcDatabase *self,
                      gboolean     backup,
                      GError     **error)
{
  return ofc_database_migrate_to (self, ofc_database_get_latest_schema_version (), backup, error);
}

/*
 * Backups and checks
 */

static gboolean
copy_pages (OfcDatabase *self,
            sqlite3     *target,
            GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (target, "main", self->handle, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_IO, "%s",
                   sqlite3_errmsg (target));
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_IO, "%s", sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/**
 * ofc_database_backup_to:
 * @destination: the file to write; replaced atomically if it exists
 *
 * Writes a consistent copy of the database while it stays in use. The copy is written
 * beside @destination first and renamed into place, so a failed backup never leaves a
 * half-written file under the backup's name.
 */
gboolean
ofc_database_backup_to (OfcDatabase *self,
                        const char  *destination,
                        GError     **error)
{
  g_autofree char *partial = g_strconcat (destination, ".partial", NULL);
  g_autoptr(GError) local = NULL;
  sqlite3 *target = NULL;
  int rc;
  gboolean copied;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  g_unlink (partial);
  rc = sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  copied = rc == SQLITE_OK && copy_pages (self, target, &local);
  if (rc != SQLITE_OK && local == NULL)
    g_set_error (&local, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN, "%s", sqlite3_errstr (rc));
  sqlite3_close (target);
  if (copied && g_rename (partial, destination) != 0)
    {
      g_set_error (&local, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_IO, "%s", g_strerror (errno));
      copied = FALSE;
    }
  if (!copied)
    {
      g_unlink (partial);
      g_set_error (error, OFC_DATABASE_ERROR, local->code,
                   _("Cannot back up the database to “%s”: %s"), destination, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
collect_rows (OfcDatabase *self,
              const char  *sql,
              GPtrArray   *problems,
              GError     **error)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (self, sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  while (ofc_statement_step (statement, &local))
    {
      g_autoptr(GString) row = g_string_new (NULL);

      for (int i = 0; i < ofc_statement_get_column_count (statement); i++)
        g_string_append_printf (row, "%s%s", i > 0 ? " " : "",
                                ofc_statement_is_null (statement, i)
                                  ? "NULL" : ofc_statement_get_text (statement, i));
      if (g_strcmp0 (row->str, "ok") != 0)
        g_ptr_array_add (problems, g_string_free (g_steal_pointer (&row), FALSE));
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/**
 * ofc_database_check_integrity:
 * @problems: (out) (transfer full): one line per problem found, empty when healthy
 *
 * Runs PRAGMA integrity_check and PRAGMA foreign_key_check.
 *
 * Returns: %TRUE if the checks ran (whether or not they found problems)
 */
gboolean
ofc_database_check_integrity (OfcDatabase *self,
                              GStrv       *problems,
                              GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  if (!collect_rows (self, "PRAGMA integrity_check", found, error)
      || !collect_rows (self, "PRAGMA foreign_key_check", found, error))
    return FALSE;
  g_ptr_array_add (found, NULL);
  *problems = (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}
