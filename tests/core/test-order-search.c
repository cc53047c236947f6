/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Finding orders: every search form (number with and without prefix and zeros, client
 * name, phone digits, serial/IMEI, device), the index following client and order edits,
 * filters and sorts, the header counts, saved filters and the lazy list model, held back
 * until its view has painted.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define T0      ((gint64) 1767225600 * G_USEC_PER_SEC)

static char *folder;
static OfcTestClock clock_;
static OfcContext *context;
static OfcDatabase *database;
static OfcUuid petrov, ivanova;
static OfcOrder *galaxy;  /* A-000001, Петров */
static OfcOrder *macbook; /* A-000002, Иванова */

static void
setup (void)
{
  g_autoptr (OfcDatabase) opened = NULL;

  folder = ofc_test_make_tmpdir ();
  clock_.now_us = T0;
  opened = ofc_test_open_database (folder, &clock_);
  context = ofc_context_new (opened);
  database = ofc_context_get_database (context);
  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 0, &petrov);
  ofc_test_insert_client (database, "Иванова Мария", "79164445566", 0, &ivanova);
  galaxy =
      ofc_test_create_order (context, &petrov, "Samsung", "Galaxy SM-A525F", "35-209900-176148-1");
  clock_.now_us += HOUR_US;
  macbook = ofc_test_create_order (context, &ivanova, "Apple", "MacBook Air", "C02XK1JHJG5J");
}

static void
teardown (void)
{
  g_clear_object (&galaxy);
  g_clear_object (&macbook);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/* the numbers of the orders @text finds, newest first: "A-000002 A-000001" */
static char *
found (const char *text)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) orders = NULL;
  g_autoptr (GString) numbers = g_string_new (NULL);

  ofc_order_filter_set_search (filter, text);
  orders = ofc_order_search (context, filter, 50, &error);
  ofc_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (orders); i++)
    {
      g_autoptr (OfcOrder) order = g_list_model_get_item (orders, i);

      g_string_append_printf (numbers, "%s%s", i > 0 ? " " : "", ofc_order_get_number (order));
    }
  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

#define assert_found(text, expected)                                                         \
  G_STMT_START                                                                               \
  {                                                                                          \
    g_autofree char *numbers_ = found (text);                                                \
    ck_assert_msg (g_str_equal (numbers_, expected), "“%s” found “%s”, expected “%s”", text, \
                   numbers_, expected);                                                      \
  }                                                                                          \
  G_STMT_END

static void
exec (const char *sql)
{
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_database_exec (database, sql, &error));
  ofc_assert_no_error (error);
}

START_TEST (test_number_forms)
{
  assert_found ("A-000001", "A-000001");
  assert_found ("a000002", "A-000002");
  assert_found ("000002", "A-000002");
  assert_found ("A-2", "A-000002");
  assert_found ("A-000003", "");
  for (int i = 3; i <= 12; i++)
    g_object_unref (ofc_test_create_order (context, &ivanova, "Apple", "iPhone", ""));
  assert_found ("12", "A-000012");
  assert_found ("000012", "A-000012");
  assert_found ("A-000012", "A-000012");
}
END_TEST

START_TEST (test_client_and_phone)
{
  OfcUuid semina;

  ofc_test_insert_client (database, "Сёмина Алёна", "79260000001", 0, &semina);
  g_object_unref (ofc_test_create_order (context, &semina, "Honor", "50", ""));
  /* "ё" typed as "е", and as "ё" */
  assert_found ("семина алена", "A-000003");
  assert_found ("Сёмина", "A-000003");
  assert_found ("петров", "A-000001");
  assert_found ("Пётр", "A-000001");
  assert_found ("мария иван", "A-000002");
  assert_found ("79164445566", "A-000002");
  assert_found ("+7 (916) 444-55-66", "A-000002");
  assert_found ("7903111", "A-000001");
  assert_found ("8 903 111-22-33", "A-000001"); /* the trunk prefix, as typed */
  assert_found ("8903111", "A-000001");
  assert_found ("903 111", "A-000001"); /* the national number */
  assert_found ("79", "A-000003 A-000002 A-000001");
}
END_TEST

START_TEST (test_serial_and_device)
{
  assert_found ("352099001761481", "A-000001");
  assert_found ("35-209900-176148-1", "A-000001");
  assert_found ("c02xk1", "A-000002");
  assert_found ("galaxy", "A-000001");
  assert_found ("SM-A525F", "A-000001");
  assert_found ("macbook air", "A-000002");
  assert_found ("петров macbook", "");
  assert_found ("\"*-() OR", "");
}
END_TEST

