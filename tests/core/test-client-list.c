/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientList: sort orders, paging through the cache, search batches, and refreshing
 * with the smallest items-changed after writes.
 */
#include "config.h"

#include "ofc-test.h"

#define N_CLIENTS 450 /* nine pages of the list's cache */

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 };
static OfcDatabase *database;
static OfcContext *context;
static OfcClientStore *store;
static GPtrArray *changes; /* "position,removed,added" */

static void
record_change (GListModel *model, guint position, guint removed, guint added)
{
  g_ptr_array_add (changes, g_strdup_printf ("%u,%u,%u", position, removed, added));
}

/* clients "Client 000" … created in a scrambled order, one second apart */
static void
setup (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;

  folder = ofc_test_make_tmpdir ();
  database = ofc_test_open_database (folder, &test_clock);
  context = ofc_context_new (database);
  store = ofc_client_store_new (context, &error);
  changes = g_ptr_array_new_with_free_func (g_free);
  transaction = ofc_database_begin (database, &error);
  for (int i = 0; i < N_CLIENTS; i++)
    {
      g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
      g_autofree char *name = g_strdup_printf ("Client %03d", i * 7 % N_CLIENTS);

      ofc_client_set_name (client, name);
      test_clock.now_us += G_USEC_PER_SEC;
      ck_assert (ofc_client_store_create (store, client, NULL, &error));
    }
  ck_assert (ofc_transaction_commit (transaction, &error));
  ofc_assert_no_error (error);
}

static void
teardown (void)
{
  g_clear_object (&store);
  g_clear_object (&context);
  g_clear_object (&database);
  g_clear_pointer (&changes, g_ptr_array_unref);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static OfcClientList *
new_list (void)
{
  OfcClientList *list = ofc_client_list_new (store);

  g_signal_connect (list, "items-changed", G_CALLBACK (record_change), NULL);
  return list;
}

static char *
name_at (OfcClientList *list, guint position)
{
  g_autoptr (OfcClient) client = g_list_model_get_item (G_LIST_MODEL (list), position);

  ck_assert_ptr_nonnull (client);
  return g_strdup (ofc_client_get_name (client));
}

static void
assert_name_at (OfcClientList *list, guint position, const char *expected)
{
  g_autofree char *name = name_at (list, position);

  ck_assert_msg (g_strcmp0 (name, expected) == 0, "position %u: “%s”, expected “%s”", position,
                 name, expected);
}

static void
assert_changes (const char *expected)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < changes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (changes, i));
  list = g_strv_builder_end (builder);
  joined = g_strjoinv (" ", list);
  ck_assert_msg (g_strcmp0 (joined, expected) == 0, "items-changed “%s”, expected “%s”", joined,
                 expected);
  g_ptr_array_set_size (changes, 0);
}

static void
run_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

START_TEST (test_sort_orders)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = new_list ();

  ck_assert (g_list_model_get_item_type (G_LIST_MODEL (list)) == OFC_TYPE_CLIENT);
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
  assert_name_at (list, 0, "Client 000");
  assert_name_at (list, 449, "Client 449");
  ck_assert_ptr_null (g_list_model_get_item (G_LIST_MODEL (list), N_CLIENTS));

  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_NAME, TRUE, &error));
  assert_changes ("0,450,450");
  assert_name_at (list, 0, "Client 449");
  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_CREATED, FALSE, &error));
  assert_name_at (list, 0, "Client 000");
  assert_name_at (list, 1, "Client 007");
  assert_name_at (list, 449, "Client 443");
  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_UPDATED, TRUE, &error));
  assert_name_at (list, 0, "Client 443");
  ck_assert_int_eq (ofc_client_list_get_sort_key (list), OFC_CLIENT_SORT_UPDATED);
  ck_assert (ofc_client_list_get_sort_descending (list));
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_paging)
{
  g_autoptr (OfcClientList) list = new_list ();
  g_autoptr (OfcClient) first = g_list_model_get_item (G_LIST_MODEL (list), 3);
  g_autoptr (OfcClient) again = g_list_model_get_item (G_LIST_MODEL (list), 3);

  ck_assert_ptr_eq (first, again); /* from the page cache */
  for (guint position = 0; position < N_CLIENTS; position += 37)
    {
      g_autofree char *expected = g_strdup_printf ("Client %03u", position);

      assert_name_at (list, position, expected);
    }
  for (guint position = N_CLIENTS; position-- > 0;)
    {
      g_autoptr (OfcClient) client = g_list_model_get_item (G_LIST_MODEL (list), position);

      ck_assert_ptr_nonnull (client);
    }
  /* an item the view still holds stays valid after its page is dropped */
  ck_assert_str_eq (ofc_client_get_name (first), "Client 003");
}
END_TEST

START_TEST (test_search_sorted)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = new_list ();

  ck_assert (ofc_client_list_set_query (list, "client 01", FALSE, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 10);
  assert_name_at (list, 0, "Client 010");
  assert_name_at (list, 9, "Client 019");
  ck_assert (!ofc_client_list_get_has_more (list));
  ck_assert_str_eq (ofc_client_list_get_text (list), "client 01");
  ck_assert (ofc_client_list_set_query (list, "*", FALSE, &error));
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 0);
  ck_assert (ofc_client_list_set_query (list, NULL, FALSE, &error));
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
}
END_TEST

