/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli's order, status, employee, service and location commands, run as a program
 * on a temporary database: JSON output, exit statuses and one-line errors; and a client's
 * orders in "client show" and "order list --client".
 */
#include "config.h"

#include <cjson/cJSON.h>

#include "ofc-test-orders.h"
#include "ofc-test.h"

#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define T0      ((gint64) 1767225600 * G_USEC_PER_SEC) /* 2026-01-01 00:00 UTC */

static char *folder;
static char *path;
static char client_id[OFC_UUID_STRING_LEN + 1];

typedef struct
{
  int status;
  char *out;
  char *err;
  cJSON *json;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  cJSON_Delete (run->json);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
setup (void)
{
  g_autoptr (OfcDatabase) database = NULL;
  g_autoptr (OfcContext) context = NULL;
  OfcUuid id;

  folder = ofc_test_make_tmpdir ();
  path = g_build_filename (folder, "officina.db", NULL);
  database = ofc_test_open_database (folder, NULL);
  context = ofc_context_new (database);
  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 750, &id);
  ofc_uuid_to_string (&id, client_id);
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&path, g_free);
}

/* runs officina-cli --db PATH [--json] ARGS…; parses stdout as JSON when it succeeded */
static void
run_va (Run *run, gboolean json, const char *first, va_list args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("OFC_TEST_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, path);
  if (json)
    g_ptr_array_add (argv, "--json");
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);
  ck_assert_msg (g_getenv ("OFC_TEST_CLI") != NULL, "OFC_TEST_CLI is not set");
  ck_assert (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                           &run->out, &run->err, &run->status, &error));
  ofc_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
  run->json = run->status == 0 && json ? cJSON_Parse (run->out) : NULL;
}

static void
run_cli (Run *run, const char *first, ...)
{
  va_list args;

  va_start (args, first);
  run_va (run, TRUE, first, args);
  va_end (args);
}

/* the same without --json: what a person reads */
static void
run_cli_text (Run *run, const char *first, ...)
{
  va_list args;

  va_start (args, first);
  run_va (run, FALSE, first, args);
  va_end (args);
}

static void
assert_ok (Run *run)
{
  ck_assert_msg (run->status == 0, "exit %d: %s", run->status, run->err);
  ck_assert_msg (run->json != NULL, "not JSON: %s", run->out);
}

/* a failure: the status, and exactly one line on stderr naming @part */
static void
assert_fails (Run *run, int status, const char *part)
{
  ck_assert_msg (run->status == status, "exit %d, expected %d: %s", run->status, status, run->err);
  ck_assert_msg (g_str_has_prefix (run->err, "officina-cli: "), "stderr: %s", run->err);
  ck_assert_msg (strchr (run->err, '\n') == run->err + strlen (run->err) - 1, "not one line: %s",
                 run->err);
  ck_assert_msg (strstr (run->err, part) != NULL, "“%s” not in: %s", part, run->err);
}

static const char *
json_text (cJSON *object, const char *name)
{
  cJSON *item = cJSON_GetObjectItemCaseSensitive (object, name);

  ck_assert_msg (cJSON_IsString (item), "no text “%s”", name);
  return item->valuestring;
}

static void
create_order (const char *serial)
{
  g_auto (Run) run = { 0 };

  run_cli (&run, "order", "create", "--client", client_id, "--device-type", "Smartphone", "--brand",
           "Apple", "--model", "iPhone 12", "--serial", serial, "--malfunction", "Broken screen",
           "--urgent", "--deadline", "2030-01-31", "--estimate", "3500", NULL);
  assert_ok (&run);
}

START_TEST (test_create)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) again = { 0 };
  cJSON *warnings;

  run_cli (&run, "order", "create", "--client", client_id, "--device-type", "Smartphone", "--brand",
           "Apple", "--model", "iPhone 12", "--serial", "490154203237519", "--malfunction",
           "Broken screen", "--urgent", "--estimate", "3 500,50", NULL);
  assert_ok (&run);
  ck_assert_str_eq (json_text (run.json, "number"), "A-000001");
  ck_assert_str_eq (json_text (run.json, "status"), "New");
  ck_assert (ofc_uuid_parse (json_text (run.json, "id"), &(OfcUuid){ 0 }));
  ck_assert (cJSON_IsTrue (cJSON_GetObjectItem (run.json, "urgent")));
  ck_assert_str_eq (json_text (cJSON_GetObjectItem (run.json, "estimate"), "amount"), "3500.50");
  warnings = cJSON_GetObjectItem (run.json, "warnings");
  ck_assert_int_eq (cJSON_GetArraySize (warnings), 1); /* a wrong IMEI check digit */
  run_cli (&again, "order", "create", "--client", client_id, "--device-type", "Smartphone",
           "--brand", "Apple", "--model", "iPhone 12", "--malfunction", "No sound", NULL);
  assert_ok (&again);
  ck_assert_str_eq (json_text (again.json, "number"), "A-000002");
}
END_TEST

