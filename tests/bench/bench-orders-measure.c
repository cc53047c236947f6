/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * bench-orders measure: order creation with synchronous=FULL, every search form, status
 * filters with the deadline sort, the lazy list's first screen, the header counts.
 * Prints percentiles in milliseconds.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <ofc-core.h>
#include <stdio.h>
#include <stdlib.h>

int bench_measure (const char *path, guint samples);
int bench_create (const char *path, guint n, guint pause_ms, gboolean background);

static int
compare_int64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *times, double p)
{
  guint index = (guint) (p * (times->len - 1) + 0.5);

  return g_array_index (times, gint64, index) / 1000.0;
}

static void
report (const char *what, GArray *times)
{
  g_array_sort (times, compare_int64);
  printf ("%-44s n=%-5u p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f ms\n", what, times->len,
          percentile (times, 0.5), percentile (times, 0.95), percentile (times, 0.99),
          g_array_index (times, gint64, times->len - 1) / 1000.0);
}

static void
check (gboolean ok, GError *error)
{
  if (ok)
    return;
  g_printerr ("bench-orders: %s\n", error != NULL ? error->message : "failed");
  exit (1);
}

/* a random row's column @sql selects with ?1 = a rowid */
static char *
random_text (OfcDatabase *database, const char *sql, gint64 max_rowid)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ofc_statement_bind_int64 (statement, 1, g_random_int_range (1, (gint32) max_rowid + 1));
  return ofc_statement_step (statement, NULL) ? ofc_statement_dup_text (statement, 0)
                                              : g_strdup ("");
}

static gint64
max_rowid (OfcDatabase *database, const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  return ofc_statement_step (statement, NULL) ? ofc_statement_get_int64 (statement, 0) : 1;
}

/* the baseline: one row inserted and committed, on the same disk with the same settings
 * (WAL, synchronous=FULL), timed in the same loop so both see the same idle disk */
static gint64
time_bare_insert (OfcDatabase *bare)
{
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (bare, &error);
  g_autoptr (OfcStatement) insert = NULL;

  check (transaction != NULL, error);
  insert = ofc_database_prepare (bare, "INSERT INTO bench_bare (v) VALUES (?1)", &error);
  check (insert != NULL, error);
  ofc_statement_bind_text (insert, 1, "one row");
  check (ofc_statement_exec (insert, &error), error);
  g_clear_pointer (&insert, ofc_statement_release);
  check (ofc_transaction_commit (transaction, &error), error);
  return g_get_monotonic_time () - start;
}

static OfcDatabase *
open_bare (OfcDatabase *database)
{
  g_autofree char *path = g_strconcat (ofc_database_get_path (database), ".bare.db", NULL);
  g_autoptr (GError) error = NULL;
  OfcDatabase *bare;

  /* a fresh file each series: a bare table, not an Officina database */
  for (const char *suffix = ""; suffix != NULL; suffix = *suffix == '\0' ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (path, suffix, NULL);

      g_unlink (file);
    }
  bare = ofc_database_open (path, OFC_DATABASE_OPEN_NO_MIGRATE, &error);

  check (bare != NULL, error);
  check (ofc_database_exec (bare, "CREATE TABLE IF NOT EXISTS bench_bare (n INTEGER PRIMARY KEY, v TEXT)",
                            &error),
         error);
  return bare;
}

/* the receiver types the client's phone and picks the first match, and the form shows the
 * client's earlier orders, as the intake form does: this reads the client's pages before
 * the save, outside the timing */
static void
pick_client (OfcClientStore *store, OfcDatabase *database, gint64 phones, OfcUuid *client_id)
{
  g_autoptr (OfcStatement) phone =
      ofc_database_prepare (database, "SELECT digits FROM client_phone WHERE rowid = ?1", NULL);
  g_autoptr (GPtrArray) matches = NULL;
  g_auto (OfcClientOrders) orders = { 0 };
  GError *error = NULL;

  ofc_statement_bind_int64 (phone, 1, g_random_int_range (1, (gint32) phones + 1));
  check (ofc_statement_step (phone, NULL), NULL);
  matches = ofc_client_store_search (store, ofc_statement_get_text (phone, 0),
                                     OFC_CLIENT_SEARCH_DEFAULT, 0, 1, &error);
  check (matches != NULL && matches->len == 1, error);
  *client_id = *ofc_client_get_id (g_ptr_array_index (matches, 0));
  check (ofc_client_orders_load (ofc_client_store_get_context (store), client_id, &orders, &error),
         error);
}

static OfcOrder *
new_intake (OfcClientStore *store, OfcDatabase *database, gint64 phones)
{
  OfcOrder *order = ofc_order_new ();
  OfcUuid client_id;

  pick_client (store, database, phones, &client_id);
  ofc_order_set_client_id (order, &client_id);
  ofc_order_set_brand (order, "Samsung");
  ofc_order_set_model (order, "Galaxy A52");
  ofc_order_set_serial (order, "352099001761481");
  ofc_order_set_malfunction (order, "Broken screen, does not charge");
  ofc_order_set_completeness (order, "Device only");
  return order;
}

