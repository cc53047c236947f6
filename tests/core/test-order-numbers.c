/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order numbers: two processes taking devices in on one database at once never get the
 * same number and leave no gaps; a rolled-back intake gives its number back. And the work
 * intakes leave to the background upkeep: checkpoints and search-index merges.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ofc-test-orders.h"
#include "ofc-test.h"

#define PER_PROCESS 300

static char *folder;
static char *path;
static OfcUuid client_id;

static void
setup (void)
{
  g_autoptr (OfcDatabase) database = NULL;
  g_autoptr (OfcContext) context = NULL;

  folder = ofc_test_make_tmpdir ();
  path = g_build_filename (folder, "officina.db", NULL);
  database = ofc_test_open_database (folder, NULL);
  context = ofc_context_new (database);
  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 0, &client_id);
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&path, g_free);
}

/* in a child process: its own connection, PER_PROCESS orders, one transaction each */
static int
take_orders_in (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database =
      ofc_database_open_full (path, OFC_DATABASE_OPEN_NO_CREATE, 60000, &error);
  g_autoptr (OfcContext) context = NULL;

  if (database == NULL)
    return 10;
  context = ofc_context_new (database);
  for (int i = 0; i < PER_PROCESS; i++)
    {
      g_autoptr (OfcOrder) order = ofc_order_new ();

      ofc_order_set_client_id (order, &client_id);
      ofc_order_set_brand (order, "Apple");
      ofc_order_set_model (order, "iPhone");
      if (!ofc_order_save (context, order, &error))
        {
          g_printerr ("child %d: %s\n", getpid (), error->message);
          return 11;
        }
    }
  return 0;
}

static pid_t
spawn_writer (void)
{
  pid_t child = fork ();

  if (child == 0)
    _exit (take_orders_in ());
  ck_assert_int_gt (child, 0);
  return child;
}

static gint64
query (OfcDatabase *database, const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

START_TEST (test_two_processes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = NULL;
  pid_t children[2];

  children[0] = spawn_writer ();
  children[1] = spawn_writer ();
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int status = 0;

      ck_assert_int_eq (waitpid (children[i], &status, 0), children[i]);
      ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 0, "writer %u: status %d", i,
                     WEXITSTATUS (status));
    }
  database = ofc_database_open (path, OFC_DATABASE_OPEN_NO_CREATE, &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (query (database, "SELECT count(*) FROM repair_order"), 2 * PER_PROCESS);
  ck_assert_int_eq (query (database, "SELECT count(DISTINCT number) FROM repair_order"),
                    2 * PER_PROCESS);
  /* no gaps: 1 … 600 */
  ck_assert_int_eq (query (database, "SELECT min(seq) FROM repair_order"), 1);
  ck_assert_int_eq (query (database, "SELECT max(seq) FROM repair_order"), 2 * PER_PROCESS);
  ck_assert_int_eq (query (database, "SELECT last FROM number_series WHERE series = 'order:A'"),
                    2 * PER_PROCESS);
  ck_assert_int_eq (query (database, "SELECT count(*) FROM journal WHERE entity = 'order'"),
                    2 * PER_PROCESS);
}
END_TEST

START_TEST (test_rollback_gives_number_back)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autoptr (OfcContext) context = ofc_context_new (database);
  g_autoptr (OfcOrder) kept = NULL;
  OfcTransaction *transaction = ofc_database_begin (database, &error);
  OfcOrder *lost = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");

  ck_assert_str_eq (ofc_order_get_number (lost), "A-000001");
  g_object_unref (lost);
  ofc_transaction_free (transaction); /* rolled back */
  kept = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  ck_assert_str_eq (ofc_order_get_number (kept), "A-000001");
}
END_TEST

static gint64
file_size (const char *file)
{
  GStatBuf info;

  return g_stat (file, &info) == 0 ? (gint64) info.st_size : -1;
}

