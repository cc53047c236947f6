/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli client … and demo: the contract scripts rely on (exact forms, --json
 * objects, exit statuses, one-line errors) and that bad input changes nothing.
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

/* adds a client and returns its id */
static char *
add_client (const char *name,
            const char *phone)
{
  g_autoptr(OfcCliResult) result = ofc_cli_test_run (database, "--json", "client", "add",
                                                     "--name", name, "--phone", phone, NULL);
  cJSON *json;
  char *id;

  ofc_assert_cli_ok (result);
  json = ofc_cli_test_json (result);
  id = g_strdup (cJSON_GetObjectItem (json, "id")->valuestring);
  cJSON_Delete (json);
  return id;
}

static int
count_matches (const char *query)
{
  g_autoptr(OfcCliResult) result = ofc_cli_test_run (database, "--json", "client", "search",
                                                     query, NULL);
  cJSON *json;
  int count;

  ofc_assert_cli_ok (result);
  json = ofc_cli_test_json (result);
  ck_assert (cJSON_IsArray (json));
  count = cJSON_GetArraySize (json);
  cJSON_Delete (json);
  return count;
}

START_TEST (test_add_prints_the_client)
{
  g_autoptr(OfcCliResult) result = ofc_cli_test_run (
    database, "--json", "client", "add", "--name", "ООО «Ромашка»", "--company", "--inn",
    "7707083893", "--phone", "+7 (926) 123-45-67", "--phone", "8 495 111 22 33", "--email",
    "info@romashka.ru", NULL);
  cJSON *json;
  cJSON *phones;

  ofc_assert_cli_ok (result);
  json = ofc_cli_test_json (result);
  ck_assert (ofc_uuid_parse (cJSON_GetObjectItem (json, "id")->valuestring, NULL));
  ck_assert_str_eq (cJSON_GetObjectItem (json, "name")->valuestring, "ООО «Ромашка»");
  ck_assert_str_eq (cJSON_GetObjectItem (json, "kind")->valuestring, "company");
  ck_assert_str_eq (cJSON_GetObjectItem (json, "inn")->valuestring, "7707083893");
  phones = cJSON_GetObjectItem (json, "phones");
  ck_assert_int_eq (cJSON_GetArraySize (phones), 2);
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (phones, 0), "digits")->valuestring,
                    "79261234567");
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (phones, 1), "digits")->valuestring,
                    "74951112233");
  ck_assert_int_eq (strlen (cJSON_GetObjectItem (json, "card_code")->valuestring), 13);
  cJSON_Delete (json);
}
END_TEST

START_TEST (test_search_forms)
{
  g_autofree char *ivanov = add_client ("Иванов Иван Петрович", "+7 (926) 123-45-67");
  g_autofree char *smith = add_client ("John Smith", "+44 20 7946 0958");

  ck_assert_int_eq (count_matches ("926 123"), 1);
  ck_assert_int_eq (count_matches ("+7 (926) 123-45-67"), 1);
  ck_assert_int_eq (count_matches ("89261234567"), 1);
  ck_assert_int_eq (count_matches ("иванов"), 1);
  ck_assert_int_eq (count_matches ("ИВАН петр"), 1);
  ck_assert_int_eq (count_matches ("smi"), 1);
  ck_assert_int_eq (count_matches ("\"smith*"), 1);
  ck_assert_int_eq (count_matches ("сидоров"), 0);
}
END_TEST

START_TEST (test_show_edit_history)
{
  g_autofree char *id = add_client ("Петрова Анна", "9031234567");
  g_autoptr(OfcCliResult) edit = ofc_cli_test_run (database, "--json", "client", "edit", id,
                                                   "--email", "anna@example.com", "--add-tag",
                                                   "vip", "--discount-works", "7.5", NULL);
  g_autoptr(OfcCliResult) show = ofc_cli_test_run (database, "client", "show", id, NULL);
  g_autoptr(OfcCliResult) history = ofc_cli_test_run (database, "--json", "client", "history",
                                                      id, NULL);
  cJSON *json;

  ofc_assert_cli_ok (edit);
  json = ofc_cli_test_json (edit);
  ck_assert_str_eq (cJSON_GetObjectItem (json, "email")->valuestring, "anna@example.com");
  ck_assert_double_eq (cJSON_GetObjectItem (cJSON_GetObjectItem (json, "discounts"), "works")
                         ->valuedouble,
                       7.5);
  cJSON_Delete (json);

  ofc_assert_cli_ok (show);
  ck_assert (strstr (show->out, "anna@example.com") != NULL);

  ofc_assert_cli_ok (history);
  json = ofc_cli_test_json (history);
  ck_assert_int_eq (cJSON_GetArraySize (json), 2);
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 1), "operation")->valuestring,
                    "update");
  cJSON_Delete (json);
}
END_TEST

START_TEST (test_archive_hides)
{
  g_autofree char *id = add_client ("Сидоров Олег", "9161112233");
  g_autoptr(OfcCliResult) archive = ofc_cli_test_run (database, "client", "archive", id, NULL);
  g_autoptr(OfcCliResult) archived = NULL;
  g_autoptr(OfcCliResult) restore = NULL;

  ofc_assert_cli_ok (archive);
  ck_assert_int_eq (count_matches ("сидоров"), 0);
  archived = ofc_cli_test_run (database, "--json", "client", "search", "--archived", "сидоров",
                               NULL);
  ofc_assert_cli_ok (archived);
  ck_assert (strstr (archived->out, id) != NULL);
  restore = ofc_cli_test_run (database, "client", "restore", id, NULL);
  ofc_assert_cli_ok (restore);
  ck_assert_int_eq (count_matches ("сидоров"), 1);
}
END_TEST