static void
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
}

/* the application's main loop between intakes, where the database's upkeep merges */
static void
idle_for (gulong us)
{
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add_once (us / 1000, quit_loop, loop);
  g_main_loop_run (loop);
}

/* @pause_us between intakes: 0 for a burst, more for the counter's pace */
static void
measure_creation (OfcContext *context, const char *what, guint n, gulong pause_us)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (OfcDatabase) bare = open_bare (database);
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, NULL);
  gint64 phones = max_rowid (database, "SELECT max(rowid) FROM client_phone");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrder) order = new_intake (store, database, phones);
      GError *error = NULL;
      gint64 start, took;

      if (pause_us > 0)
        idle_for (pause_us / 2);
      took = time_bare_insert (bare);
      g_array_append_val (bare_times, took);
      if (pause_us > 0)
        idle_for (pause_us / 2);
      start = g_get_monotonic_time ();
      check (ofc_order_save (context, order, &error), error);
      took = g_get_monotonic_time () - start;
      g_array_append_val (times, took);
    }
  report (what, times);
  report ("  baseline: bare 1-row insert + commit", bare_times);
}

typedef char *(*MakeQuery) (OfcDatabase *database);

static char *
query_phone (OfcDatabase *database)
{
  return random_text (database, "SELECT digits FROM client_phone WHERE rowid = ?1",
                      max_rowid (database, "SELECT max(rowid) FROM client_phone"));
}

static char *
query_serial (OfcDatabase *database)
{
  return random_text (database, "SELECT serial FROM repair_order WHERE rowid = ?1",
                      max_rowid (database, "SELECT max(rowid) FROM repair_order"));
}

static char *
query_number (OfcDatabase *database)
{
  return g_strdup_printf (
      "%d",
      g_random_int_range (1, (gint32) max_rowid (database, "SELECT max(seq) FROM repair_order")));
}

static char *
query_full_number (OfcDatabase *database)
{
  return random_text (database, "SELECT number FROM repair_order WHERE rowid = ?1",
                      max_rowid (database, "SELECT max(rowid) FROM repair_order"));
}

/* the first 4–6 letters of a client's surname: common fragments are the worst case */
static char *
query_name_fragment (OfcDatabase *database)
{
  g_autofree char *name = random_text (database, "SELECT name FROM client WHERE rowid = ?1",
                                       max_rowid (database, "SELECT max(rowid) FROM client"));
  const char *end =
      g_utf8_offset_to_pointer (name, MIN (g_random_int_range (4, 7), g_utf8_strlen (name, -1)));

  return g_strndup (name, (gsize) (end - name));
}

static char *
query_full_name (OfcDatabase *database)
{
  g_autofree char *name = random_text (database, "SELECT name FROM client WHERE rowid = ?1",
                                       max_rowid (database, "SELECT max(rowid) FROM client"));
  g_auto (GStrv) words = g_strsplit (name, " ", 3);

  return words[0] != NULL && words[1] != NULL ? g_strdup_printf ("%s %s", words[0], words[1])
                                              : g_strdup (name);
}

static void
measure_search (OfcContext *context, const char *what, MakeQuery make, guint n)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = make (database);
      g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
      g_autoptr (GListModel) orders = NULL;
      GError *error = NULL;
      gint64 start, took;

      ofc_order_filter_set_search (filter, text);
      start = g_get_monotonic_time ();
      orders = ofc_order_search (context, filter, 50, &error);
      took = g_get_monotonic_time () - start;
      check (orders != NULL, error);
      found += g_list_model_get_n_items (orders) > 0;
      g_array_append_val (times, took);
    }
  report (what, times);
  printf ("%-44s %u of %u queries found orders\n", "", found, n);
}

static void
measure_filter (OfcContext *context, const char *what, guint groups, OfcOrderSort sort, guint n)
{
  g_autoptr (GArray) first_page = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) with_count = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *label = g_strconcat (what, " + count", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
      g_autoptr (GListModel) orders = NULL;
      GError *error = NULL;
      gint64 start, middle, count = 0;

      filter->status_groups = groups;
      filter->sort = sort;
      filter->descending = FALSE;
      start = g_get_monotonic_time ();
      orders = ofc_order_search (context, filter, OFC_ORDER_LIST_PAGE, &error);
      middle = g_get_monotonic_time ();
      check (orders != NULL && ofc_order_count (context, filter, &count, &error), error);
      g_array_append_vals (first_page, &(gint64){ middle - start }, 1);
      g_array_append_vals (with_count, &(gint64){ g_get_monotonic_time () - start }, 1);
    }
  report (what, first_page);
  report (label, with_count);
}