START_TEST (test_index_follows_edits)
{
  g_autoptr (GError) error = NULL;

  exec ("UPDATE client SET name = 'Сидоров Сидор' WHERE name = 'Петров Пётр'");
  assert_found ("сидоров", "A-000001");
  assert_found ("петров", "");
  exec ("UPDATE client SET search_phones = '79990001122' WHERE name = 'Иванова Мария'");
  assert_found ("7999000", "A-000002");
  assert_found ("79164445566", "");
  ofc_order_set_serial (macbook, "FVFXC2ABCD");
  ofc_order_set_client_id (macbook, &petrov);
  ck_assert (ofc_order_save (context, macbook, &error));
  ofc_assert_no_error (error);
  assert_found ("fvfxc2", "A-000002");
  assert_found ("c02xk1", "");
  assert_found ("сидоров", "A-000002 A-000001");
  exec ("INSERT INTO repair_order_fts (repair_order_fts, rank) VALUES ('integrity-check', 0)");
}
END_TEST

/* the same through the client store, as the window edits clients */
START_TEST (test_index_follows_client_store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, &error);
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcClient) loaded = NULL;

  ofc_client_set_name (client, "Кузнецова Ольга");
  ofc_client_add_phone (client, "8 926 555-44-33", NULL);
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  order = ofc_test_create_order (context, ofc_client_get_id (client), "Apple", "iPhone", "");
  assert_found ("кузнецова 926555", "A-000003");
  loaded = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_client_set_name (loaded, "Смирнова Ольга");
  ofc_client_clear_phones (loaded);
  ofc_client_add_phone (loaded, "+7 915 000-11-22", NULL);
  ck_assert (ofc_client_store_update (store, loaded, NULL, &error));
  ofc_assert_no_error (error);
  assert_found ("смирнова 8915000", "A-000003");
  assert_found ("кузнецова", "");
  assert_found ("926555", "");
}
END_TEST

START_TEST (test_filters_and_sorts)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (OfcOrderStatus) diagnostics = ofc_test_status (context, "diagnostics");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) orders = NULL;
  g_autoptr (OfcOrder) first = NULL;
  gint64 count = 0;

  ofc_order_set_urgent (galaxy, TRUE);
  ofc_order_set_deadline (galaxy, T0 + 48 * HOUR_US);
  ofc_order_set_deadline (macbook, T0 + 30 * HOUR_US);
  ck_assert (ofc_order_save (context, galaxy, &error) && ofc_order_save (context, macbook, &error));
  ck_assert (
      ofc_order_change_status (context, macbook, ofc_order_status_get_id (diagnostics), &error));
  ofc_assert_no_error (error);
  filter->status_groups = OFC_STATUS_GROUPS_OPEN;
  filter->sort = OFC_ORDER_SORT_DEADLINE;
  filter->descending = FALSE;
  orders = ofc_order_search (context, filter, 10, &error);
  first = g_list_model_get_item (orders, 0);
  ck_assert_str_eq (ofc_order_get_number (first), "A-000002");
  filter->sort = OFC_ORDER_SORT_CLIENT; /* a sort through a join, filtered */
  g_clear_object (&orders);
  g_clear_object (&first);
  orders = ofc_order_search (context, filter, 10, &error);
  first = g_list_model_get_item (orders, 0);
  ck_assert_str_eq (ofc_order_get_client_name (first), "Иванова Мария");
  ck_assert_uint_eq (g_list_model_get_n_items (orders), 2);
  filter->status_groups = 1 << OFC_STATUS_GROUP_NEW;
  ck_assert (ofc_order_count (context, filter, &count, &error));
  ck_assert_int_eq (count, 1);
  filter->status_groups = 0;
  filter->urgent_only = TRUE;
  ck_assert (ofc_order_count (context, filter, &count, &error));
  ck_assert_int_eq (count, 1);
  filter->urgent_only = FALSE;
  filter->overdue_only = TRUE;
  /* the "New" norm (24 h) passed for A-000001; A-000002 moved to Diagnostics (24 h norm)
   * an hour later */
  clock_.now_us = T0 + 24 * HOUR_US + HOUR_US / 2;
  ck_assert (ofc_order_count (context, filter, &count, &error));
  ck_assert_int_eq (count, 1);
  clock_.now_us = T0 + 25 * HOUR_US + 1;
  ck_assert (ofc_order_count (context, filter, &count, &error));
  ck_assert_int_eq (count, 2);
}
END_TEST