START_TEST (test_create_refused)
{
  g_auto (Run) missing = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) long_text = { 0 };
  g_auto (Run) bad_date = { 0 };
  g_autofree char *too_long = g_strnfill (600, 'x');

  run_cli (&missing, "order", "create", "--brand", "Apple", NULL);
  assert_fails (&missing, 2, "--client");
  run_cli (&unknown, "order", "create", "--client", "01900000-0000-7000-8000-000000000001",
           "--device-type", "Phone", "--brand", "A", "--model", "B", "--malfunction", "C", NULL);
  assert_fails (&unknown, 1, "client");
  run_cli (&long_text, "order", "create", "--client", client_id, "--device-type", "Phone",
           "--brand", "A", "--model", "B", "--malfunction", too_long, NULL);
  assert_fails (&long_text, 1, "Malfunction");
  run_cli (&bad_date, "order", "create", "--client", client_id, "--device-type", "Phone", "--brand",
           "A", "--model", "B", "--malfunction", "C", "--deadline", "tomorrow", NULL);
  assert_fails (&bad_date, 1, "tomorrow");
}
END_TEST

START_TEST (test_show_search_list)
{
  g_auto (Run) show = { 0 };
  g_auto (Run) search = { 0 };
  g_auto (Run) by_phone = { 0 };
  g_auto (Run) urgent = { 0 };
  g_auto (Run) missing = { 0 };

  create_order ("SN-1");
  create_order ("SN-2");
  run_cli (&show, "order", "show", "2", NULL);
  assert_ok (&show);
  ck_assert_str_eq (json_text (show.json, "serial"), "SN-2");
  ck_assert_str_eq (json_text (cJSON_GetObjectItem (show.json, "client"), "name"), "Петров Пётр");
  run_cli (&search, "order", "search", "A-000001", NULL);
  assert_ok (&search);
  ck_assert_int_eq (cJSON_GetArraySize (search.json), 1);
  run_cli (&by_phone, "order", "search", "+7 903 111-22-33", NULL);
  assert_ok (&by_phone);
  ck_assert_int_eq (cJSON_GetArraySize (by_phone.json), 2);
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (by_phone.json, 0), "number"), "A-000002");
  run_cli (&urgent, "order", "list", "--urgent", "--status", "new", NULL);
  assert_ok (&urgent);
  ck_assert_int_eq (cJSON_GetArraySize (urgent.json), 2);
  run_cli (&missing, "order", "show", "A-000009", NULL);
  assert_fails (&missing, 1, "A-000009");
}
END_TEST

/* the text list's columns count characters: the device starts at the same place after a
 * Cyrillic client name ("Петров Пётр", 11 characters in 20 bytes) as the header says */
START_TEST (test_list_columns_line_up)
{
  g_auto (Run) list = { 0 };
  g_auto (GStrv) lines = NULL;
  guint n = 0;

  create_order ("SN-1");
  create_order ("SN-2");
  run_cli_text (&list, "order", "list", NULL);
  ck_assert_msg (list.status == 0, "exit %d: %s", list.status, list.err);
  lines = g_strsplit (list.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *device = strstr (lines[i], "Smartphone Apple iPhone 12");

      if (device == NULL)
        continue;
      n++;
      /* number 10, taken in 16, status 18, client 28, a space after each */
      ck_assert_int_eq (g_utf8_pointer_to_offset (lines[i], device), 10 + 16 + 18 + 28 + 4);
      ck_assert (strstr (lines[i], "Петров Пётр") != NULL);
    }
  ck_assert_uint_eq (n, 2);
}
END_TEST

