/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The order window in a real window, driven by real key presses: moving the status along
 * the allowed transitions only (a refused one is never offered; closing asks for the
 * verdict), adding a work from the price list and seeing the totals with the client's
 * discount, comments, attached files with a thumbnail and a missing file, and a conflict
 * with a change made elsewhere, which overwrites nothing. Every test checks the database.
 *
 * With OFC_SCREENSHOT_DIR set, the "screenshots" case saves pictures of the orders page
 * with demo data, the intake form and the order window, for a person to look at.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-gui-format.h"
#include "ofc-gui-orders.h"
#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-order-files.h"
#include "ofc-order-intake.h"
#include "ofc-order-view.h"
#include "ofc-orders-page.h"
#include "ofc-window.h"
#include "ofc-work-dialog.h"

#define WAIT_MS 5000

static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcClient *client;
static OfcOrder *order;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  window = ofc_window_new (NULL, context);
  client = ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 1000);
  order = ofc_gui_test_add_order (context, client, "Smartphone", "Apple", "iPhone 12",
                                  "356938035643809", "Broken screen");
}

static void
teardown (void)
{
  ofc_gui_test_destroy_toplevels ();
  g_clear_object (&order);
  g_clear_object (&client);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/*
 * Helpers
 */

static OfcOrderView *
open_view (void)
{
  OfcOrderView *view;

  ofc_gui_test_present (GTK_WINDOW (window));
  view = ofc_order_view_present (GTK_WINDOW (window), context, ofc_order_get_id (order));
  ck_assert_ptr_nonnull (view);
  ofc_gui_test_present (GTK_WINDOW (view));
  return view;
}

static void
assert_status (const char *code)
{
  g_autofree char *stored = ofc_gui_test_status_code (context, order);

  ck_assert_str_eq (stored, code);
}

/* the names of the statuses the status menu offers, "|"-separated */
static char *
dup_offered (OfcOrderView *view)
{
  GtkListBox *list = GTK_LIST_BOX (ofc_gui_test_find_named (GTK_WIDGET (view), "status-list"));
  g_autoptr (GString) names = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                            gtk_widget_get_name (GTK_WIDGET (row)));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static AdwMessageDialog *
find_dialog (const char *name)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data) &&
        g_strcmp0 (gtk_widget_get_name (l->data), name) == 0)
      return l->data;
  return NULL;
}

static gboolean
dialog_is_open (gpointer name)
{
  return find_dialog (name) != NULL;
}

/*
 * Status
 */

START_TEST (test_status_follows_transitions)
{
  OfcOrderView *view = open_view ();
  g_autofree char *offered = NULL;
  g_autofree char *offered_next = NULL;
  g_autoptr (OfcOrder) stored = NULL;
  AdwMessageDialog *dialog;

  ofc_gui_test_keys ("ctrl+t");
  offered = dup_offered (view);
  /* from New: the default chain allows these three, never Ready or Issued */
  ck_assert_str_eq (offered, "diagnostics|in-repair|refused");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_iterate (200);
  assert_status ("diagnostics");

  ofc_gui_test_keys ("ctrl+t");
  offered_next = dup_offered (view);
  ck_assert_str_eq (offered_next, "waiting-parts|in-repair|ready|refused");
  /* Refused closes the order: the verdict is asked first */
  ofc_gui_test_keys ("End Return");
  ck_assert (ofc_gui_test_wait_until (dialog_is_open, (gpointer) "verdict-dialog", WAIT_MS));
  dialog = find_dialog ("verdict-dialog");
  ofc_gui_test_present (GTK_WINDOW (dialog));
  ck_assert (!adw_message_dialog_get_response_enabled (dialog, "close"));
  assert_status ("diagnostics");
  ofc_gui_test_type ("Плата не подлежит ремонту");
  ck_assert (adw_message_dialog_get_response_enabled (dialog, "close"));
  ofc_gui_test_keys ("Return");
  ofc_gui_test_iterate (300);
  assert_status ("refused");
  stored = ofc_gui_test_reload (context, order);
  ck_assert_str_eq (ofc_order_get_verdict (stored), "Плата не подлежит ремонту");
  ck_assert (ofc_order_is_closed (stored));
  /* a closed status offers nothing further */
  ofc_gui_test_present (GTK_WINDOW (view));
  ofc_gui_test_keys ("ctrl+t");
  g_free (offered);
  offered = dup_offered (view);
  ck_assert_str_eq (offered, "");
}
END_TEST