START_TEST (test_header_counts)
{
  g_autoptr (GError) error = NULL;
  OfcOrderCounts counts;

  ofc_order_set_urgent (galaxy, TRUE);
  ck_assert (ofc_order_save (context, galaxy, &error));
  clock_.now_us = T0 + 24 * HOUR_US + 1;
  ck_assert (ofc_order_counts (context, &counts, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (counts.all, 2);
  ck_assert_int_eq (counts.open, 2);
  ck_assert_int_eq (counts.urgent, 1);
  ck_assert_int_eq (counts.overdue, 1);
}
END_TEST

START_TEST (test_saved_filters)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (OfcOrderFilter) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;

  filter->status_groups = OFC_STATUS_GROUPS_OPEN;
  filter->urgent_only = TRUE;
  filter->executor_id = *ofc_order_get_id (galaxy);
  filter->sort = OFC_ORDER_SORT_DEADLINE;
  ofc_order_filter_set_search (filter, "Петров \"quoted\"");
  ck_assert (ofc_order_filter_save (context, "Urgent open", filter, &error));
  ck_assert (ofc_order_filter_save (context, "urgent OPEN", filter, &error));
  loaded = ofc_order_filter_load (context, "URGENT open", &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_order_filter_equal (filter, loaded));
  names = ofc_order_filter_list_names (context, &error);
  ck_assert_uint_eq (g_strv_length (names), 1);
  ck_assert_str_eq (names[0], "urgent OPEN");
  ck_assert (ofc_order_filter_delete (context, "Urgent Open", &error));
  ck_assert_ptr_null (ofc_order_filter_load (context, "Urgent open", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
}
END_TEST

static void
wait_loaded (OfcOrderList *list)
{
  while (ofc_order_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

START_TEST (test_list_model)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderList) list = NULL;
  g_autoptr (OfcOrder) newest = NULL;
  g_autoptr (OfcOrder) oldest = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, &error);

  for (int i = 0; i < 248; i++)
    g_object_unref (ofc_test_create_order (context, &petrov, "Nokia", "3310", ""));
  ck_assert (ofc_transaction_commit (transaction, &error));
  list = ofc_order_list_new (context, NULL);
  ck_assert_int_eq (ofc_order_list_get_total (list), 250);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), OFC_ORDER_LIST_PAGE);
  wait_loaded (list);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 250);
  newest = g_list_model_get_item (G_LIST_MODEL (list), 0);
  oldest = g_list_model_get_item (G_LIST_MODEL (list), 249);
  ck_assert_str_eq (ofc_order_get_number (newest), "A-000250");
  ck_assert_str_eq (ofc_order_get_number (oldest), "A-000001");
  ck_assert_str_eq (ofc_order_get_client_name (oldest), "Петров Пётр");
  ofc_order_filter_set_search (filter, "мария");
  ofc_order_list_set_filter (list, filter);
  wait_loaded (list);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 1);
  /* a new order reloads the list on the next main-loop turn */
  g_object_unref (ofc_test_create_order (context, &ivanova, "Apple", "iPhone", ""));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_loaded (list);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 2);
  ck_assert_ptr_null (ofc_order_list_get_error (list));
}
END_TEST

/* a held list shows its first page and reads the rest only when released */
START_TEST (test_held_list)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderList) list = NULL;
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, &error);

  for (int i = 0; i < 248; i++)
    g_object_unref (ofc_test_create_order (context, &petrov, "Nokia", "3310", ""));
  ck_assert (ofc_transaction_commit (transaction, &error));
  list = g_object_new (OFC_TYPE_ORDER_LIST, "context", context, "held", TRUE, NULL);
  ck_assert_int_eq (ofc_order_list_get_total (list), 250);
  ck_assert (ofc_order_list_get_loading (list));
  g_usleep (50000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), OFC_ORDER_LIST_PAGE);
  /* a reload while held still waits */
  ofc_order_list_reload (list);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), OFC_ORDER_LIST_PAGE);
  ofc_order_list_release (list);
  wait_loaded (list);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 250);
  ck_assert_ptr_null (ofc_order_list_get_error (list));
}
END_TEST

static Suite *
search_suite (void)
{
  Suite *suite = suite_create ("order-search");
  TCase *search = tcase_create ("search");
  TCase *lists = tcase_create ("lists");

  tcase_add_checked_fixture (search, setup, teardown);
  tcase_add_test (search, test_number_forms);
  tcase_add_test (search, test_client_and_phone);
  tcase_add_test (search, test_serial_and_device);
  tcase_add_test (search, test_index_follows_edits);
  tcase_add_test (search, test_index_follows_client_store);
  tcase_add_checked_fixture (lists, setup, teardown);
  tcase_add_test (lists, test_filters_and_sorts);
  tcase_add_test (lists, test_header_counts);
  tcase_add_test (lists, test_saved_filters);
  tcase_add_test (lists, test_list_model);
  tcase_add_test (lists, test_held_list);
  suite_add_tcase (suite, search);
  suite_add_tcase (suite, lists);
  return suite;
}

int
main (void)
{
  return ofc_test_run (search_suite ());
}