START_TEST (test_status_works_history)
{
  g_auto (Run) refused = { 0 };
  g_auto (Run) moved = { 0 };
  g_auto (Run) work = { 0 };
  g_auto (Run) no_verdict = { 0 };
  g_auto (Run) closed = { 0 };
  g_auto (Run) comment = { 0 };
  g_auto (Run) history = { 0 };
  cJSON *totals;

  create_order ("SN-1");
  run_cli (&refused, "order", "status", "A-000001", "ready", NULL);
  assert_fails (&refused, 1, "“Ready”");
  run_cli (&moved, "order", "status", "A-000001", "Diagnostics", NULL);
  assert_ok (&moved);
  ck_assert_str_eq (json_text (moved.json, "status"), "Diagnostics");
  run_cli (&work, "order", "add-work", "1", "--service", "Screen replacement", "--qty", "3",
           "--price", "333.33", NULL);
  assert_ok (&work);
  totals = cJSON_GetObjectItem (work.json, "totals");
  /* 3 × 333.33 = 999.99; 7.5 % of it is 74.99925, half up 75.00 */
  ck_assert_str_eq (json_text (cJSON_GetObjectItem (totals, "works_discount"), "amount"), "75.00");
  ck_assert_str_eq (json_text (cJSON_GetObjectItem (totals, "total"), "amount"), "924.99");
  run_cli (&no_verdict, "order", "status", "1", "refused", NULL);
  assert_fails (&no_verdict, 1, "verdict");
  run_cli (&closed, "order", "status", "1", "refused", "--verdict", "Client refused", NULL);
  assert_ok (&closed);
  ck_assert_str_eq (json_text (closed.json, "status_group"), "closed-failure");
  run_cli (&comment, "order", "comment", "1", "Called the client", NULL);
  assert_ok (&comment);
  run_cli (&history, "order", "history", "1", NULL);
  assert_ok (&history);
  ck_assert_int_eq (cJSON_GetArraySize (history.json), 6);
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (history.json, 1), "operation"), "status");
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (history.json, 5), "operation"), "comment");
}
END_TEST

START_TEST (test_reference_nouns)
{
  g_auto (Run) status = { 0 };
  g_auto (Run) statuses = { 0 };
  g_auto (Run) employee = { 0 };
  g_auto (Run) employees = { 0 };
  g_auto (Run) service = { 0 };
  g_auto (Run) services = { 0 };
  g_auto (Run) location = { 0 };
  g_auto (Run) locations = { 0 };
  g_auto (Run) bad_group = { 0 };

  run_cli (&status, "status", "add", "Waiting for the client", "--group", "waiting", "--color",
           "#f6d32d", "--norm", "72", "--from", "diagnostics", "--next", "in-repair,refused", NULL);
  assert_ok (&status);
  ck_assert_int_eq (cJSON_GetArraySize (cJSON_GetObjectItem (status.json, "next")), 2);
  run_cli (&statuses, "status", "list", NULL);
  assert_ok (&statuses);
  ck_assert_int_eq (cJSON_GetArraySize (statuses.json), 8);
  run_cli (&bad_group, "status", "add", "X", "--group", "done", NULL);
  assert_fails (&bad_group, 1, "done");
  run_cli (&employee, "employee", "add", "Сидоров Сергей", "--roles", "technician",
           "--works-percent", "30", "--daily-rate", "1000", NULL);
  assert_ok (&employee);
  ck_assert_int_eq ((int) cJSON_GetObjectItem (employee.json, "works_percent")->valuedouble, 30);
  run_cli (&employees, "employee", "list", NULL);
  assert_ok (&employees);
  ck_assert_int_eq (cJSON_GetArraySize (employees.json), 2);
  run_cli (&service, "service", "add", "Camera replacement", "--price", "2200", "--warranty", "90",
           "--category", "Phones", NULL);
  assert_ok (&service);
  run_cli (&services, "service", "list", NULL);
  assert_ok (&services);
  ck_assert_int_eq (cJSON_GetArraySize (services.json), 11);
  run_cli (&location, "location", "add", "Branch", "--prefix", "B", NULL);
  assert_ok (&location);
  ck_assert (cJSON_IsFalse (cJSON_GetObjectItem (location.json, "default")));
  run_cli (&locations, "location", "list", NULL);
  assert_ok (&locations);
  ck_assert_int_eq (cJSON_GetArraySize (locations.json), 2);
}
END_TEST

