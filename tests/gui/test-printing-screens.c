/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Pictures of the printing screens for a person to look at, in a demo shop (500 clients,
 * 1000 orders, as `officina-cli demo` makes it) with a ready receipt printer, a label
 * printer out of paper, an A4 printer and one that is not connected, the latter two
 * being software printers on loopback TCP. Runs only with OFC_SCREENSHOT_DIR set:
 *
 *   OFC_SCREENSHOT_DIR=/tmp/shots ./scripts/test --suite gui printing-screens
 */
#include "config.h"

#include <ofc-printing.h>

#include "ofc-client-editor.h"
#include "ofc-emulator-server.h"
#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-preferences-window.h"
#include "ofc-printer-editor.h"
#include "ofc-printers-page.h"
#include "ofc-window.h"

static const char *directory;
static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcPrintersPage *page;
static OfcEmulator *receipts;
static OfcEmulator *labels;
static OfcEmulatorServer *receipts_server;
static OfcEmulatorServer *labels_server;

/*
 * The shop
 */

static OfcEmulatorServer *
serve (OfcEmulator *emulator)
{
  g_autoptr (GError) error = NULL;
  OfcEmulatorServer *server = ofc_emulator_server_new_tcp (emulator, 0, &error);

  ofc_assert_no_error (error);
  return server;
}

static OfcPrinter *
add_printer (const char *name, OfcPrinterLanguage language, const char *uri, OfcPrinterRoles roles)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer = ofc_printer_new (language);

  ofc_printer_set_name (printer, name);
  ofc_printer_set_uri (printer, uri);
  ofc_printer_set_roles (printer, roles);
  ck_assert_msg (ofc_printer_store_create (context, printer, &error), "%s",
                 error != NULL ? error->message : "");
  return printer;
}

static void
add_printers (void)
{
  g_autofree char *receipt_uri = NULL;
  g_autofree char *label_uri = NULL;

  receipts = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  ofc_emulator_set_paper (receipts, OFC_PAPER_80MM);
  labels = ofc_emulator_new (OFC_EMULATOR_TSPL);
  ofc_emulator_set_faults (labels, OFC_EMULATOR_FAULT_PAPER_OUT);
  receipts_server = serve (receipts);
  labels_server = serve (labels);
  receipt_uri = ofc_emulator_server_get_uri (receipts_server);
  label_uri = ofc_emulator_server_get_uri (labels_server);
  g_object_unref (add_printer ("Стойка — чеки", OFC_PRINTER_LANGUAGE_ESCPOS, receipt_uri,
                               OFC_PRINTER_ROLE_RECEIPT));
  g_object_unref (
      add_printer ("Этикетки", OFC_PRINTER_LANGUAGE_TSPL, label_uri, OFC_PRINTER_ROLE_LABEL));
  g_object_unref (
      add_printer ("Офис A4", OFC_PRINTER_LANGUAGE_SYSTEM, "Office_A4", OFC_PRINTER_ROLE_DOCUMENT));
  g_object_unref (add_printer ("Brother у окна", OFC_PRINTER_LANGUAGE_BROTHER_QL,
                               "tcp://127.0.0.1:9", OFC_PRINTER_ROLE_NONE));
}

static OfcOrder *
dup_order (guint position)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) orders = ofc_order_search (context, filter, position + 1, &error);

  ofc_assert_no_error (error);
  return g_list_model_get_item (orders, position);
}

static void
enqueue (OfcPrintJobKind kind, guint position)
{
  g_autoptr (OfcOrder) order = dup_order (position);
  OfcPrintRequest request = { .kind = kind,
                              .subjects = kind == OFC_PRINT_JOB_CLIENT_CARD
                                              ? ofc_order_get_client_id (order)
                                              : ofc_order_get_id (order),
                              .n_subjects = 1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintJob) job = ofc_print_jobs_enqueue (context, &request, &error);

  ofc_assert_no_error (error);
}