/* the store refuses a move the chain does not allow, and nothing changes */
START_TEST (test_status_refused_transition)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderStatus) ready = ofc_order_status_find (context, "ready", &error);
  g_autoptr (OfcOrder) copy = ofc_gui_test_reload (context, order);

  ofc_assert_no_error (error);
  ck_assert (!ofc_order_change_status (context, copy, ofc_order_status_get_id (ready), &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  assert_status ("new");
}
END_TEST

/*
 * Works
 */

/* whether the orders page lists the order with the works total *expected */
static gboolean
listed_works_total_is (gpointer expected)
{
  OfcOrdersPage *page = OFC_ORDERS_PAGE (ofc_window_get_page (window, "orders"));
  GListModel *list = G_LIST_MODEL (ofc_orders_page_get_list (page));
  g_autoptr (OfcOrder) listed = g_list_model_get_item (list, 0);

  return g_list_model_get_n_items (list) == 1 && listed != NULL &&
         ofc_order_get_works_total (listed) == *(const gint64 *) expected;
}

START_TEST (test_adding_work_updates_totals)
{
  OfcOrderView *view = open_view ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) works = NULL;
  g_autoptr (OfcOrderWork) work = NULL;
  g_autofree char *total = NULL;
  const char *currency = ofc_context_get_currency (context);
  gint64 listed_total = 450000;
  GtkWindow *dialog;

  ofc_gui_test_keys ("alt+2");
  ofc_gui_test_keys ("ctrl+shift+w");
  dialog = ofc_gui_test_wait_for_toplevel (OFC_TYPE_WORK_DIALOG);
  ofc_gui_test_type ("screen");
  ofc_gui_test_keys ("Down Return");
  ck_assert (ofc_gui_test_focus_is_in_named (dialog, "quantity-row"));
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("2");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_WORK_DIALOG, NULL);

  works = ofc_order_list_works (context, order, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (works), 1);
  work = g_list_model_get_item (works, 0);
  ck_assert_str_eq (ofc_order_work_get_name (work), "Screen replacement");
  ck_assert_int_eq (ofc_order_work_get_quantity (work), 2);
  ck_assert_int_eq (ofc_order_work_get_price (work), 250000);
  ck_assert_int_eq (ofc_order_work_get_warranty_days (work), 90);
  /* 2 × 2 500 less the client's 10 % on works */
  total = ofc_gui_format_money (450000, currency);
  ck_assert_str_eq (
      gtk_label_get_text (GTK_LABEL (ofc_gui_test_find_named (GTK_WIDGET (view), "total-label"))),
      total);
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (GTK_WIDGET (view), "Screen replacement"));
  ck_assert_msg (ofc_gui_test_wait_until (listed_works_total_is, &listed_total, WAIT_MS),
                 "the orders list does not have the works total");
}
END_TEST

/*
 * Comments and files
 */

START_TEST (test_comment_added)
{
  OfcOrderView *view = open_view ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) comments = NULL;
  g_autoptr (OfcOrderComment) comment = NULL;

  ofc_gui_test_keys ("alt+3");
  gtk_widget_grab_focus (ofc_gui_test_find_named (GTK_WIDGET (view), "comment-row"));
  ofc_gui_test_type ("Клиент просил позвонить");
  ofc_gui_test_keys ("Return");
  comments = ofc_order_list_comments (context, order, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (comments), 1);
  comment = g_list_model_get_item (comments, 0);
  ck_assert_str_eq (ofc_order_comment_get_text (comment), "Клиент просил позвонить");
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (GTK_WIDGET (view), "Клиент просил позвонить"));
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (view), "comment-row"), "");
}
END_TEST

