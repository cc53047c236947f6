/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Repair orders: intake with defaults, numbers, status transitions and closing, overdue
 * with a fixed clock, row-version conflicts across connections, the history, refused text,
 * and a client's order counts and newest order as the intake shows them.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define T0      ((gint64) 1767225600 * G_USEC_PER_SEC) /* 2026-01-01 00:00 UTC */

static char *folder;
static OfcTestClock clock_;
static OfcContext *context;
static OfcDatabase *database;
static OfcUuid client_id;

static void
setup (void)
{
  g_autoptr (OfcDatabase) opened = NULL;

  folder = ofc_test_make_tmpdir ();
  clock_.now_us = T0;
  opened = ofc_test_open_database (folder, &clock_);
  context = ofc_context_new (opened);
  database = ofc_context_get_database (context);
  ofc_test_insert_client (database, "Иванов Иван Иванович", "79161234567", 0, &client_id);
}

static void
teardown (void)
{
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static gint64
count (const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

static gboolean
move (OfcOrder *order, const char *code, GError **error)
{
  g_autoptr (OfcOrderStatus) status = ofc_test_status (context, code);

  return ofc_order_change_status (context, order, ofc_order_status_get_id (status), error);
}

START_TEST (test_defaults_exist)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) statuses = ofc_order_status_list (context, FALSE, &error);
  g_autoptr (GListModel) types = ofc_order_type_list (context, FALSE, &error);
  g_autoptr (OfcLocation) location = ofc_location_get_default (context, &error);
  g_autoptr (OfcOrderStatus) initial = ofc_order_status_get_initial (context, &error);
  g_autoptr (OfcContext) again = ofc_context_new (database);

  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (statuses), 7);
  ck_assert_uint_eq (g_list_model_get_n_items (types), 2);
  ck_assert_str_eq (ofc_location_get_series_prefix (location), "A");
  ck_assert_str_eq (ofc_order_status_get_code (initial), "new");
  /* a second start creates nothing again */
  ck_assert_int_eq (count ("SELECT count(*) FROM order_status"), 7);
  ck_assert_int_gt (count ("SELECT count(*) FROM journal WHERE entity = 'order_status'"), 7);
}
END_TEST

START_TEST (test_create_numbers_and_defaults)
{
  g_autoptr (OfcOrder) first =
      ofc_test_create_order (context, &client_id, "Apple", "iPhone 12", "");
  g_autoptr (OfcOrder) second =
      ofc_test_create_order (context, &client_id, "apple", "iphone 12", "");

  ck_assert_str_eq (ofc_order_get_number (first), "A-000001");
  ck_assert_str_eq (ofc_order_get_number (second), "A-000002");
  ck_assert_str_eq (ofc_order_get_status_name (first), "New");
  ck_assert_str_eq (ofc_order_get_type_name (first), "Paid");
  ck_assert_str_eq (ofc_order_get_client_name (first), "Иванов Иван Иванович");
  ck_assert_str_eq (ofc_order_get_client_phone (first), "+79161234567");
  ck_assert_int_eq (ofc_order_get_version (first), 1);
  ck_assert_int_eq (ofc_order_get_created_at (first), T0);
  /* the catalogue learned one brand and one model, used twice */
  ck_assert_int_eq (count ("SELECT use_count FROM device_brand"), 2);
  ck_assert_int_eq (count ("SELECT count(*) FROM device_model"), 1);
}
END_TEST

START_TEST (test_find_by_number_forms)
{
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  const char *forms[] = { "A-000001", "a000001", "A-1", "1", "000001" };

  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (OfcOrder) found = ofc_order_find (context, forms[i], &error);

      ofc_assert_no_error (error);
      ck_assert (ofc_uuid_equal (ofc_order_get_id (found), ofc_order_get_id (order)));
    }
}
END_TEST