START_TEST (test_search_batches)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = new_list ();

  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_CREATED, TRUE, &error));
  ck_assert (ofc_client_list_set_query (list, "client", FALSE, &error));
  g_ptr_array_set_size (changes, 0);
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), OFC_CLIENT_LIST_BATCH);
  ck_assert (ofc_client_list_get_has_more (list));
  assert_name_at (list, 0, "Client 443"); /* the newest */
  ck_assert (ofc_client_list_load_more (list, &error));
  assert_changes ("200,0,200");
  ck_assert (ofc_client_list_get_has_more (list));
  ck_assert (ofc_client_list_load_more (list, &error));
  assert_changes ("400,0,50");
  ck_assert (!ofc_client_list_get_has_more (list));
  assert_name_at (list, 449, "Client 000");
  ck_assert (ofc_client_list_load_more (list, &error));
  assert_changes ("");
  /* a refresh keeps every batch loaded, so the view keeps its place */
  ck_assert (ofc_client_list_refresh (list, &error));
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
  assert_changes ("");
  ofc_assert_no_error (error);
}
END_TEST

static OfcClient *
find (OfcClientList *list, const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      OfcClient *client = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (ofc_client_get_name (client), name) == 0)
        return client;
      g_object_unref (client);
    }
  return NULL;
}

START_TEST (test_refresh_after_writes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = new_list ();
  g_autoptr (OfcClient) edited = find (list, "Client 005");
  g_autoptr (OfcClient) archived = find (list, "Client 000");
  g_autoptr (OfcClient) added = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  /* an edit that keeps the row in place: that one row changes */
  ofc_client_set_email (edited, "five@example.com");
  ck_assert (ofc_client_store_update (store, edited, NULL, &error));
  run_main_loop ();
  assert_changes ("5,1,1");
  /* a new client appears where it sorts */
  ofc_client_set_name (added, "Client 005½");
  ck_assert (ofc_client_store_create (store, added, NULL, &error));
  run_main_loop ();
  assert_changes ("6,0,1");
  assert_name_at (list, 6, "Client 005½");
  /* an archived client disappears; several writes make one refresh */
  ck_assert (ofc_client_store_archive (store, archived, &error));
  ofc_client_set_name (edited, "Client 448½");
  ck_assert (ofc_client_store_update (store, edited, NULL, &error));
  run_main_loop ();
  assert_changes ("0,450,449");
  assert_name_at (list, 0, "Client 001");
  assert_name_at (list, 448, "Client 448½");
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
  ck_assert (ofc_client_list_set_query (list, NULL, TRUE, &error));
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS + 1);
  ck_assert_uint_eq (ofc_client_list_find (list, ofc_client_get_id (archived)), 0);
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_find)
{
  g_autoptr (OfcClientList) list = new_list ();
  g_autoptr (OfcClient) client = find (list, "Client 321");
  OfcUuid unknown;

  ck_assert_uint_eq (ofc_client_list_find (list, ofc_client_get_id (client)), 321);
  ofc_uuid_generate (&unknown);
  ck_assert_uint_eq (ofc_client_list_find (list, &unknown), G_MAXUINT);
}
END_TEST

START_TEST (test_source_rename_refreshes_rows)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = new_list ();
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (store, FALSE, &error);
  g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, 0);
  g_autoptr (OfcClientSource) renamed = NULL;

  renamed = ofc_client_store_rename_source (store, source, "Street", &error);
  ofc_assert_no_error (error);
  run_main_loop ();
  assert_changes ("0,450,450");
}
END_TEST

START_TEST (test_view_loads_rest_in_background)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientList) list = ofc_client_list_new_for_view (store);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_signal_connect (list, "items-changed", G_CALLBACK (record_change), NULL);
  /* the first screen at once, sorted; the rest follows from a worker thread */
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 200);
  ck_assert (ofc_client_list_get_loading (list));
  assert_name_at (list, 0, "Client 000");
  while (ofc_client_list_get_loading (list) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ck_assert (!ofc_client_list_get_loading (list));
  assert_changes ("200,0,250");
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
  assert_name_at (list, 449, "Client 449");

  /* a newer load wins over one still running: only its rows arrive */
  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_NAME, TRUE, &error));
  ck_assert (ofc_client_list_set_sort (list, OFC_CLIENT_SORT_NAME, FALSE, &error));
  while (ofc_client_list_get_loading (list) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ck_assert_int_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), N_CLIENTS);
  assert_name_at (list, 0, "Client 000");
  assert_name_at (list, 449, "Client 449");

  /* a search does not load in the background */
  ck_assert (ofc_client_list_set_query (list, "client 01", FALSE, &error));
  ck_assert (!ofc_client_list_get_loading (list));
}
END_TEST

static Suite *
list_suite (void)
{
  Suite *suite = suite_create ("client-list");
  TCase *list_case = tcase_create ("list");

  tcase_add_checked_fixture (list_case, setup, teardown);
  tcase_add_test (list_case, test_sort_orders);
  tcase_add_test (list_case, test_paging);
  tcase_add_test (list_case, test_search_sorted);
  tcase_add_test (list_case, test_search_batches);
  tcase_add_test (list_case, test_refresh_after_writes);
  tcase_add_test (list_case, test_find);
  tcase_add_test (list_case, test_source_rename_refreshes_rows);
  tcase_add_test (list_case, test_view_loads_rest_in_background);
  suite_add_tcase (suite, list_case);
  return suite;
}

int
main (void)
{
  return ofc_test_run (list_suite ());
}
