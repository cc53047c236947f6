/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Default locations: the database named by $OFFICINA_DB, else the one chosen in Preferences
 * (read only when the settings schema is installed, so officina-cli also runs where it is
 * not), else officina.db in the user's data folder.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <gio/gio.h>

#include "ofc-paths.h"

static char *
dup_setting (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
  if (schema == NULL)
    return NULL;
  settings = g_settings_new (BASE_ID);
  return g_settings_get_string (settings, key);
}

/**
 * ofc_paths_dup_default_database:
 *
 * Returns: (transfer full): the database file to open when none is named
 */
char *
ofc_paths_dup_default_database (void)
{
  g_autofree char *configured = NULL;

  if (g_getenv ("OFFICINA_DB") != NULL && *g_getenv ("OFFICINA_DB") != '\0')
    return g_strdup (g_getenv ("OFFICINA_DB"));
  configured = dup_setting ("database-path");
  if (configured != NULL && *configured != '\0')
    return g_steal_pointer (&configured);
  return g_build_filename (g_get_user_data_dir (), DEVELOPMENT_BUILD ? "officina-devel" : "officina",
                           "officina.db", NULL);
}

/**
 * ofc_paths_dup_backup_folder:
 * @database_path: the database being backed up
 *
 * Returns: (transfer full): the folder chosen in Preferences, else "backups" beside the
 * database
 */
char *
ofc_paths_dup_backup_folder (const char *database_path)
{
  g_autofree char *configured = dup_setting ("backup-folder");
  g_autofree char *parent = NULL;

  if (configured != NULL && *configured != '\0')
    return g_steal_pointer (&configured);
  parent = g_path_get_dirname (database_path);
  return g_build_filename (parent, "backups", NULL);
}
