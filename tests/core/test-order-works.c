/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Works, totals and attachments of repair orders: the discount's named rounding and exact
 * line shares, the lists' works total agreeing with the totals, works on closed orders,
 * stale work edits, files copied by content, a vanished file reported clearly.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-test-orders.h"
#include "ofc-test.h"
#include "orders/ofc-order-private.h"

static char *folder;
static OfcContext *context;
static OfcDatabase *database;
static OfcUuid client_id;

static void
setup (void)
{
  g_autoptr (OfcDatabase) opened = NULL;

  folder = ofc_test_make_tmpdir ();
  opened = ofc_test_open_database (folder, NULL);
  context = ofc_context_new (opened);
  database = ofc_context_get_database (context);
  /* 7.5 % off works */
  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 750, &client_id);
}

static void
teardown (void)
{
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

START_TEST (test_section_rounding)
{
  g_autoptr (GError) error = NULL;
  const OfcTotalsLine lines[] = { { 3, 33333 } };
  const OfcTotalsLine mixed[] = { { 1, 50000 }, { 3, 33333 }, { 7, 101 } };
  const OfcTotalsLine huge[] = { { 10000, G_MAXINT64 / 1000 } };
  OfcTotalsSection section;
  gint64 shares[3];

  ck_assert (ofc_totals_section_compute (lines, 1, 750, "RUB", &section, shares, &error));
  ck_assert_int_eq (section.subtotal.minor, 99999);
  /* 999.99 × 7.5 % = 74.99925, half up → 75.00 */
  ck_assert_int_eq (section.discount.minor, 7500);
  ck_assert_int_eq (section.total.minor, 92499);
  ck_assert_int_eq (shares[0], 7500);
  ck_assert (ofc_totals_section_compute (mixed, 3, 750, "RUB", &section, shares, &error));
  ck_assert_int_eq (section.subtotal.minor, 150706);
  ck_assert_int_eq (section.discount.minor, 11303); /* 11302.95 → 11303 */
  ck_assert_int_eq (shares[0] + shares[1] + shares[2], section.discount.minor);
  ck_assert_int_eq (shares[0], 3750);
  ck_assert (!ofc_totals_section_compute (huge, 1, 0, "RUB", &section, NULL, &error));
  ofc_assert_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_OVERFLOW);
}
END_TEST