static char *
write_png (void)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);
  char *path = g_build_filename (folder, "front.png", NULL);

  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  ck_assert (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
  return path;
}

static gboolean
files_idle (gpointer files)
{
  return !ofc_order_files_get_busy (files);
}

static gboolean
picture_shown (gpointer root)
{
  GtkWidget *picture = ofc_gui_test_find_type (root, GTK_TYPE_PICTURE);

  return picture != NULL && gtk_widget_get_visible (picture) &&
         gtk_picture_get_paintable (GTK_PICTURE (picture)) != NULL;
}

static gboolean
missing_shown (gpointer panel)
{
  return ofc_gui_test_find_label (panel, "File missing") != NULL;
}

static void
attach (OfcOrderView *view, const char *path)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *panel = ofc_gui_test_find_type (GTK_WIDGET (view), OFC_TYPE_ORDER_FILES);

  g_list_store_append (files, file);
  ofc_order_files_attach (OFC_ORDER_FILES (panel), G_LIST_MODEL (files));
  ck_assert (ofc_order_files_get_busy (OFC_ORDER_FILES (panel)));
  ck_assert (ofc_gui_test_wait_until (files_idle, panel, WAIT_MS));
}

START_TEST (test_files_attached_and_missing)
{
  OfcOrderView *view = open_view ();
  g_autofree char *png = write_png ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) attachments = NULL;
  g_autoptr (OfcOrderAttachment) attachment = NULL;
  g_autoptr (GFile) stored = NULL;
  g_autofree char *path = NULL;
  GtkWidget *panel = ofc_gui_test_find_type (GTK_WIDGET (view), OFC_TYPE_ORDER_FILES);

  ofc_gui_test_keys ("alt+4");
  attach (view, png);
  attachments = ofc_order_list_attachments (context, order, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (attachments), 1);
  /* the thumbnail is decoded in a worker and shown when it arrives */
  ck_assert (ofc_gui_test_wait_until (picture_shown, panel, WAIT_MS));
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (panel, "front.png"));

  /* the stored copy vanished: its tile says so */
  attachment = g_list_model_get_item (attachments, 0);
  stored = ofc_order_attachment_get_file (context, attachment, &error);
  ofc_assert_no_error (error);
  path = g_file_get_path (stored);
  ck_assert_int_eq (g_unlink (path), 0);
  ofc_order_files_set_order (OFC_ORDER_FILES (panel), context, ofc_order_view_get_order (view));
  ck_assert (ofc_gui_test_wait_until (missing_shown, panel, WAIT_MS));
}
END_TEST

/*
 * Conflicts
 */

static void
change_elsewhere (const char *malfunction)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) other =
      ofc_database_open_another (ofc_context_get_database (context), &error);
  g_autoptr (OfcContext) other_context = NULL;
  g_autoptr (OfcOrder) copy = NULL;

  ofc_assert_no_error (error);
  other_context = ofc_context_new (other);
  copy = ofc_order_load (other_context, ofc_order_get_id (order), &error);
  ofc_assert_no_error (error);
  ofc_order_set_malfunction (copy, malfunction);
  ck_assert_msg (ofc_order_save (other_context, copy, &error), "%s",
                 error != NULL ? error->message : "");
}

START_TEST (test_conflict_overwrites_nothing)
{
  OfcOrderView *view = open_view ();
  g_autoptr (OfcOrder) stored = NULL;
  GtkWidget *malfunction = ofc_gui_test_find_named (GTK_WIDGET (view), "malfunction-row");
  AdwMessageDialog *dialog;

  change_elsewhere ("Не заряжается");
  gtk_widget_grab_focus (malfunction);
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("Разбит экран и корпус");
  ofc_gui_test_keys ("Escape ctrl+s");
  ck_assert (ofc_gui_test_wait_until (dialog_is_open, (gpointer) "conflict-dialog", WAIT_MS));
  stored = ofc_gui_test_reload (context, order);
  ck_assert_str_eq (ofc_order_get_malfunction (stored), "Не заряжается");

  /* Reload is the default answer: the window shows what is stored now */
  dialog = find_dialog ("conflict-dialog");
  ofc_gui_test_present (GTK_WINDOW (dialog));
  ofc_gui_test_keys ("Return");
  ofc_gui_test_iterate (200);
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (malfunction)), "Не заряжается");
  /* and a save from there goes through */
  ck_assert (ofc_order_view_save (view));
}
END_TEST