START_TEST (test_bad_input_changes_nothing)
{
  g_autofree char *id = add_client ("Кузнецов Пётр", "9031112233");
  g_autofree char *long_name = g_strnfill (201, 'x');
  const char *const bad[][8] = {
    { "client", "add", "--name", "A", "--phone", "12ab34", NULL },
    { "client", "add", "--name", "A", "--email", "not-an-address", NULL },
    { "client", "add", "--name", long_name, NULL },
    { "client", "add", "--name", "Bad\x01name", NULL },
    { "client", "add", "--name", "A", "--company", "--inn", "7707083894", NULL },
    { "client", "edit", id, "--birthday", "2031-02-30", NULL },
    { "client", "edit", id, "--discount-goods", "150", NULL },
    { "client", "show", "no-such-id", NULL },
  };
  g_autoptr(OfcCliResult) before = ofc_cli_test_run (database, "--json", "client", "list",
                                                     "--archived", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(OfcCliResult) result = ofc_cli_test_run_argv (database, (const char **) bad[i]);
      g_autoptr(OfcCliResult) after = NULL;

      ofc_assert_cli_failed (result);
      after = ofc_cli_test_run (database, "--json", "client", "list", "--archived", NULL);
      ck_assert_str_eq (before->out, after->out);
    }
}
END_TEST

START_TEST (test_usage_errors)
{
  g_autoptr(OfcCliResult) no_name = ofc_cli_test_run (database, "client", "add", NULL);
  g_autoptr(OfcCliResult) no_verb = ofc_cli_test_run (database, "client", NULL);
  g_autoptr(OfcCliResult) no_query = ofc_cli_test_run (database, "client", "search", NULL);

  ofc_assert_cli_failed (no_name);
  ck_assert_int_eq (no_name->status, 2);
  ofc_assert_cli_failed (no_verb);
  ofc_assert_cli_failed (no_query);
}
END_TEST

START_TEST (test_demo_orders)
{
  g_autoptr(OfcCliResult) none = ofc_cli_test_run (database, "demo", "--orders", "10", NULL);
  g_autoptr(OfcCliResult) both = NULL;
  g_autoptr(OfcCliResult) list = NULL;
  cJSON *json;

  /* orders need clients to belong to */
  ofc_assert_cli_failed (none);
  both = ofc_cli_test_run (database, "--json", "demo", "--clients", "50", "--orders", "120",
                           NULL);
  ofc_assert_cli_ok (both);
  json = ofc_cli_test_json (both);
  ck_assert_int_eq (cJSON_GetObjectItem (json, "orders")->valueint, 120);
  cJSON_Delete (json);
  list = ofc_cli_test_run (database, "--json", "order", "list", "--limit", "500", NULL);
  ofc_assert_cli_ok (list);
  json = ofc_cli_test_json (list);
  ck_assert_int_gt (cJSON_GetArraySize (json), 0);
  cJSON_Delete (json);
}
END_TEST

START_TEST (test_demo_reproducible)
{
  g_autofree char *other = g_build_filename (folder, "other.db", NULL);
  g_autoptr(OfcCliResult) first = ofc_cli_test_run (database, "demo", "--clients", "300",
                                                    "--seed", "42", NULL);
  g_autoptr(OfcCliResult) second = ofc_cli_test_run (other, "--json", "demo", "--clients", "300",
                                                     "--seed", "42", NULL);
  g_autoptr(OfcCliResult) list_first = NULL;
  g_autoptr(OfcCliResult) list_second = NULL;
  cJSON *a, *b;

  ofc_assert_cli_ok (first);
  ofc_assert_cli_ok (second);
  list_first = ofc_cli_test_run (database, "--json", "client", "list", "--limit", "300", NULL);
  list_second = ofc_cli_test_run (other, "--json", "client", "list", "--limit", "300", NULL);
  a = ofc_cli_test_json (list_first);
  b = ofc_cli_test_json (list_second);
  ck_assert_int_eq (cJSON_GetArraySize (a), 300);
  for (int i = 0; i < 300; i++)
    ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (a, i), "name")->valuestring,
                      cJSON_GetObjectItem (cJSON_GetArrayItem (b, i), "name")->valuestring);
  cJSON_Delete (a);
  cJSON_Delete (b);
}
END_TEST

static Suite *
cli_client_suite (void)
{
  Suite *suite = suite_create ("cli-client");
  TCase *client = tcase_create ("client");

  tcase_add_checked_fixture (client, setup, teardown);
  tcase_add_test (client, test_add_prints_the_client);
  tcase_add_test (client, test_search_forms);
  tcase_add_test (client, test_show_edit_history);
  tcase_add_test (client, test_archive_hides);
  tcase_add_test (client, test_bad_input_changes_nothing);
  tcase_add_test (client, test_usage_errors);
  tcase_add_test (client, test_demo_reproducible);
  tcase_add_test (client, test_demo_orders);
  suite_add_tcase (suite, client);
  return suite;
}

int
main (void)
{
  return ofc_test_run (cli_client_suite ());
}