START_TEST (test_executor_and_location)
{
  g_auto (Run) employee = { 0 };
  g_auto (Run) location = { 0 };
  g_auto (Run) order = { 0 };

  run_cli (&employee, "employee", "add", "Tech", "--roles", "technician", NULL);
  assert_ok (&employee);
  run_cli (&location, "location", "add", "Branch", "--prefix", "B", NULL);
  assert_ok (&location);
  run_cli (&order, "order", "create", "--client", client_id, "--device-type", "Laptop", "--brand",
           "Lenovo", "--model", "T14", "--malfunction", "Overheats", "--executor",
           json_text (employee.json, "id"), "--location", "B", NULL);
  assert_ok (&order);
  ck_assert_str_eq (json_text (order.json, "number"), "B-000001");
  ck_assert_str_eq (json_text (cJSON_GetObjectItem (order.json, "executor"), "name"), "Tech");
}
END_TEST

/*
 * A client's orders
 */

/* through the core with a fixed clock, so times are exact: the setup's client gets a refused
 * order at T0 and one in diagnostics at T0 + 2 h, another client one at T0 + 3 h, and a
 * third client none; returns the ids of the other two and of the newest order */
static void
add_client_orders (char *other_id, char *no_orders_id, OfcUuid *last_id)
{
  OfcTestClock clock = { T0 };
  g_autoptr (OfcDatabase) database = ofc_test_open_database (folder, &clock);
  g_autoptr (OfcContext) context = ofc_context_new (database);
  g_autoptr (OfcOrderStatus) refused = ofc_test_status (context, "refused");
  g_autoptr (OfcOrderStatus) diagnostics = ofc_test_status (context, "diagnostics");
  g_autoptr (OfcOrder) first = NULL, last = NULL, theirs = NULL;
  OfcUuid id, other, nobody;

  ck_assert (ofc_uuid_parse (client_id, &id));
  ofc_test_insert_client (database, "Сидорова Анна", "79164445566", 0, &other);
  ofc_test_insert_client (database, "Орлов Олег", "79167778899", 0, &nobody);
  first = ofc_test_create_order (context, &id, "Samsung", "Galaxy A52", "");
  ofc_order_set_verdict (first, "Not worth repairing");
  ck_assert (ofc_order_change_status (context, first, ofc_order_status_get_id (refused), NULL));
  clock.now_us = T0 + 2 * HOUR_US;
  last = ofc_test_create_order (context, &id, "Xiaomi", "Redmi Note 8", "");
  ck_assert (ofc_order_change_status (context, last, ofc_order_status_get_id (diagnostics), NULL));
  clock.now_us = T0 + 3 * HOUR_US;
  theirs = ofc_test_create_order (context, &other, "Apple", "iPad", "");
  ofc_uuid_to_string (&other, other_id);
  ofc_uuid_to_string (&nobody, no_orders_id);
  *last_id = *ofc_order_get_id (last);
}