START_TEST (test_order_totals)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderWork) screen = ofc_order_work_new ("Screen replacement", 33333);
  g_autoptr (OfcOrderWork) diagnostics = ofc_order_work_new ("Diagnostics", 50000);
  g_autoptr (GListModel) works = NULL;
  g_autoptr (OfcOrderWork) first = NULL;
  OfcOrderTotals totals;

  ck_assert_int_eq (ofc_order_get_discount_works (order), 750);
  ofc_order_work_set_quantity (screen, 3);
  ck_assert (ofc_order_add_work (context, order, screen, &error));
  ck_assert (ofc_order_add_work (context, order, diagnostics, &error));
  ck_assert (ofc_order_totals_compute (context, order, &totals, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (totals.works.subtotal.minor, 149999);
  ck_assert_int_eq (totals.works.discount.minor, 11250); /* 11249.925 → 11250 */
  ck_assert_int_eq (totals.works.total.minor, 138749);
  ck_assert_int_eq (totals.parts.total.minor, 0);
  ck_assert_int_eq (totals.total.minor, 138749);
  ck_assert_int_eq (totals.due.minor, 138749);
  ck_assert_str_eq (totals.total.currency, ofc_context_get_currency (context));
  works = ofc_order_list_works (context, order, &error);
  first = g_list_model_get_item (works, 0);
  ck_assert_int_eq (ofc_order_work_get_amount (first), 99999);
  ck_assert_int_eq (ofc_order_work_get_discount (first), 7500);
  ck_assert_int_eq (ofc_order_work_get_total (first), 92499);
}
END_TEST

/* the works total the lists read in SQL against the totals' own sum: 2 × 5.10 at 7.5 % is
 * a discount of 0.765, which only the named rounding makes 0.77 */
START_TEST (test_works_total)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrder) empty = ofc_test_create_order (context, &client_id, "Nokia", "3310", "");
  g_autoptr (OfcOrderWork) cable = ofc_order_work_new ("Cable", 510);
  g_autoptr (OfcOrderWork) gone = ofc_order_work_new ("Removed", 99900);
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GListModel) found = NULL;
  g_autoptr (OfcOrder) loaded = NULL;
  OfcOrderTotals totals;

  ofc_order_work_set_quantity (cable, 2);
  ck_assert (ofc_order_add_work (context, order, cable, &error));
  ck_assert (ofc_order_add_work (context, order, gone, &error));
  ck_assert (ofc_order_remove_work (context, order, gone, &error));
  ck_assert (ofc_order_totals_compute (context, order, &totals, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (totals.works.discount.minor, 77);
  ck_assert_int_eq (totals.works.total.minor, 943);

  loaded = ofc_order_load (context, ofc_order_get_id (order), &error);
  ck_assert_int_eq (ofc_order_get_works_total (loaded), totals.works.total.minor);
  found = ofc_order_search (context, filter, 100, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (found), 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (OfcOrder) item = g_list_model_get_item (found, i);
      gboolean is_order = ofc_uuid_equal (ofc_order_get_id (item), ofc_order_get_id (order));

      ck_assert_int_eq (ofc_order_get_works_total (item), is_order ? 943 : 0);
    }
}
END_TEST

/* a page of the list sums each order's works through the index on the order id, not by
 * scanning every work line of the shop */
START_TEST (test_works_total_indexed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcStatement) plan = NULL;
  gboolean indexed = FALSE;

  plan = ofc_database_prepare (database,
                               "EXPLAIN QUERY PLAN SELECT " OFC_ORDER_COLUMNS "," OFC_ORDER_NAMES
                               ", o.rowid" OFC_ORDER_JOINS
                               " WHERE o.rowid IN (SELECT value FROM json_each(?1))",
                               &error);
  ofc_assert_no_error (error);
  ofc_statement_bind_text (plan, 1, "[1,2,3]");
  while (ofc_statement_step (plan, &error))
    {
      const char *detail = ofc_statement_get_text (plan, 3);

      ck_assert_msg (strstr (detail, "SCAN w") == NULL, "%s", detail);
      indexed |= strstr (detail, "SEARCH w USING INDEX order_work_order") != NULL;
    }
  ofc_assert_no_error (error);
  ck_assert (indexed);
}
END_TEST

