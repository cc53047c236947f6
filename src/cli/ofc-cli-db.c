/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli db check | backup PATH | migrate.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

static void
print_check (OfcCli      *cli,
             OfcDatabase *database,
             GStrv        problems)
{
  if (cli->json)
    {
      cJSON *result = cJSON_CreateObject ();

      cJSON_AddBoolToObject (result, "ok", problems[0] == NULL);
      cJSON_AddStringToObject (result, "path", ofc_database_get_path (database));
      cJSON_AddNumberToObject (result, "schema", ofc_database_get_schema_version (database));
      cJSON_AddNumberToObject (result, "latest", ofc_database_get_latest_schema_version ());
      cJSON_AddItemToObject (result, "problems",
                             cJSON_CreateStringArray ((const char *const *) problems,
                                                      (int) g_strv_length (problems)));
      ofc_cli_print_json (result);
      return;
    }
  for (guint i = 0; problems[i] != NULL; i++)
    printf ("%s\n", problems[i]);
  if (problems[0] == NULL)
    printf (_("%s: ok (schema %d of %d)\n"), ofc_database_get_path (database),
            ofc_database_get_schema_version (database), ofc_database_get_latest_schema_version ());
}

static int
check_run (OfcCli *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  OfcContext *context;

  if (!ofc_cli_parse_options (cli, N_("— check the database for damage"), NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  context = ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE | OFC_DATABASE_OPEN_NO_MIGRATE, &error);
  if (context == NULL
      || !ofc_database_check_integrity (ofc_context_get_database (context), &problems, &error))
    return ofc_cli_fail (cli, error);
  print_check (cli, ofc_context_get_database (context), problems);
  if (problems[0] != NULL)
    {
      fprintf (stderr, "officina-cli: %s\n",
               _("The database is damaged; restore it from a backup"));
      return OFC_CLI_EXIT_FAILURE;
    }
  return 0;
}

static int
backup_run (OfcCli *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GError) error = NULL;
  OfcContext *context;

  if (!ofc_cli_parse_options (cli, N_("PATH — write a consistent copy of the database"), NULL, &argc,
                              &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _("“db backup” needs the path of the copy"));
  context = ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error);
  if (context == NULL
      || !ofc_database_backup_to (ofc_context_get_database (context), argv[1], &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    {
      cJSON *result = cJSON_CreateObject ();

      cJSON_AddStringToObject (result, "backup", argv[1]);
      ofc_cli_print_json (result);
    }
  else
    printf (_("Backed up to %s\n"), argv[1]);
  return 0;
}

static int
migrate_run (OfcCli *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GError) error = NULL;
  OfcContext *context;
  OfcDatabase *database;
  int before;

  if (!ofc_cli_parse_options (cli, N_("— upgrade the database to this version of Officina"), NULL,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  context = ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_MIGRATE, &error);
  if (context == NULL)
    return ofc_cli_fail (cli, error);
  database = ofc_context_get_database (context);
  before = ofc_database_get_schema_version (database);
  if (!ofc_database_migrate (database, TRUE, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    {
      cJSON *result = cJSON_CreateObject ();

      cJSON_AddNumberToObject (result, "from", before);
      cJSON_AddNumberToObject (result, "to", ofc_database_get_schema_version (database));
      if (ofc_database_get_last_backup_path (database) != NULL)
        cJSON_AddStringToObject (result, "backup", ofc_database_get_last_backup_path (database));
      ofc_cli_print_json (result);
    }
  else if (before == ofc_database_get_schema_version (database))
    printf (_("The database is up to date (schema %d)\n"), before);
  else
    printf (_("Upgraded the database from schema %d to %d\n"), before,
            ofc_database_get_schema_version (database));
  return 0;
}

static const OfcCliCommand verbs[] = {
  { "check", NULL, check_run },
  { "backup", NULL, backup_run },
  { "migrate", NULL, migrate_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_db_run (OfcCli *cli,
                int     argc,
                char  **argv)
{
  return ofc_cli_run_verb (cli, "db", verbs, argc, argv);
}
