/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli order-type, device-type (and presets) and catalog: reference data managed
 * from the command line lands in the database, bad input is refused with one line.
 */
#include "config.h"

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

static gboolean
json_list_contains (OfcCliResult *result, const char *name)
{
  cJSON *json = ofc_cli_test_json (result);
  gboolean found = FALSE;
  cJSON *item;

  cJSON_ArrayForEach (item, json)
    found = found || g_strcmp0 (item->valuestring, name) == 0;
  cJSON_Delete (json);
  return found;
}

START_TEST (test_order_types)
{
  g_autoptr(OfcCliResult) add = ofc_cli_test_run (database, "order-type", "add", "Corporate", NULL);
  g_autoptr(OfcCliResult) list = NULL;
  g_autoptr(OfcCliResult) twice = NULL;
  g_autoptr(OfcCliResult) removed = NULL;
  g_autoptr(OfcCliResult) after = NULL;

  ofc_assert_cli_ok (add);
  list = ofc_cli_test_run (database, "--json", "order-type", "list", NULL);
  ck_assert (json_list_contains (list, "Corporate"));
  twice = ofc_cli_test_run (database, "order-type", "add", "corporate", NULL);
  ofc_assert_cli_failed (twice);
  removed = ofc_cli_test_run (database, "order-type", "remove", "Corporate", "--move-to", "Paid",
                              NULL);
  ofc_assert_cli_ok (removed);
  after = ofc_cli_test_run (database, "--json", "order-type", "list", "--archived", NULL);
  ck_assert (!json_list_contains (after, "Corporate"));
}
END_TEST

START_TEST (test_device_type_preset)
{
  g_autoptr(OfcCliResult) add = ofc_cli_test_run (database, "device-type", "add", "E-book", NULL);
  g_autoptr(OfcCliResult) preset = NULL;
  g_autoptr(OfcCliResult) shown = NULL;
  g_autoptr(OfcCliResult) bad = NULL;
  cJSON *json;

  ofc_assert_cli_ok (add);
  preset = ofc_cli_test_run (database, "device-type", "preset", "E-book", "--malfunction",
                             "Screen does not refresh", "--malfunction", "Does not charge",
                             "--estimate", "1 500", "--deadline-days", "5", NULL);
  ofc_assert_cli_ok (preset);
  shown = ofc_cli_test_run (database, "--json", "device-type", "preset", "e-book", NULL);
  ofc_assert_cli_ok (shown);
  json = ofc_cli_test_json (shown);
  ck_assert_str_eq (cJSON_GetObjectItem (json, "malfunctions")->valuestring,
                    "Screen does not refresh\nDoes not charge");
  ck_assert_int_eq (cJSON_GetObjectItem (json, "deadline_days")->valueint, 5);
  ck_assert_int_eq ((int) cJSON_GetObjectItem (cJSON_GetObjectItem (json, "estimate"), "minor")
                      ->valuedouble,
                    150000);
  cJSON_Delete (json);
  bad = ofc_cli_test_run (database, "device-type", "preset", "E-book", "--estimate", "lots", NULL);
  ofc_assert_cli_failed (bad);
}
END_TEST

START_TEST (test_catalog)
{
  g_autoptr(OfcCliResult) brand = ofc_cli_test_run (database, "catalog", "add-brand", "PocketBook",
                                                    NULL);
  g_autoptr(OfcCliResult) model = NULL;
  g_autoptr(OfcCliResult) models = NULL;
  g_autoptr(OfcCliResult) phrase = NULL;
  g_autoptr(OfcCliResult) archived = NULL;
  g_autoptr(OfcCliResult) phrases = NULL;
  g_autoptr(OfcCliResult) unknown = NULL;

  ofc_assert_cli_ok (brand);
  model = ofc_cli_test_run (database, "catalog", "add-model", "PocketBook", "Verse Pro", NULL);
  ofc_assert_cli_ok (model);
  models = ofc_cli_test_run (database, "--json", "catalog", "models", "PocketBook", NULL);
  ck_assert (json_list_contains (models, "Verse Pro"));
  phrase = ofc_cli_test_run (database, "catalog", "add-phrase", "malfunction", "Cracked hinge",
                             NULL);
  ofc_assert_cli_ok (phrase);
  archived = ofc_cli_test_run (database, "catalog", "archive-phrase", "malfunction",
                               "Cracked hinge", NULL);
  ofc_assert_cli_ok (archived);
  phrases = ofc_cli_test_run (database, "--json", "catalog", "phrases", "malfunction", NULL);
  ck_assert (!json_list_contains (phrases, "Cracked hinge"));
  unknown = ofc_cli_test_run (database, "catalog", "phrases", "colours", NULL);
  ofc_assert_cli_failed (unknown);
}
END_TEST

static Suite *
cli_catalog_suite (void)
{
  Suite *suite = suite_create ("cli-catalog");
  TCase *catalog = tcase_create ("catalog");

  tcase_add_checked_fixture (catalog, setup, teardown);
  tcase_add_test (catalog, test_order_types);
  tcase_add_test (catalog, test_device_type_preset);
  tcase_add_test (catalog, test_catalog);
  suite_add_tcase (suite, catalog);
  return suite;
}

int
main (void)
{
  return ofc_test_run (cli_catalog_suite ());
}