START_TEST (test_work_rules)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderWork) work = ofc_order_work_new ("Cleaning", 100000);
  g_autoptr (OfcOrderWork) zero = ofc_order_work_new ("Nothing", 100);
  g_autoptr (OfcOrderWork) late = ofc_order_work_new ("Late", 100);
  g_autoptr (GListModel) works = NULL;
  g_autoptr (OfcOrderWork) stale = NULL;
  g_autoptr (OfcOrderStatus) refused = ofc_test_status (context, "refused");

  ofc_order_work_set_quantity (zero, 0);
  ck_assert (!ofc_order_add_work (context, order, zero, &error));
  ck_assert_str_eq (ofc_error_get_field (error), "quantity");
  g_clear_error (&error);
  ck_assert (ofc_order_add_work (context, order, work, &error));
  works = ofc_order_list_works (context, order, &error);
  stale = g_list_model_get_item (works, 0);
  ofc_order_work_set_price (work, 120000);
  ck_assert (ofc_order_save_work (context, order, work, &error));
  ofc_order_work_set_price (stale, 90000);
  ck_assert (!ofc_order_save_work (context, order, stale, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_CONFLICT);
  g_clear_error (&error);
  ofc_order_set_verdict (order, "Refused the repair");
  ck_assert (ofc_order_change_status (context, order, ofc_order_status_get_id (refused), &error));
  ck_assert (!ofc_order_add_work (context, order, late, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
}
END_TEST

static GFile *
write_file (const char *name, const char *contents)
{
  g_autofree char *file_path = g_build_filename (folder, name, NULL);

  ck_assert (g_file_set_contents (file_path, contents, -1, NULL));
  return g_file_new_for_path (file_path);
}

START_TEST (test_attachments)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (GFile) photo = write_file ("photo.jpg", "not really a JPEG");
  g_autoptr (GFile) same = write_file ("again.jpg", "not really a JPEG");
  g_autoptr (OfcOrderAttachment) first = NULL;
  g_autoptr (OfcOrderAttachment) second = NULL;
  g_autoptr (GFile) stored = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autofree char *stored_path = NULL;
  g_autofree char *files = ofc_order_attachments_dup_folder (database);

  first = ofc_order_attach_file (context, order, photo, NULL, &error);
  ofc_assert_no_error (error);
  second = ofc_order_attach_file (context, order, same, NULL, &error);
  ck_assert_str_eq (ofc_order_attachment_get_sha256 (first),
                    ofc_order_attachment_get_sha256 (second));
  ck_assert_str_eq (ofc_order_attachment_get_name (second), "again.jpg");
  stored = ofc_order_attachment_get_file (context, first, &error);
  ofc_assert_no_error (error);
  stored_path = g_file_get_path (stored);
  ck_assert (g_str_has_prefix (stored_path, files));
  ck_assert (ofc_order_remove_attachment (context, order, second, &error));
  list = ofc_order_list_attachments (context, order, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (list), 1);
  /* the file vanishes from the folder: a clear error naming it and where it should be */
  ck_assert_int_eq (g_unlink (stored_path), 0);
  g_clear_object (&stored);
  stored = ofc_order_attachment_get_file (context, first, &error);
  ck_assert_ptr_null (stored);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert (strstr (error->message, "photo.jpg") != NULL);
  ck_assert (strstr (error->message, stored_path) != NULL);
}
END_TEST

START_TEST (test_attachment_refused)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autofree char *big_path = g_build_filename (folder, "video.mp4", NULL);
  g_autoptr (GFile) big = g_file_new_for_path (big_path);
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/scan.pdf");
  g_autoptr (OfcOrderAttachment) attachment = NULL;
  FILE *stream = fopen (big_path, "w");

  ck_assert (stream != NULL);
  ck_assert_int_eq (fseek (stream, OFC_ATTACHMENT_MAX_SIZE, SEEK_SET), 0);
  ck_assert_int_eq (fputc ('x', stream), 'x');
  ck_assert_int_eq (fclose (stream), 0);
  attachment = ofc_order_attach_file (context, order, big, NULL, &error);
  ck_assert_ptr_null (attachment);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  g_clear_error (&error);
  attachment = ofc_order_attach_file (context, order, missing, NULL, &error);
  ck_assert_ptr_null (attachment);
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  ck_assert (strstr (error->message, "scan.pdf") != NULL);
}
END_TEST

static Suite *
works_suite (void)
{
  Suite *suite = suite_create ("order-works");
  TCase *totals = tcase_create ("totals");
  TCase *files = tcase_create ("files");

  tcase_add_checked_fixture (totals, setup, teardown);
  tcase_add_test (totals, test_section_rounding);
  tcase_add_test (totals, test_order_totals);
  tcase_add_test (totals, test_works_total);
  tcase_add_test (totals, test_works_total_indexed);
  tcase_add_test (totals, test_work_rules);
  tcase_add_checked_fixture (files, setup, teardown);
  tcase_add_test (files, test_attachments);
  tcase_add_test (files, test_attachment_refused);
  suite_add_tcase (suite, totals);
  suite_add_tcase (suite, files);
  return suite;
}

int
main (void)
{
  return ofc_test_run (works_suite ());
}