START_TEST (test_transitions)
{
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (GError) error = NULL;
  gint64 version;

  ck_assert (move (order, "diagnostics", &error));
  ck_assert (move (order, "ready", &error));
  ck_assert (move (order, "in-repair", &error)); /* a back edge */
  ofc_assert_no_error (error);
  version = ofc_order_get_version (order);
  /* In repair → New is not allowed: refused, naming both statuses, nothing written */
  ck_assert (!move (order, "new", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  ck_assert_msg (strstr (error->message, "“In repair”") && strstr (error->message, "“New”"), "%s",
                 error->message);
  ck_assert_str_eq (ofc_order_get_status_name (order), "In repair");
  ck_assert_int_eq (ofc_order_get_version (order), version);
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order WHERE status_group = 1"), 1);
}
END_TEST

START_TEST (test_closing_needs_verdict)
{
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (GError) error = NULL;

  ck_assert (move (order, "diagnostics", NULL));
  ck_assert (move (order, "ready", NULL));
  ck_assert (!move (order, "issued", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "verdict");
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order WHERE closed_at IS NOT NULL"), 0);
  g_clear_error (&error);
  ofc_order_set_verdict (order, "Replaced the display");
  clock_.now_us += HOUR_US;
  ck_assert (move (order, "issued", &error));
  ofc_assert_no_error (error);
  ck_assert (ofc_order_is_closed (order));
  ck_assert_int_eq (ofc_order_get_closed_at (order), T0 + HOUR_US);
  ck_assert_int_eq (ofc_order_get_overdue_at (order), 0);
}
END_TEST

START_TEST (test_overdue_rules)
{
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (GError) error = NULL;

  /* "New" has a 24-hour norm: overdue strictly after it */
  ck_assert_int_eq (ofc_order_get_overdue_at (order), T0 + 24 * HOUR_US);
  ck_assert (!ofc_order_is_overdue (order, T0 + 24 * HOUR_US));
  ck_assert (ofc_order_is_overdue (order, T0 + 24 * HOUR_US + 1));
  /* a deadline before the norm ends wins */
  ofc_order_set_deadline (order, T0 + 5 * HOUR_US);
  ck_assert (ofc_order_save (context, order, &error));
  ck_assert_int_eq (ofc_order_get_overdue_at (order), T0 + 5 * HOUR_US);
  /* a status without norm: only the deadline counts */
  clock_.now_us = T0 + 2 * HOUR_US;
  ck_assert (move (order, "diagnostics", NULL));
  ck_assert (move (order, "waiting-parts", NULL));
  ck_assert_int_eq (ofc_order_get_overdue_at (order), T0 + 5 * HOUR_US);
  ofc_order_set_deadline (order, 0);
  ck_assert (ofc_order_save (context, order, &error));
  ck_assert_int_eq (ofc_order_get_overdue_at (order), 0);
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_norm_change_follows)
{
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderStatus) status = ofc_test_status (context, "new");
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) reloaded = NULL;

  ofc_order_status_set_norm_hours (status, 2);
  ck_assert (ofc_order_status_save (context, status, &error));
  ofc_assert_no_error (error);
  reloaded = ofc_order_load (context, ofc_order_get_id (order), &error);
  ck_assert_int_eq (ofc_order_get_overdue_at (reloaded), T0 + 2 * HOUR_US);
  /* regrouping the status to a closed group clears the overdue moment */
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order WHERE overdue_at IS NOT NULL"), 1);
}
END_TEST

START_TEST (test_conflict_across_connections)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcDatabase) other_db = ofc_database_open_another (database, &error);
  g_autoptr (OfcContext) other = ofc_context_new (other_db);
  g_autoptr (OfcOrder) mine = ofc_order_load (context, ofc_order_get_id (order), &error);
  g_autoptr (OfcOrder) theirs = ofc_order_load (other, ofc_order_get_id (order), &error);
  g_autoptr (OfcOrder) stored = NULL;

  ofc_assert_no_error (error);
  ofc_order_set_receiver_notes (theirs, "Client will call back");
  ck_assert (ofc_order_save (other, theirs, &error));
  ofc_order_set_receiver_notes (mine, "Scratched screen");
  ck_assert (!ofc_order_save (context, mine, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_CONFLICT);
  ck_assert_int_eq (ofc_order_get_version (mine), 1);
  stored = ofc_order_load (context, ofc_order_get_id (order), NULL);
  ck_assert_str_eq (ofc_order_get_receiver_notes (stored), "Client will call back");
  ck_assert_int_eq (ofc_order_get_version (stored), 2);
}
END_TEST

static gboolean
history_has (GListModel *history, const char *operation, const char *summary_part)
{
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr (OfcJournalEntry) entry = g_list_model_get_item (history, i);
      g_autofree char *summary = ofc_journal_entry_dup_summary (entry);

      if (g_strcmp0 (ofc_journal_entry_get_operation (entry), operation) == 0 &&
          strstr (summary, summary_part) != NULL)
        return TRUE;
    }
  return FALSE;
}

