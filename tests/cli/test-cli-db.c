/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli db check | backup | migrate, global options and error reporting.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-cli-test.h"

static char *folder;
static char *database;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  database = g_build_filename (folder, "shop.db", NULL);
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&database, g_free);
}

START_TEST (test_migrate_then_check)
{
  g_autoptr(OfcCliResult) migrate = ofc_cli_test_run (database, "--json", "db", "migrate", NULL);
  g_autoptr(OfcCliResult) check = NULL;
  g_autoptr(OfcCliResult) again = NULL;
  cJSON *json;

  ofc_assert_cli_ok (migrate);
  json = ofc_cli_test_json (migrate);
  ck_assert_int_eq (cJSON_GetObjectItem (json, "from")->valueint, 0);
  ck_assert_int_eq (cJSON_GetObjectItem (json, "to")->valueint,
                    ofc_database_get_latest_schema_version ());
  cJSON_Delete (json);

  check = ofc_cli_test_run (database, "--json", "db", "check", NULL);
  ofc_assert_cli_ok (check);
  json = ofc_cli_test_json (check);
  ck_assert (cJSON_IsTrue (cJSON_GetObjectItem (json, "ok")));
  ck_assert_int_eq (cJSON_GetArraySize (cJSON_GetObjectItem (json, "problems")), 0);
  cJSON_Delete (json);

  again = ofc_cli_test_run (database, "db", "migrate", NULL);
  ofc_assert_cli_ok (again);
  ck_assert (strstr (again->out, "up to date") != NULL);
}
END_TEST

START_TEST (test_backup_is_a_database)
{
  g_autofree char *copy = g_build_filename (folder, "copy.db", NULL);
  g_autoptr(OfcCliResult) migrate = ofc_cli_test_run (database, "db", "migrate", NULL);
  g_autoptr(OfcCliResult) backup = ofc_cli_test_run (database, "db", "backup", copy, NULL);
  g_autoptr(OfcCliResult) check = ofc_cli_test_run (copy, "db", "check", NULL);
  g_autoptr(OfcCliResult) missing = ofc_cli_test_run (database, "db", "backup", NULL);

  ofc_assert_cli_ok (migrate);
  ofc_assert_cli_ok (backup);
  ofc_assert_cli_ok (check);
  ofc_assert_cli_failed (missing);
  ck_assert_int_eq (missing->status, 2);
}
END_TEST

START_TEST (test_refusals_are_one_line)
{
  g_autofree char *text_file = g_build_filename (folder, "notes.txt", NULL);
  g_autoptr(OfcCliResult) absent = ofc_cli_test_run (database, "db", "check", NULL);
  g_autoptr(OfcCliResult) foreign = NULL;
  g_autoptr(OfcCliResult) unknown = ofc_cli_test_run (database, "frobnicate", NULL);
  g_autoptr(OfcCliResult) bad_verb = ofc_cli_test_run (database, "db", "explode", NULL);
  g_autoptr(OfcCliResult) bad_option = ofc_cli_test_run (database, "--colour", "db", NULL);

  ofc_assert_cli_failed (absent);
  ck_assert (strstr (absent->err, "does not exist") != NULL);
  ck_assert (!g_file_test (database, G_FILE_TEST_EXISTS));

  ck_assert (g_file_set_contents (text_file, "name,phone\n", -1, NULL));
  foreign = ofc_cli_test_run (text_file, "db", "check", NULL);
  ofc_assert_cli_failed (foreign);
  ck_assert (strstr (foreign->err, "not an SQLite file") != NULL);

  ofc_assert_cli_failed (unknown);
  ofc_assert_cli_failed (bad_verb);
  ofc_assert_cli_failed (bad_option);
}
END_TEST

/* the printing commands run in officina-cli-print beside officina-cli; a copy of
 * officina-cli alone says why they cannot start, in one line */
START_TEST (test_printing_helper)
{
  const char *built = g_getenv ("OFC_TEST_CLI");
  g_autofree char *lonely = g_build_filename (folder, "officina-cli", NULL);
  g_autofree char *installed = g_build_filename (LIBEXECDIR, "officina", "officina-cli-print", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(OfcCliResult) beside = ofc_cli_test_run (database, "printer", "list", NULL);
  g_autoptr(OfcCliResult) alone = NULL;
  gsize length = 0;

  ofc_assert_cli_ok (beside);
  ck_assert (g_file_get_contents (built, &contents, &length, NULL));
  ck_assert (g_file_set_contents (lonely, contents, (gssize) length, NULL));
  ck_assert_int_eq (g_chmod (lonely, 0755), 0);
  g_setenv ("OFC_TEST_CLI", lonely, TRUE);
  alone = ofc_cli_test_run (database, "printer", "list", NULL);
  g_setenv ("OFC_TEST_CLI", built, TRUE);
  if (g_file_test (installed, G_FILE_TEST_IS_EXECUTABLE))
    return; /* an installed helper answers instead */
  ofc_assert_cli_failed (alone);
  ck_assert (strstr (alone->err, "printing commands cannot start") != NULL);
  ck_assert (strstr (alone->err, "officina-cli-print") != NULL);
}
END_TEST

START_TEST (test_help_and_version)
{
  g_autoptr(OfcCliResult) help = ofc_cli_test_run (NULL, "--help", NULL);
  g_autoptr(OfcCliResult) version = ofc_cli_test_run (NULL, "--version", NULL);

  ofc_assert_cli_ok (help);
  ck_assert (strstr (help->out, "db") != NULL);
  ofc_assert_cli_ok (version);
  ck_assert (g_str_has_prefix (version->out, "officina-cli "));
}
END_TEST

static Suite *
cli_db_suite (void)
{
  Suite *suite = suite_create ("cli-db");
  TCase *db = tcase_create ("db");

  tcase_add_checked_fixture (db, setup, teardown);
  tcase_add_test (db, test_migrate_then_check);
  tcase_add_test (db, test_backup_is_a_database);
  tcase_add_test (db, test_refusals_are_one_line);
  tcase_add_test (db, test_help_and_version);
  tcase_add_test (db, test_printing_helper);
  suite_add_tcase (suite, db);
  return suite;
}

int
main (void)
{
  return ofc_test_run (cli_db_suite ());
}