static void
setup (void)
{
  g_autoptr (GError) error = NULL;
  OfcPrintQueue *queue;

  directory = g_getenv ("OFC_SCREENSHOT_DIR");
  if (directory == NULL)
    return;
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  ck_assert (ofc_demo_generate_clients (context, 500, 7, NULL, NULL, NULL, &error));
  ck_assert (ofc_demo_generate_orders (ofc_context_get_database (context), 1000, 7, NULL, NULL,
                                       NULL, &error));
  ofc_assert_no_error (error);
  add_printers ();
  window = ofc_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = OFC_PRINTERS_PAGE (ofc_window_get_page (window, "printers"));
  queue = ofc_print_queue_get_default (context);
  g_object_set (queue, "poll-interval", 500, "retry-base", 1000, "status-timeout", 1000,
                "io-timeout", 2000, "spool-timeout", 2000, NULL);
  ck_assert (ofc_print_queue_start (queue, &error));
}

static void
teardown (void)
{
  if (context == NULL)
    return;
  ofc_gui_test_destroy_toplevels ();
  ofc_print_queue_stop (ofc_print_queue_get_default (context));
  g_clear_pointer (&receipts_server, ofc_emulator_server_free);
  g_clear_pointer (&labels_server, ofc_emulator_server_free);
  g_clear_pointer (&receipts, ofc_emulator_free);
  g_clear_pointer (&labels, ofc_emulator_free);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/*
 * Pictures
 */

static void
save (const char *name, guint wait_ms)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root -crop 1400x900+0+0 %s", path);
  int status = 0;

  ofc_gui_test_iterate (wait_ms);
  ck_assert (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  ck_assert (g_spawn_check_wait_status (status, NULL));
}

static void
close_dialogs (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      gtk_window_destroy (l->data);
  ofc_gui_test_present (GTK_WINDOW (window));
}

static OfcPrinter *
find_printer (const char *name)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer = ofc_printer_store_find (context, name, &error);

  ofc_assert_no_error (error);
  return printer;
}

static GtkWindow *
open_printer_editor (const char *name)
{
  g_autoptr (OfcPrinter) printer = name != NULL ? find_printer (name) : NULL;
  OfcPrinterEditor *editor = ofc_printer_editor_new (GTK_WINDOW (window), context, printer);

  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 860);
  ofc_gui_test_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