START_TEST (test_history)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcService) service = ofc_service_find (context, "Diagnostics", &error);
  g_autoptr (OfcOrderWork) work = ofc_order_work_new_from_service (service);
  g_autoptr (OfcOrderComment) comment = NULL;
  g_autoptr (GListModel) history = NULL;

  ck_assert (move (order, "diagnostics", &error));
  ofc_order_set_serial (order, "SN-1");
  ck_assert (ofc_order_save (context, order, &error));
  ck_assert (ofc_order_add_work (context, order, work, &error));
  ofc_order_work_set_quantity (work, 2);
  ck_assert (ofc_order_save_work (context, order, work, &error));
  ck_assert (ofc_order_remove_work (context, order, work, &error));
  comment = ofc_order_add_comment (context, order, "Client asked to hurry", &error);
  ofc_assert_no_error (error);
  history = ofc_journal_list (database, ofc_order_get_id (order), &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (history), 7);
  ck_assert (history_has (history, "create", "Number: A-000001"));
  ck_assert (history_has (history, "create", "Client: Иванов Иван Иванович"));
  ck_assert (history_has (history, "status", "Status: New → Diagnostics"));
  ck_assert (history_has (history, "update", "Serial number / IMEI: SN-1"));
  ck_assert (history_has (history, "create", "Work: Diagnostics"));
  ck_assert (history_has (history, "update", "Quantity: 1 → 2"));
  ck_assert (history_has (history, "remove", "Work: Diagnostics"));
  ck_assert (history_has (history, "comment", "Comment: Client asked to hurry"));
  ck_assert_str_eq (ofc_journal_get_operation_label ("status"), "Status changed");
}
END_TEST

START_TEST (test_refused_text_writes_nothing)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_order_new ();
  g_autofree char *long_text = g_strnfill (OFC_TEXT_MAX_SHORT + 1, 'x');
  gint64 journal_before = count ("SELECT count(*) FROM journal");

  ofc_order_set_client_id (order, &client_id);
  ofc_order_set_brand (order, "Apple");
  ofc_order_set_model (order, long_text);
  ck_assert (!ofc_order_save (context, order, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "model");
  g_clear_error (&error);
  ofc_order_set_model (order, "iPhone");
  ofc_order_set_serial (order, "SN\x01"
                               "1");
  ck_assert (!ofc_order_save (context, order, &error));
  ck_assert_str_eq (ofc_error_get_field (error), "serial");
  ck_assert (!ofc_order_is_saved (order));
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM device_brand"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM number_series"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal"), journal_before);
}
END_TEST

START_TEST (test_imei_warning)
{
  g_autoptr (OfcOrder) order = ofc_order_new ();
  g_auto (GStrv) warnings = NULL;
  g_auto (GStrv) none = NULL;

  ck_assert (ofc_imei_is_valid ("490154203237518"));
  ck_assert (ofc_imei_is_valid ("49-015420-323751-8"));
  ck_assert (!ofc_imei_is_valid ("490154203237519"));
  ofc_order_set_serial (order, "490154203237519");
  warnings = ofc_order_check_warnings (order);
  ck_assert_uint_eq (g_strv_length (warnings), 1);
  ofc_order_set_serial (order, "C02XK1JHJG5J");
  none = ofc_order_check_warnings (order);
  ck_assert_uint_eq (g_strv_length (none), 0);
}
END_TEST

/*
 * A client's orders at intake
 */

/* an order of @client taken in at @at and moved along @codes */
static OfcOrder *
order_at (const OfcUuid *client,
          gint64 at,
          const char *brand,
          const char *model,
          const char *const *codes)
{
  OfcOrder *order;

  clock_.now_us = at;
  order = ofc_test_create_order (context, client, brand, model, "");
  ofc_order_set_verdict (order, "Done");
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    ck_assert (move (order, codes[i], NULL));
  return order;
}