/*
 * Pictures for a person to look at
 */

static void
save_screenshot (const char *directory, const char *name)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);
  int status = 0;

  ofc_gui_test_iterate (600);
  ck_assert (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  ck_assert (g_spawn_check_wait_status (status, NULL));
}

/* an open order of the demo data with works and comments, for the order window's pictures */
static OfcOrder *
find_busy_order (void)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GListModel) found = NULL;

  filter->status_groups = 1 << OFC_STATUS_GROUP_IN_PROGRESS;
  found = ofc_order_search (context, filter, 50, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (OfcOrder) candidate = g_list_model_get_item (found, i);
      g_autoptr (GListModel) works = ofc_order_list_works (context, candidate, NULL);
      g_autoptr (GListModel) comments = ofc_order_list_comments (context, candidate, NULL);

      if (g_list_model_get_n_items (works) > 0 && g_list_model_get_n_items (comments) > 0)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

static void
shoot_intake (const char *directory)
{
  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_INTAKE);
  ofc_gui_test_type ("916");
  save_screenshot (directory, "intake-client-matches.png");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_type ("smart");
  save_screenshot (directory, "intake-device-type.png");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_type ("Samsung");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("Galaxy A52");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("356938035643808");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_keys ("Down");
  save_screenshot (directory, "intake-filled.png");
  ofc_gui_test_keys ("Escape Escape");
}

static void
shoot_view (const char *directory, OfcOrderView *view)
{
  static const char *const pages[] = { "details", "works", "comments", "files", "history" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("order-%s.png", pages[i]);
      g_autofree char *keys = g_strdup_printf ("alt+%u", i + 1);

      ofc_gui_test_keys (keys);
      save_screenshot (directory, name);
    }
  ofc_gui_test_keys ("ctrl+t");
  save_screenshot (directory, "order-status.png");
  ofc_gui_test_keys ("Escape");
}

START_TEST (test_screenshots)
{
  const char *directory = g_getenv ("OFC_SCREENSHOT_DIR");
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  OfcOrderView *view;

  if (directory == NULL)
    return;
  ck_assert (ofc_demo_generate_clients (context, 2000, 7, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_orders (ofc_context_get_database (context), 3000, 7, NULL, NULL,
                                       NULL, &error));
  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_window_maximize (GTK_WINDOW (window));
  save_screenshot (directory, "orders-page.png");
  ofc_gui_test_keys ("ctrl+l");
  save_screenshot (directory, "orders-filter.png");
  ofc_gui_test_keys ("Escape");
  shoot_intake (directory);
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_ORDER_INTAKE, NULL);

  g_set_object (&order, find_busy_order ());
  ck_assert_ptr_nonnull (order);
  view = open_view ();
  png = write_png ();
  attach (view, png);
  shoot_view (directory, view);
}
END_TEST

static Suite *
order_view_suite (void)
{
  Suite *suite = suite_create ("order-view");
  TCase *status = tcase_create ("status");
  TCase *parts = tcase_create ("parts");
  TCase *conflict = tcase_create ("conflict");

  tcase_add_checked_fixture (status, setup, teardown);
  tcase_add_test (status, test_status_follows_transitions);
  tcase_add_test (status, test_status_refused_transition);
  suite_add_tcase (suite, status);
  tcase_add_checked_fixture (parts, setup, teardown);
  tcase_add_test (parts, test_adding_work_updates_totals);
  tcase_add_test (parts, test_comment_added);
  tcase_add_test (parts, test_files_attached_and_missing);
  suite_add_tcase (suite, parts);
  tcase_add_checked_fixture (conflict, setup, teardown);
  tcase_add_test (conflict, test_conflict_overwrites_nothing);
  tcase_add_test (conflict, test_screenshots);
  suite_add_tcase (suite, conflict);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (order_view_suite ());
}