scroll_to_end (GtkWidget *root)
{
  GtkScrolledWindow *scrolled =
      GTK_SCROLLED_WINDOW (ofc_gui_test_find_type (root, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  ofc_gui_test_iterate (200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
shoot_printers (void)
{
  GtkWindow *editor;

  ofc_window_show_page (window, "printers");
  ofc_printers_page_show_panel (page, "printers");
  save ("printers.png", 4000);
  editor = open_printer_editor ("Стойка — чеки");
  save ("printer-editor-receipt.png", 800);
  scroll_to_end (GTK_WIDGET (editor));
  save ("printer-editor-receipt-end.png", 500);
  close_dialogs ();
  editor = open_printer_editor ("Этикетки");
  scroll_to_end (GTK_WIDGET (editor));
  save ("printer-editor-labels.png", 800);
  close_dialogs ();
  editor = open_printer_editor (NULL);
  adw_combo_row_set_selected (
      ADW_COMBO_ROW (ofc_gui_test_find (GTK_WIDGET (editor), "connection-row")), 1);
  save ("printer-editor-serial.png", 800);
  adw_combo_row_set_selected (
      ADW_COMBO_ROW (ofc_gui_test_find (GTK_WIDGET (editor), "connection-row")), 0);
  ofc_gui_test_type ("Labels");
  ofc_gui_test_keys ("alt+h");
  ofc_gui_test_type ("printer.local");
  ofc_gui_test_keys ("alt+p ctrl+a");
  ofc_gui_test_type ("99999");
  ofc_gui_test_keys ("ctrl+s");
  save ("printer-editor-error.png", 500);
  close_dialogs ();
}

static void
shoot_queue (void)
{
  OfcPrintQueueView *view = ofc_printers_page_get_queue_view (page);

  ofc_printers_page_show_panel (page, "queue");
  ofc_print_queue_view_select (view, 1);
  save ("queue.png", 1500);
  gtk_menu_button_popup (GTK_MENU_BUTTON (ofc_gui_test_find (GTK_WIDGET (view), "reprint-button")));
  save ("queue-reprint.png", 800);
  gtk_menu_button_popdown (
      GTK_MENU_BUTTON (ofc_gui_test_find (GTK_WIDGET (view), "reprint-button")));
}

static void
shoot_template (OfcPrintJobKind kind, const char *size, const char *name)
{
  OfcTemplateEditor *editor = ofc_printers_page_get_template_editor (page);

  ofc_template_editor_select (editor, kind, size);
  save (name, 2500);
}

static void
shoot_templates (void)
{
  OfcTemplateEditor *editor = ofc_printers_page_get_template_editor (page);
  const OfcPrintField *number;

  ofc_printers_page_show_panel (page, "templates");
  shoot_template (OFC_PRINT_JOB_ORDER_STICKER, "58x40", "template-sticker-58x40.png");
  shoot_template (OFC_PRINT_JOB_ORDER_STICKER, "62", "template-sticker-62.png");
  shoot_template (OFC_PRINT_JOB_INTAKE_RECEIPT, "80mm", "template-receipt-80mm.png");
  shoot_template (OFC_PRINT_JOB_INTAKE_RECEIPT, "a4", "template-receipt-a4.png");
  shoot_template (OFC_PRINT_JOB_ACT, "a4", "template-act.png");
  shoot_template (OFC_PRINT_JOB_CLIENT_CARD, "58x40", "template-card.png");
  shoot_template (OFC_PRINT_JOB_ORDER_STICKER, "40x30", "template-sticker-40x30.png");
  /* an order number too big for the label: the preview says so */
  number = ofc_print_template_find_field (ofc_template_editor_get_template (editor), "number");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ofc_gui_test_find (
                                 ofc_gui_test_find (GTK_WIDGET (editor), "number"), "size-spin")),
                             number->size * 4);
  save ("template-does-not-fit.png", 2500);
}

static void
shoot_print_button (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, &error);
  g_autoptr (OfcOrder) order = dup_order (0);
  g_autoptr (OfcClient) client =
      ofc_client_store_get (store, ofc_order_get_client_id (order), &error);
  OfcClientEditor *editor = ofc_client_editor_new (GTK_WINDOW (window), store, client);

  ofc_gui_test_present (GTK_WINDOW (editor));
  gtk_menu_button_popup (
      GTK_MENU_BUTTON (ofc_gui_test_find (GTK_WIDGET (editor), "print-menu-button")));
  save ("client-editor-print.png", 800);
  close_dialogs ();
}

START_TEST (test_screenshots)
{
  OfcPreferencesWindow *preferences;

  if (directory == NULL)
    return;
  enqueue (OFC_PRINT_JOB_ORDER_STICKER, 0);
  enqueue (OFC_PRINT_JOB_ORDER_STICKER, 1);
  enqueue (OFC_PRINT_JOB_INTAKE_RECEIPT, 2);
  enqueue (OFC_PRINT_JOB_ACT, 3);
  ofc_gui_test_present (GTK_WINDOW (window));
  shoot_printers ();
  shoot_queue ();
  shoot_templates ();
  shoot_print_button ();
  preferences = ofc_preferences_window_new (NULL, context);
  ofc_gui_test_present (GTK_WINDOW (preferences));
  save ("preferences.png", 800);
}
END_TEST

static Suite *
screens_suite (void)
{
  Suite *suite = suite_create ("printing-screens");
  TCase *screens_case = tcase_create ("screens");

  tcase_set_timeout (screens_case, 300);
  tcase_add_checked_fixture (screens_case, setup, teardown);
  tcase_add_test (screens_case, test_screenshots);
  suite_add_tcase (suite, screens_case);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (screens_suite ());
}