/* commits leave checkpoints to the background thread, which still copies the log back */
START_TEST (test_background_checkpoint)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autoptr (OfcContext) context = ofc_context_new (database);
  gint64 before, deadline;

  ck_assert (ofc_database_exec (database, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  before = file_size (path);
  ck_assert (ofc_database_start_upkeep (database, &error));
  ofc_assert_no_error (error);
  for (int i = 0; i < 400; i++)
    g_object_unref (ofc_test_create_order (context, &client_id, "Apple", "iPhone", "SN"));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (file_size (path) <= before && g_get_monotonic_time () < deadline)
    g_usleep (10000);
  ck_assert_int_gt (file_size (path), before);
  ofc_database_stop_upkeep (database);
  ck_assert_int_eq (query (database, "SELECT count(*) FROM repair_order"), 400);
}
END_TEST

static gint64
count_segments (OfcDatabase *database)
{
  return query (database, "SELECT count(DISTINCT segid) FROM repair_order_fts_idx");
}

/* @n orders with the serials "SN00" …, one commit each */
static void
create_orders (OfcContext *context, int first, int n)
{
  for (int i = first; i < first + n; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN%02d", i);

      g_object_unref (ofc_test_create_order (context, &client_id, "Apple", "iPhone", serial));
    }
}

/* each of the @n orders is found by its serial, and only it */
static void
assert_found_by_serial (OfcContext *context, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
      g_autoptr (GListModel) found = NULL;
      g_autoptr (OfcOrder) order = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *serial = g_strdup_printf ("SN%02d", i);

      filter->search = g_strdup (serial);
      found = ofc_order_search (context, filter, 10, &error);
      ofc_assert_no_error (error);
      ck_assert_uint_eq (g_list_model_get_n_items (found), 1);
      order = g_list_model_get_item (found, 0);
      ck_assert_str_eq (ofc_order_get_serial (order), serial);
    }
}

/* commits only add index segments; merging them is a separate, explicit step */
START_TEST (test_merge_search_indexes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autoptr (OfcContext) context = ofc_context_new (database);

  ck_assert_int_eq (query (database, "SELECT v FROM repair_order_fts_config WHERE k = 'automerge'"),
                    0);
  ck_assert_int_eq (query (database, "SELECT v FROM client_fts_config WHERE k = 'automerge'"), 0);
  create_orders (context, 0, 12);
  ck_assert_int_ge (count_segments (database), 12);
  ck_assert (ofc_database_merge_search_indexes (database, &error));
  ofc_assert_no_error (error);
  ck_assert_int_le (count_segments (database), 3);
  assert_found_by_serial (context, 12);
}
END_TEST

/* the upkeep merges from the main loop after a commit, once the writer is quiet */
START_TEST (test_upkeep_merges_search)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autoptr (OfcContext) context = ofc_context_new (database);
  gint64 deadline;

  create_orders (context, 0, 12);
  ck_assert_int_ge (count_segments (database), 12);
  ck_assert (ofc_database_start_upkeep (database, &error));
  ofc_assert_no_error (error);
  create_orders (context, 12, 1);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (count_segments (database) > 3 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  ck_assert_int_le (count_segments (database), 3);
  ofc_database_stop_upkeep (database);
  assert_found_by_serial (context, 13);
}
END_TEST

static Suite *
numbers_suite (void)
{
  Suite *suite = suite_create ("order-numbers");
  TCase *numbers = tcase_create ("numbers");

  tcase_add_checked_fixture (numbers, setup, teardown);
  tcase_set_timeout (numbers, 120);
  tcase_add_test (numbers, test_two_processes);
  tcase_add_test (numbers, test_rollback_gives_number_back);
  tcase_add_test (numbers, test_background_checkpoint);
  tcase_add_test (numbers, test_merge_search_indexes);
  tcase_add_test (numbers, test_upkeep_merges_search);
  suite_add_tcase (suite, numbers);
  return suite;
}

int
main (void)
{
  return ofc_test_run (numbers_suite ());
}
