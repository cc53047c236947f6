/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Demo data: reproducible from a seed, valid through the store, journaled as "Demo data",
 * with progress, cancellation and the worker-thread variant.
 */
#include "config.h"

#include "ofc-test.h"

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 };

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

static OfcContext *
open_context (const char *name)
{
  g_autofree char *sub = g_build_filename (folder, name, NULL);
  g_autoptr (OfcDatabase) database = NULL;

  ck_assert_int_eq (g_mkdir_with_parents (sub, 0700), 0);
  database = ofc_test_open_database (sub, &test_clock);
  return ofc_context_new (database);
}

static gint64
count (OfcContext *context, const char *sql)
{
  g_autoptr (OfcStatement) statement =
      ofc_database_prepare (ofc_context_get_database (context), sql, NULL);

  ck_assert (statement != NULL && ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

/* every client's name and card code, in the order written */
static char *
dump (OfcContext *context)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (
      ofc_context_get_database (context),
      "SELECT name || ' ' || card_code || ' ' || search_phones FROM client ORDER BY rowid", NULL);
  g_autoptr (GString) text = g_string_new (NULL);

  while (ofc_statement_step (statement, NULL))
    g_string_append_printf (text, "%s\n", ofc_statement_get_text (statement, 0));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

START_TEST (test_reproducible)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcContext) first = open_context ("first");
  g_autoptr (OfcContext) second = open_context ("second");
  g_autoptr (OfcContext) other = open_context ("other");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  ck_assert (ofc_demo_generate_clients (first, 400, 42, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_clients (second, 400, 42, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_clients (other, 400, 43, NULL, NULL, NULL, &error));
  ofc_assert_no_error (error);
  a = dump (first);
  b = dump (second);
  c = dump (other);
  ck_assert_str_eq (a, b);
  ck_assert_str_ne (a, c);
}
END_TEST

START_TEST (test_realistic_and_journaled)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcContext) context = open_context ("book");
  OfcDatabase *database = ofc_context_get_database (context);

  ck_assert (ofc_demo_generate_clients (context, 1000, 7, NULL, NULL, NULL, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (count (context, "SELECT count(*) FROM client"), 1000);
  ck_assert_int_eq (count (context, "SELECT count(*) FROM journal"
                                    " WHERE entity = 'client' AND user_name = 'Demo data'"),
                    1000);
  ck_assert_str_eq (ofc_database_get_actor_name (database), "Test User");
  /* companies with requisites, entrepreneurs, persons with patronymics and Latin names */
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE kind = 'company'"
                                    " AND length(inn) = 10 AND kpp IS NOT NULL"
                                    " AND length(bank_account) = 20"),
                    20);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE name LIKE 'ИП %'"
                                    " AND length(ogrn) = 15"),
                    5);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE name LIKE '% %вна'"), 200);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE name GLOB '[A-Z]*'"), 50);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client_phone"), 1200);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE email IS NOT NULL"), 400);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE tags <> ''"), 100);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE discount_works > 0"), 20);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE birthday IS NOT NULL"), 300);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE source_id IS NOT NULL"),
                    600);
  ck_assert_int_gt (count (context, "SELECT count(*) FROM client WHERE name LIKE 'Иванов%'"), 10);
}
END_TEST

static void
record_progress (guint done, guint total, gpointer data)
{
  g_ptr_array_add (data, g_strdup_printf ("%u/%u", done, total));
}

static void
cancel_after_first (guint done, guint total, gpointer data)
{
  g_cancellable_cancel (data);
}

START_TEST (test_progress_and_cancel)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcContext) context = open_context ("book");
  g_autoptr (GPtrArray) calls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();

  ck_assert (ofc_demo_generate_clients (context, 4500, 1, record_progress, calls, NULL, &error));
  ck_assert_int_eq (calls->len, 3);
  ck_assert_str_eq (g_ptr_array_index (calls, 0), "2000/4500");
  ck_assert_str_eq (g_ptr_array_index (calls, 2), "4500/4500");

  /* cancelled after the first batch: that batch stays, the second is rolled back */
  ck_assert (!ofc_demo_generate_clients (context, 4500, 2, cancel_after_first, cancellable,
                                         cancellable, &error));
  ofc_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  ck_assert_int_eq (count (context, "SELECT count(*) FROM client"), 4500 + OFC_DEMO_BATCH);
  ck_assert_int_eq (count (context, "SELECT count(*) FROM journal WHERE entity = 'client'"),
                    4500 + OFC_DEMO_BATCH);
  ck_assert (!ofc_database_in_transaction (ofc_context_get_database (context)));
}
END_TEST

typedef struct
{
  GMainLoop *loop;
  gboolean ok;
  GError *error;
  guint progress_calls;
  gboolean progress_freed;
  guint changed;
} AsyncState;

static void
async_progress (guint done, guint total, gpointer data)
{
  AsyncState *state = data;

  ck_assert (g_main_context_is_owner (g_main_context_default ()));
  state->progress_calls++;
}

static void
async_progress_free (gpointer data)
{
  ((AsyncState *)data)->progress_freed = TRUE;
}

static void
async_done (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *state = data;

  state->ok = ofc_demo_generate_clients_finish (OFC_CONTEXT (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
count_changed (AsyncState *state)
{
  state->changed++;
}

START_TEST (test_async)
{
  g_autoptr (OfcContext) context = open_context ("book");
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncState state = { loop };

  g_signal_connect_swapped (context, "changed::client", G_CALLBACK (count_changed), &state);
  ofc_demo_generate_clients_async (context, 2500, 5, async_progress, &state, async_progress_free,
                                   NULL, async_done, &state);
  g_main_loop_run (loop);
  ofc_assert_no_error (state.error);
  ck_assert (state.ok);
  while (!state.progress_freed) /* the task may finish dying in the worker */
    g_main_context_iteration (NULL, TRUE);
  ck_assert_int_eq (state.progress_calls, 2);
  ck_assert_int_eq (state.changed, 1);
  ck_assert_int_eq (count (context, "SELECT count(*) FROM client"), 2500);
}
END_TEST

static Suite *
demo_suite (void)
{
  Suite *suite = suite_create ("demo");
  TCase *demo = tcase_create ("demo");

  tcase_set_timeout (demo, 120);
  tcase_add_checked_fixture (demo, setup, teardown);
  tcase_add_test (demo, test_reproducible);
  tcase_add_test (demo, test_realistic_and_journaled);
  tcase_add_test (demo, test_progress_and_cancel);
  tcase_add_test (demo, test_async);
  suite_add_tcase (suite, demo);
  return suite;
}

int
main (void)
{
  return ofc_test_run (demo_suite ());
}