static void
measure_list (OfcContext *context, guint n)
{
  g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (OfcOrderList) list = ofc_order_list_new (context, NULL);
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (list), 0);
      gint64 shown = g_get_monotonic_time ();

      while (ofc_order_list_get_loading (list))
        g_main_context_iteration (NULL, TRUE);
      g_array_append_vals (first, &(gint64){ shown - start }, 1);
      g_array_append_vals (all, &(gint64){ g_get_monotonic_time () - start }, 1);
    }
  report ("OfcOrderList: count + first page + 1 item", first);
  report ("OfcOrderList: all ids loaded (worker)", all);
}

static void
measure_counts (OfcContext *context, guint n)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      OfcOrderCounts counts;
      GError *error = NULL;
      gint64 start = g_get_monotonic_time ();

      check (ofc_order_counts (context, &counts, &error), error);
      g_array_append_vals (times, &(gint64){ g_get_monotonic_time () - start }, 1);
      if (i == 0)
        printf ("header: %" G_GINT64_FORMAT " orders, %" G_GINT64_FORMAT " open, %" G_GINT64_FORMAT
                " urgent, %" G_GINT64_FORMAT " overdue\n",
                counts.all, counts.open, counts.urgent, counts.overdue);
    }
  report ("header counts (all, open, urgent, overdue)", times);
}

/* SQLite's defaults (checkpoints and FTS5 merges inside commits) or the application's
 * upkeep thread; set each time, so an interrupted run leaves no stray setting behind */
static void
choose_upkeep (OfcDatabase *database, gboolean background)
{
  const char *const tables[] = { "INSERT INTO repair_order_fts (repair_order_fts, rank) "
                                 "VALUES ('automerge', ?1)",
                                 "INSERT INTO client_fts (client_fts, rank) "
                                 "VALUES ('automerge', ?1)" };
  GError *error = NULL;

  ofc_database_stop_upkeep (database);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr (OfcStatement) statement = ofc_database_prepare (database, tables[i], &error);

      check (statement != NULL, error);
      ofc_statement_bind_int64 (statement, 1, background ? 0 : 4);
      check (ofc_statement_exec (statement, &error), error);
    }
  if (background)
    check (ofc_database_start_upkeep (database, &error), error);
}

/* the creation series alone, for comparing the two: a burst (@pause_ms 0) or paced */
int
bench_create (const char *path, guint n, guint pause_ms, gboolean background)
{
  GError *error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, OFC_DATABASE_OPEN_NO_CREATE, &error);
  g_autoptr (OfcContext) context = NULL;
  g_autofree char *what = NULL;

  check (database != NULL, error);
  context = ofc_context_new (database);
  choose_upkeep (database, background);
  what = g_strdup_printf ("create order, %s, every %u ms", background ? "upkeep" : "in commits",
                          pause_ms);
  measure_creation (context, what, n, pause_ms * 1000);
  choose_upkeep (database, TRUE);
  return 0;
}

int
bench_measure (const char *path, guint samples)
{
  GError *error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, OFC_DATABASE_OPEN_NO_CREATE, &error);
  g_autoptr (OfcContext) context = NULL;

  check (database != NULL, error);
  context = ofc_context_new (database);
  measure_counts (context, 20);
  measure_search (context, "search: phone digits", query_phone, samples);
  measure_search (context, "search: serial/IMEI", query_serial, samples);
  measure_search (context, "search: number \"123456\"", query_number, samples);
  measure_search (context, "search: number \"A-000123\"", query_full_number, samples);
  measure_search (context, "search: client-name fragment (4-6 letters)", query_name_fragment,
                  samples);
  measure_search (context, "search: surname + first name", query_full_name, samples);
  for (guint group = 0; group < OFC_N_STATUS_GROUPS; group++)
    {
      g_autofree char *what =
          g_strdup_printf ("group %s, by deadline, first 100", ofc_status_group_to_code (group));

      measure_filter (context, what, 1u << group, OFC_ORDER_SORT_DEADLINE, 20);
    }
  measure_filter (context, "open groups, by deadline, first 100", OFC_STATUS_GROUPS_OPEN,
                  OFC_ORDER_SORT_DEADLINE, 20);
  /* sorts without an index: the first page needs the whole table */
  measure_filter (context, "all orders, by client name, first 100", 0, OFC_ORDER_SORT_CLIENT, 5);
  measure_filter (context, "open groups, by client name, first 100", OFC_STATUS_GROUPS_OPEN,
                  OFC_ORDER_SORT_CLIENT, 5);
  measure_list (context, 5);
  /* what the counter feels: with SQLite's checkpoints and index merges inside commits,
   * then with the upkeep thread the application runs */
  choose_upkeep (database, FALSE);
  measure_creation (context, "create order, burst (in commits)", samples * 5, 0);
  measure_creation (context, "create order, every 400 ms (in commits)", samples, 400000);
  choose_upkeep (database, TRUE);
  measure_creation (context, "create order, burst (upkeep thread)", samples * 5, 0);
  measure_creation (context, "create order, every 400 ms (upkeep thread)", samples, 400000);
  return 0;
}