START_TEST (test_client_show_orders)
{
  char other_id[OFC_UUID_STRING_LEN + 1], no_orders_id[OFC_UUID_STRING_LEN + 1];
  g_auto (Run) show = { 0 };
  g_auto (Run) text = { 0 };
  g_auto (Run) none = { 0 };
  g_autofree char *last_line = NULL;
  cJSON *orders, *last;
  OfcUuid last_id, shown_id;

  add_client_orders (other_id, no_orders_id, &last_id);
  run_cli (&show, "client", "show", client_id, NULL);
  assert_ok (&show);
  ck_assert_str_eq (json_text (show.json, "name"), "Петров Пётр");
  orders = cJSON_GetObjectItem (show.json, "orders");
  ck_assert_int_eq ((int) cJSON_GetObjectItem (orders, "total")->valuedouble, 2);
  ck_assert_int_eq ((int) cJSON_GetObjectItem (orders, "open")->valuedouble, 1);
  last = cJSON_GetObjectItem (orders, "last");
  ck_assert (ofc_uuid_parse (json_text (last, "id"), &shown_id));
  ck_assert (ofc_uuid_equal (&shown_id, &last_id));
  ck_assert_str_eq (json_text (last, "number"), "A-000002");
  ck_assert_str_eq (json_text (last, "created_at"), "2026-01-01T02:00:00Z");
  ck_assert_str_eq (json_text (last, "device"), "Xiaomi Redmi Note 8");
  ck_assert_str_eq (json_text (last, "status"), "Diagnostics");

  /* the same for a person, in local time (the tests run in UTC) */
  run_cli_text (&text, "client", "show", client_id, NULL);
  ck_assert_msg (text.status == 0, "exit %d: %s", text.status, text.err);
  ck_assert_msg (strstr (text.out, "Orders:                2\n"), "%s", text.out);
  ck_assert_msg (strstr (text.out, "Open orders:           1\n"), "%s", text.out);
  last_line = g_strdup_printf (
      "%-22s %s\n", "Last order:", "A-000002, 2026-01-01 02:00, Xiaomi Redmi Note 8, Diagnostics");
  ck_assert_msg (strstr (text.out, last_line), "%s", text.out);

  /* a client without orders: zero, and no newest order */
  run_cli (&none, "client", "show", no_orders_id, NULL);
  assert_ok (&none);
  orders = cJSON_GetObjectItem (none.json, "orders");
  ck_assert_int_eq ((int) cJSON_GetObjectItem (orders, "total")->valuedouble, 0);
  ck_assert_int_eq ((int) cJSON_GetObjectItem (orders, "open")->valuedouble, 0);
  ck_assert (cJSON_IsNull (cJSON_GetObjectItem (orders, "last")));
}
END_TEST

START_TEST (test_list_by_client)
{
  char other_id[OFC_UUID_STRING_LEN + 1], no_orders_id[OFC_UUID_STRING_LEN + 1];
  g_auto (Run) mine = { 0 };
  g_auto (Run) theirs = { 0 };
  g_auto (Run) nobody = { 0 };
  g_auto (Run) open = { 0 };
  g_auto (Run) bad = { 0 };
  OfcUuid last_id;

  add_client_orders (other_id, no_orders_id, &last_id);
  run_cli (&mine, "order", "list", "--client", client_id, NULL);
  assert_ok (&mine);
  ck_assert_int_eq (cJSON_GetArraySize (mine.json), 2);
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (mine.json, 0), "number"), "A-000002");
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (mine.json, 1), "number"), "A-000001");
  run_cli (&theirs, "order", "list", "--client", other_id, NULL);
  assert_ok (&theirs);
  ck_assert_int_eq (cJSON_GetArraySize (theirs.json), 1);
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (theirs.json, 0), "number"), "A-000003");
  run_cli (&nobody, "order", "list", "--client", no_orders_id, NULL);
  assert_ok (&nobody);
  ck_assert_int_eq (cJSON_GetArraySize (nobody.json), 0);
  /* with the other filters */
  run_cli (&open, "order", "list", "--client", client_id, "--group", "open", NULL);
  assert_ok (&open);
  ck_assert_int_eq (cJSON_GetArraySize (open.json), 1);
  ck_assert_str_eq (json_text (cJSON_GetArrayItem (open.json, 0), "number"), "A-000002");
  run_cli (&bad, "order", "list", "--client", "Петров", NULL);
  assert_fails (&bad, 1, "--client needs a client id, not “Петров”");
}
END_TEST

static Suite *
cli_suite (void)
{
  Suite *suite = suite_create ("cli-orders");
  TCase *orders = tcase_create ("orders");
  TCase *reference = tcase_create ("reference");
  TCase *client = tcase_create ("client");

  tcase_add_checked_fixture (orders, setup, teardown);
  tcase_add_test (orders, test_create);
  tcase_add_test (orders, test_create_refused);
  tcase_add_test (orders, test_show_search_list);
  tcase_add_test (orders, test_list_columns_line_up);
  tcase_add_test (orders, test_status_works_history);
  tcase_add_checked_fixture (reference, setup, teardown);
  tcase_add_test (reference, test_reference_nouns);
  tcase_add_test (reference, test_executor_and_location);
  suite_add_tcase (suite, orders);
  suite_add_tcase (suite, reference);
  tcase_add_checked_fixture (client, setup, teardown);
  tcase_add_test (client, test_client_show_orders);
  tcase_add_test (client, test_list_by_client);
  suite_add_tcase (suite, client);
  return suite;
}

int
main (void)
{
  return ofc_test_run (cli_suite ());
}
