/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Demo orders: made only for existing clients, moved only along allowed transitions with
 * their history, closed ones with a verdict, the same seed giving the same orders.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

#define N_ORDERS 300

static char *folder;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static OfcDatabase *
open_with_clients (const char *name, guint n_clients)
{
  g_autofree char *sub = g_build_filename (folder, name, NULL);
  OfcDatabase *database;
  g_autoptr (OfcContext) context = NULL;

  ck_assert_int_eq (g_mkdir_with_parents (sub, 0700), 0);
  database = ofc_test_open_database (sub, NULL);
  context = ofc_context_new (database);
  for (guint i = 0; i < n_clients; i++)
    {
      g_autofree char *client = g_strdup_printf ("Клиент %u", i);
      g_autofree char *phone = g_strdup_printf ("7916%07u", i);
      OfcUuid id;

      ofc_test_insert_client (database, client, phone, i % 3 == 0 ? 500 : 0, &id);
    }
  return database;
}

static gint64
count (OfcDatabase *database, const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

static void
on_progress (guint done, guint total, gpointer user_data)
{
  *(guint *) user_data = done;
}

/* one line per order: what the seed decides */
static char *
fingerprint (OfcDatabase *database)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  statement =
      ofc_database_prepare (database,
                            "SELECT o.number, c.name, o.brand, o.model, o.serial,"
                            " s.code, o.estimate, o.urgent, (SELECT count(*) FROM order_work"
                            " WHERE order_id = o.id) FROM repair_order AS o"
                            " JOIN client AS c ON c.id = o.client_id"
                            " JOIN order_status AS s ON s.id = o.status_id ORDER BY o.seq",
                            NULL);
  while (ofc_statement_step (statement, NULL))
    for (int i = 0; i < 9; i++)
      g_string_append_printf (text, "%s%c", ofc_statement_get_text (statement, i),
                              i == 8 ? '\n' : '|');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

START_TEST (test_generate)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = open_with_clients ("a", 40);
  guint reported = 0;

  ck_assert (
      ofc_demo_generate_orders (database, N_ORDERS, 7, on_progress, &reported, NULL, &error));
  ofc_assert_no_error (error);
  ck_assert_uint_eq (reported, N_ORDERS);
  ck_assert_int_eq (count (database, "SELECT count(*) FROM repair_order"), N_ORDERS);
  ck_assert_int_eq (count (database, "SELECT max(seq) FROM repair_order"), N_ORDERS);
  /* every status change followed an allowed transition */
  ck_assert_int_eq (count (database,
                           "SELECT count(*) FROM journal AS j WHERE j.operation = 'status'"
                           " AND NOT EXISTS (SELECT 1 FROM order_status_transition AS t"
                           " WHERE lower(hex(t.from_id)) = replace(json_extract(j.changes,"
                           " '$.\"status-id\".oi'), '-', '') AND lower(hex(t.to_id)) ="
                           " replace(json_extract(j.changes, '$.\"status-id\".ni'), '-', ''))"),
                    0);
  ck_assert_int_gt (count (database, "SELECT count(*) FROM journal WHERE operation = 'status'"),
                    N_ORDERS);
  ck_assert_int_eq (count (database, "SELECT count(*) FROM repair_order WHERE status_group >= 4"
                                     " AND verdict = ''"),
                    0);
  /* three years of orders: most are closed, recent ones open */
  ck_assert_int_gt (count (database, "SELECT count(*) FROM repair_order WHERE status_group >= 4"),
                    N_ORDERS / 2);
  ck_assert_int_gt (count (database, "SELECT count(*) FROM order_work"), N_ORDERS / 2);
  ck_assert_int_eq (count (database, "SELECT count(*) FROM employee"), 8);
  ck_assert_int_eq (count (database, "SELECT count(*) FROM repair_order AS o WHERE NOT EXISTS"
                                     " (SELECT 1 FROM client AS c WHERE c.id = o.client_id)"),
                    0);
}
END_TEST

START_TEST (test_reproducible)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) first = open_with_clients ("a", 25);
  g_autoptr (OfcDatabase) second = open_with_clients ("b", 25);
  g_autoptr (OfcDatabase) other = open_with_clients ("c", 25);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  ck_assert (ofc_demo_generate_orders (first, 80, 1234, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_orders (second, 80, 1234, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_orders (other, 80, 99, NULL, NULL, NULL, &error));
  ofc_assert_no_error (error);
  a = fingerprint (first);
  b = fingerprint (second);
  c = fingerprint (other);
  ck_assert_str_eq (a, b);
  ck_assert_str_ne (a, c);
}
END_TEST

START_TEST (test_needs_clients)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = open_with_clients ("a", 0);

  ck_assert (!ofc_demo_generate_orders (database, 10, 1, NULL, NULL, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert (strstr (error->message, "clients") != NULL);
  ck_assert_int_eq (count (database, "SELECT count(*) FROM repair_order"), 0);
}
END_TEST

static Suite *
demo_suite (void)
{
  Suite *suite = suite_create ("demo-orders");
  TCase *demo = tcase_create ("demo");

  tcase_add_checked_fixture (demo, setup, teardown);
  tcase_add_test (demo, test_generate);
  tcase_add_test (demo, test_reproducible);
  tcase_add_test (demo, test_needs_clients);
  suite_add_tcase (suite, demo);
  return suite;
}

int
main (void)
{
  return ofc_test_run (demo_suite ());
}