START_TEST (test_client_orders_none)
{
  g_autoptr (GError) error = NULL;
  g_auto (OfcClientOrders) orders = { 0 };
  g_autofree char *device = NULL;

  ck_assert (ofc_client_orders_load (context, &client_id, &orders, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (orders.total, 0);
  ck_assert_int_eq (orders.open, 0);
  ck_assert (ofc_uuid_is_nil (&orders.last_id));
  ck_assert_ptr_null (orders.last_number);
  ck_assert_ptr_null (orders.last_status_name);
  ck_assert_int_eq (orders.last_created_at, 0);
  device = ofc_client_orders_dup_last_device (&orders);
  ck_assert_str_eq (device, "");
}
END_TEST

START_TEST (test_client_orders_counts_and_last)
{
  static const char *const issued[] = { "diagnostics", "ready", "issued", NULL };
  static const char *const refused[] = { "refused", NULL };
  static const char *const diagnosed[] = { "diagnostics", NULL };
  g_autoptr (GError) error = NULL;
  g_auto (OfcClientOrders) orders = { 0 };
  g_autofree char *device = NULL;
  g_autoptr (OfcOrder) a = NULL, b = NULL, c = NULL, d = NULL, theirs = NULL;
  OfcUuid other_id;

  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 0, &other_id);
  a = order_at (&client_id, T0, "Apple", "iPhone 11", issued);
  b = order_at (&client_id, T0 + HOUR_US, "Samsung", "Galaxy A52", refused);
  c = order_at (&client_id, T0 + 2 * HOUR_US, "Lenovo", "IdeaPad 5", NULL);
  d = order_at (&client_id, T0 + 3 * HOUR_US, "Xiaomi", "Redmi Note 8", diagnosed);
  /* another client's order, newer than all of them, is not theirs */
  theirs = order_at (&other_id, T0 + 4 * HOUR_US, "Apple", "iPad", NULL);

  ck_assert (ofc_client_orders_load (context, &client_id, &orders, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (orders.total, 4);
  ck_assert_int_eq (orders.open, 2); /* issued and refused are closed */
  ck_assert (ofc_uuid_equal (&orders.last_id, ofc_order_get_id (d)));
  ck_assert_str_eq (orders.last_number, "A-000004");
  ck_assert_int_eq (orders.last_created_at, T0 + 3 * HOUR_US);
  ck_assert_str_eq (orders.last_brand, "Xiaomi");
  ck_assert_str_eq (orders.last_model, "Redmi Note 8");
  ck_assert_str_eq (orders.last_status_name, "Diagnostics");
  ck_assert_int_eq (orders.last_status_group, OFC_STATUS_GROUP_IN_PROGRESS);
  device = ofc_client_orders_dup_last_device (&orders);
  ck_assert_str_eq (device, "Xiaomi Redmi Note 8");

  /* closing the newest order: one open left, the same order still the newest; the struct
   * is filled again in place */
  ck_assert (move (d, "ready", NULL) && move (d, "issued", NULL));
  ck_assert (ofc_client_orders_load (context, &client_id, &orders, &error));
  ck_assert_int_eq (orders.total, 4);
  ck_assert_int_eq (orders.open, 1);
  ck_assert_str_eq (orders.last_number, "A-000004");
  ck_assert_str_eq (orders.last_status_name, "Issued");
  ck_assert_int_eq (orders.last_status_group, OFC_STATUS_GROUP_CLOSED_SUCCESS);

  ck_assert (ofc_client_orders_load (context, &other_id, &orders, &error));
  ck_assert_int_eq (orders.total, 1);
  ck_assert_int_eq (orders.open, 1);
  ck_assert_str_eq (orders.last_number, "A-000005");
  ck_assert_str_eq (orders.last_status_name, "New");
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_client_orders_unknown_client)
{
  g_autoptr (GError) error = NULL;
  g_auto (OfcClientOrders) orders = { 0 };
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  OfcUuid nobody;

  /* filled for a known client first: a failed load leaves it empty, not half-stale */
  ck_assert (ofc_client_orders_load (context, &client_id, &orders, NULL));
  ck_assert_int_eq (orders.total, 1);
  ofc_uuid_generate (&nobody);
  ck_assert (!ofc_client_orders_load (context, &nobody, &orders, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert_str_eq (error->message, "The client was not found");
  ck_assert_int_eq (orders.total, 0);
  ck_assert_ptr_null (orders.last_number);
  ck_assert (ofc_uuid_is_nil (&orders.last_id));
}
END_TEST

static Suite *
orders_suite (void)
{
  Suite *suite = suite_create ("orders");
  TCase *intake = tcase_create ("intake");
  TCase *flow = tcase_create ("flow");
  TCase *client = tcase_create ("client");

  tcase_add_checked_fixture (intake, setup, teardown);
  tcase_add_test (intake, test_defaults_exist);
  tcase_add_test (intake, test_create_numbers_and_defaults);
  tcase_add_test (intake, test_find_by_number_forms);
  tcase_add_test (intake, test_refused_text_writes_nothing);
  tcase_add_test (intake, test_imei_warning);
  tcase_add_checked_fixture (flow, setup, teardown);
  tcase_add_test (flow, test_transitions);
  tcase_add_test (flow, test_closing_needs_verdict);
  tcase_add_test (flow, test_overdue_rules);
  tcase_add_test (flow, test_norm_change_follows);
  tcase_add_test (flow, test_conflict_across_connections);
  tcase_add_test (flow, test_history);
  suite_add_tcase (suite, intake);
  suite_add_tcase (suite, flow);
  tcase_add_checked_fixture (client, setup, teardown);
  tcase_add_test (client, test_client_orders_none);
  tcase_add_test (client, test_client_orders_counts_and_last);
  tcase_add_test (client, test_client_orders_unknown_client);
  suite_add_tcase (suite, client);
  return suite;
}

int
main (void)
{
  return ofc_test_run (orders_suite ());
}
