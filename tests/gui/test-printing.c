/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The printing page in a real window, with the print worker running and software
 * printers listening on loopback TCP: adding a printer with the keyboard, a refused port,
 * a test print that reaches the printer, a job that waits for a printer that is not
 * there and prints exactly once when retried, a template edit that changes what prints,
 * the print buttons of the client editor, the orders list (the selected orders' stickers in
 * one job) and the order window. Every test checks the database, and the
 * printer's transcript where something printed.
 */
#include "config.h"

#include <ofc-printing.h>

#include "ofc-client-editor.h"
#include "ofc-emulator-server.h"
#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-order-view.h"
#include "ofc-orders-page.h"
#include "ofc-preferences-window.h"
#include "ofc-printer-editor.h"
#include "ofc-printers-page.h"
#include "ofc-test-orders.h"
#include "ofc-window.h"

#define WAIT_MS 8000
#define SERIAL  "356789012345678"

static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcPrintersPage *page;
static OfcPrintQueue *queue;
static OfcEmulator *emulator;
static OfcEmulatorServer *server;

static void
setup (void)
{
  g_autoptr (GError) error = NULL;

  /* the print worker and the printers on TCP answer slower than a dialog opens */
  ofc_gui_test_set_wait_ms (WAIT_MS);
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  window = ofc_window_new (NULL, context);
  page = OFC_PRINTERS_PAGE (ofc_window_get_page (window, "printers"));
  ck_assert_ptr_nonnull (page);
  /* the worker retries only when asked: a test decides when the printer comes back */
  queue = ofc_print_queue_get_default (context);
  g_object_set (queue, "poll-interval", 200, "retry-base", 600000, "retry-max", 600000,
                "io-timeout", 2000, "status-timeout", 1000, "confirm-timeout", 3000, NULL);
  ck_assert (ofc_print_queue_start (queue, &error));
  ofc_assert_no_error (error);
  emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  ofc_emulator_set_paper (emulator, OFC_PAPER_80MM);
}

static void
teardown (void)
{
  ofc_gui_test_destroy_toplevels ();
  ofc_print_queue_stop (queue);
  g_clear_pointer (&server, ofc_emulator_server_free);
  g_clear_pointer (&emulator, ofc_emulator_free);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/*
 * Helpers
 */

static void
show_printers_page (const char *panel)
{
  ck_assert (ofc_window_show_page (window, "printers"));
  ofc_printers_page_show_panel (page, panel);
  ofc_gui_test_present (GTK_WINDOW (window));
}

static void
start_emulator (guint port)
{
  g_autoptr (GError) error = NULL;

  server = ofc_emulator_server_new_tcp (emulator, port, &error);
  ofc_assert_no_error (error);
}

static char *
dup_emulator_uri (void)
{
  return g_strdup_printf ("tcp://127.0.0.1:%u", ofc_emulator_server_get_port (server));
}

/* a port nothing listens on: taken from the system, then let go */
static guint
closed_port (void)
{
  g_autoptr (OfcEmulator) probe = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcEmulatorServer) listener = ofc_emulator_server_new_tcp (probe, 0, NULL);

  ck_assert_ptr_nonnull (listener);
  return ofc_emulator_server_get_port (listener);
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

static GListModel *
list_printers (void)
{
  g_autoptr (GError) error = NULL;
  GListModel *printers = ofc_printer_store_list (context, FALSE, &error);

  ofc_assert_no_error (error);
  return printers;
}

static OfcPrintJob *
read_job (OfcPrintJob *job)
{
  g_autoptr (GError) error = NULL;
  OfcPrintJob *now = ofc_print_jobs_get (context, ofc_print_job_get_id (job), &error);

  ofc_assert_no_error (error);
  return now;
}

static gboolean
job_has_problem (gpointer data)
{
  g_autoptr (OfcPrintJob) now = read_job (data);

  return *ofc_print_job_get_error_code (now) != '\0';
}

static gboolean
job_is_sent (gpointer data)
{
  g_autoptr (OfcPrintJob) now = read_job (data);

  return ofc_print_job_get_state (now) == OFC_PRINT_JOB_SENT;
}

static gboolean
emulator_has_job (gpointer data)
{
  return ofc_emulator_get_n_jobs (emulator) >= 1;
}

static gboolean
printed_text (const char *text)
{
  g_autoptr (GPtrArray) lines = ofc_emulator_find_events (emulator, "TEXT");

  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
printed_cut (void)
{
  g_autoptr (GPtrArray) cuts = ofc_emulator_find_events (emulator, "CUT");

  return cuts->len > 0;
}

/*
 * The printers panel
 */

START_TEST (test_add_tcp_printer_with_keyboard)
{
  g_autoptr (GListModel) printers = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  g_autofree char *id = NULL;
  GtkWidget *row;

  show_printers_page ("printers");
  ofc_gui_test_keys ("ctrl+n");
  ofc_gui_test_wait_for_toplevel (OFC_TYPE_PRINTER_EDITOR);
  ofc_gui_test_type ("Касса");
  ofc_gui_test_keys ("alt+h");
  ofc_gui_test_type ("127.0.0.1");
  ofc_gui_test_keys ("alt+p ctrl+a");
  ofc_gui_test_type ("9101");
  ofc_gui_test_keys ("ctrl+s");
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_PRINTER_EDITOR, NULL);

  printers = list_printers ();
  ck_assert_uint_eq (g_list_model_get_n_items (printers), 1);
  printer = g_list_model_get_item (printers, 0);
  ck_assert_str_eq (ofc_printer_get_name (printer), "Касса");
  ck_assert_int_eq (ofc_printer_get_language (printer), OFC_PRINTER_LANGUAGE_ESCPOS);
  ck_assert_str_eq (ofc_printer_get_uri (printer), "tcp://127.0.0.1:9101");
  g_object_get (printer, "id", &id, NULL);
  row = ofc_gui_test_find_named (GTK_WIDGET (page), id);
  ck_assert_str_eq (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Касса");
  ck_assert (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "127.0.0.1:9101") != NULL);
}
END_TEST

START_TEST (test_bad_port_focuses_it)
{
  g_autoptr (GListModel) printers = NULL;
  GtkWindow *editor;
  GtkWidget *error_label;

  show_printers_page ("printers");
  ofc_gui_test_keys ("ctrl+n");
  editor = ofc_gui_test_wait_for_toplevel (OFC_TYPE_PRINTER_EDITOR);
  ofc_gui_test_type ("Labels");
  ofc_gui_test_keys ("alt+h");
  ofc_gui_test_type ("printer.local");
  ofc_gui_test_keys ("alt+p ctrl+a");
  ofc_gui_test_type ("99999");
  ofc_gui_test_keys ("alt+n ctrl+s");

  ck_assert_ptr_eq (ofc_gui_test_find_toplevel (OFC_TYPE_PRINTER_EDITOR), editor);
  ck_assert_msg (ofc_gui_test_focus_is_in_named (editor, "port-row"), "the port has no focus");
  error_label = ofc_gui_test_find_named (GTK_WIDGET (editor), "error-label");
  ck_assert (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "65535") != NULL);
  printers = list_printers ();
  ck_assert_uint_eq (g_list_model_get_n_items (printers), 0);
}
END_TEST

START_TEST (test_test_print_reaches_the_printer)
{
  g_autoptr (OfcPrinter) printer = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *id = NULL;
  GtkWidget *button;

  start_emulator (0);
  uri = dup_emulator_uri ();
  printer = add_printer ("Касса", OFC_PRINTER_LANGUAGE_ESCPOS, uri, OFC_PRINTER_ROLE_RECEIPT);
  g_object_get (printer, "id", &id, NULL);
  show_printers_page ("printers");
  /* the status poll asks the printer as soon as the page shows */
  ofc_gui_test_wait_for_label (ofc_gui_test_find_named (GTK_WIDGET (page), id), "Ready");

  button = ofc_gui_test_find_named (ofc_gui_test_find_named (GTK_WIDGET (page), id), "test-button");
  gtk_widget_grab_focus (button);
  ofc_gui_test_keys ("Return");
  ck_assert_msg (ofc_gui_test_wait_until (emulator_has_job, NULL, WAIT_MS), "nothing printed");
  ofc_gui_test_iterate (300);
  ck_assert_msg (printed_text ("Касса"), "the test page lacks the printer's name");
  ck_assert_msg (printed_text ("Test page"), "the printer did not print a test page");
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert_msg (printed_cut (), "the test page was not cut");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "Test page sent to “Касса”");
}
END_TEST

/*
 * The queue
 */

static gboolean
badge_is (gpointer data)
{
  return ofc_printers_page_get_badge_count (page) == GPOINTER_TO_UINT (data);
}

static void
wait_for_badge (guint count)
{
  ck_assert_msg (ofc_gui_test_wait_until (badge_is, GUINT_TO_POINTER (count), WAIT_MS),
                 "the badge shows %u, not %u", ofc_printers_page_get_badge_count (page), count);
}

START_TEST (test_retry_prints_once)
{
  guint port = closed_port ();
  g_autofree char *uri = g_strdup_printf ("tcp://127.0.0.1:%u", port);
  g_autoptr (OfcPrinter) printer = add_printer ("Касса", OFC_PRINTER_LANGUAGE_ESCPOS, uri, 0);
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_TEST_PAGE,
                              .printer_id = ofc_printer_get_id (printer) };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  OfcPrintQueueView *view = ofc_printers_page_get_queue_view (page);
  g_autoptr (OfcPrintJob) shown = NULL;

  show_printers_page ("queue");
  job = ofc_print_jobs_enqueue (context, &request, &error);
  ofc_assert_no_error (error);
  ck_assert_msg (ofc_gui_test_wait_until (job_has_problem, job, WAIT_MS), "the job never failed");
  ofc_gui_test_wait_for_label (GTK_WIDGET (view), "Waiting");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "“Касса” is offline");
  shown = g_list_model_get_item (ofc_print_queue_view_get_model (view), 0);
  ck_assert (ofc_uuid_equal (ofc_print_job_get_id (shown), ofc_print_job_get_id (job)));
  wait_for_badge (1);
  ck_assert (
      gtk_widget_get_visible (ofc_gui_test_find_named (GTK_WIDGET (window), "navigation-badge")));

  start_emulator (port);
  ofc_print_queue_view_select (view, 0);
  gtk_widget_grab_focus (ofc_gui_test_find_named (GTK_WIDGET (view), "jobs-view"));
  ofc_gui_test_keys ("ctrl+r");
  ck_assert_msg (ofc_gui_test_wait_until (job_is_sent, job, WAIT_MS), "the retry did not print");
  ofc_gui_test_iterate (1500);
  ck_assert_uint_eq (ofc_emulator_get_n_jobs (emulator), 1);
  ck_assert_msg (printed_text ("Test page"), "the printer did not print the test page");
  wait_for_badge (0);
  ck_assert (
      !gtk_widget_get_visible (ofc_gui_test_find_named (GTK_WIDGET (window), "navigation-badge")));
  ofc_gui_test_wait_for_label (GTK_WIDGET (view), "Sent");
}
END_TEST

/*
 * Templates
 */

static OfcOrder *
add_order (void)
{
  g_autoptr (GError) error = NULL;
  OfcUuid client_id;
  OfcOrder *order;

  ofc_test_insert_client (ofc_context_get_database (context), "Иванов Иван", "79261234567", 0,
                          &client_id);
  order = ofc_test_create_order (context, &client_id, "Apple", "iPhone 12", SERIAL);
  ck_assert_ptr_nonnull (order);
  return order;
}

static gboolean
preview_is_ready (gpointer data)
{
  OfcTemplatePreview *preview = data;

  return !ofc_template_preview_get_busy (preview) &&
         ofc_template_preview_get_output (preview) != NULL;
}

static gboolean
payload_has (GBytes *payload, const char *text)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (payload, &size);

  /* ESC/POS has zero bytes among the text */
  return memmem (data, size, text, strlen (text)) != NULL;
}

static gboolean
preview_shows_serial (OfcTemplatePreview *preview)
{
  ck_assert_msg (ofc_gui_test_wait_until (preview_is_ready, preview, WAIT_MS), "no preview");
  return payload_has (ofc_print_output_get_payload (ofc_template_preview_get_output (preview)),
                      SERIAL);
}

static OfcPrintOutput *
render_stored (OfcOrder *order)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_ESCPOS);
  OfcPrintRenderRequest request = { .kind = OFC_PRINT_JOB_INTAKE_RECEIPT,
                                    .printer = printer,
                                    .subjects = ofc_order_get_id (order),
                                    .n_subjects = 1 };
  OfcPrintOutput *output = ofc_print_render (context, &request, &error);

  ofc_assert_no_error (error);
  return output;
}

START_TEST (test_hidden_field_no_longer_prints)
{
  g_autoptr (OfcOrder) order = add_order ();
  g_autoptr (OfcPrintTemplate) stored = NULL;
  g_autoptr (OfcPrintOutput) output = NULL;
  g_autoptr (GError) error = NULL;
  OfcTemplateEditor *editor = ofc_printers_page_get_template_editor (page);
  OfcTemplatePreview *preview = ofc_template_editor_get_preview (editor);
  GtkWidget *check;

  show_printers_page ("templates");
  ofc_template_editor_select (editor, OFC_PRINT_JOB_INTAKE_RECEIPT, "80mm");
  ck_assert_msg (preview_shows_serial (preview), "the receipt lacks the serial number");
  ofc_gui_test_wait_for_label (GTK_WIDGET (preview), ofc_order_get_number (order));

  check = ofc_gui_test_find_named (ofc_gui_test_find_named (GTK_WIDGET (editor), "serial"),
                                   "visible-check");
  gtk_widget_grab_focus (check);
  ofc_gui_test_keys ("space");
  ck_assert_msg (!preview_shows_serial (preview), "the hidden serial number still prints");
  /* an unsaved edit survives a look at another document */
  ofc_template_editor_select (editor, OFC_PRINT_JOB_ORDER_STICKER, NULL);
  ofc_template_editor_select (editor, OFC_PRINT_JOB_INTAKE_RECEIPT, "80mm");
  ck_assert (!ofc_print_template_find_field (ofc_template_editor_get_template (editor), "serial")
                  ->visible);
  ck_assert_msg (!preview_shows_serial (preview), "the draft was lost");
  gtk_widget_grab_focus (ofc_gui_test_find_named (
      ofc_gui_test_find_named (GTK_WIDGET (editor), "serial"), "visible-check"));
  ofc_gui_test_keys ("ctrl+s");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "Template saved");

  stored = ofc_print_template_load (context, OFC_PRINT_JOB_INTAKE_RECEIPT, "80mm", &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_print_template_is_stored (stored));
  ck_assert (!ofc_print_template_find_field (stored, "serial")->visible);
  output = render_stored (order);
  ck_assert (!payload_has (ofc_print_output_get_payload (output), SERIAL));
  ck_assert (payload_has (ofc_print_output_get_payload (output), ofc_order_get_number (order)));
}
END_TEST

/*
 * The print button
 */

START_TEST (test_client_editor_prints_the_card)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, &error);
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (GPtrArray) jobs = NULL;
  OfcClientEditor *editor;

  ofc_client_set_name (client, "Петрова Анна");
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_gui_test_present (GTK_WINDOW (window));
  editor = ofc_client_editor_new (GTK_WINDOW (window), store, client);
  ofc_gui_test_present (GTK_WINDOW (editor));

  /* no label printer yet: nothing is queued, and the person is told where to set one */
  ofc_gui_test_keys ("ctrl+p");
  ofc_gui_test_wait_for_label (GTK_WIDGET (editor), "No label printer is set as the default");
  jobs = ofc_print_jobs_list_for_subject (context, ofc_client_get_id (client), &error);
  ck_assert_uint_eq (jobs->len, 0);
  g_clear_pointer (&jobs, g_ptr_array_unref);

  printer = add_printer ("Этикетки", OFC_PRINTER_LANGUAGE_TSPL, "tcp://127.0.0.1:9",
                         OFC_PRINTER_ROLE_LABEL);
  ofc_gui_test_keys ("ctrl+p");
  ofc_gui_test_wait_for_label (GTK_WIDGET (editor), "Sent to “Этикетки”");
  jobs = ofc_print_jobs_list_for_subject (context, ofc_client_get_id (client), &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (jobs->len, 1);
  ck_assert_int_eq (ofc_print_job_get_kind (g_ptr_array_index (jobs, 0)),
                    OFC_PRINT_JOB_CLIENT_CARD);
  ck_assert (ofc_uuid_equal (ofc_print_job_get_printer_id (g_ptr_array_index (jobs, 0)),
                             ofc_printer_get_id (printer)));
}
END_TEST

static gboolean
list_has_rows (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (ofc_orders_page_get_list (data))) ==
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (data), "wanted"));
}

/* the jobs that print @order */
static GPtrArray *
jobs_of (OfcOrder *order)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *jobs = ofc_print_jobs_list_for_subject (context, ofc_order_get_id (order), &error);

  ofc_assert_no_error (error);
  return jobs;
}

static OfcOrder *
add_order_with_serial (const OfcUuid *client_id, const char *serial)
{
  OfcOrder *order = ofc_test_create_order (context, client_id, "Apple", "iPhone 12", serial);

  ck_assert_ptr_nonnull (order);
  return order;
}

/* Ctrl and Shift clicks pick three of four orders; Ctrl+P prints their stickers in one job */
START_TEST (test_orders_list_prints_selected_stickers)
{
  OfcOrdersPage *orders = OFC_ORDERS_PAGE (ofc_window_get_page (window, "orders"));
  GListModel *list = G_LIST_MODEL (ofc_orders_page_get_list (orders));
  GtkWidget *view = ofc_gui_test_find_named (GTK_WIDGET (orders), "orders-view");
  GtkWidget *rows = gtk_widget_get_first_child (view);
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (GPtrArray) first = NULL;
  OfcUuid client_id;

  ofc_test_insert_client (ofc_context_get_database (context), "Иванов Иван", "79261234567", 0,
                          &client_id);
  for (guint i = 0; i < 4; i++)
    g_object_unref (add_order_with_serial (&client_id, i % 2 ? "35678901234567" : "35678901234568"));
  printer = add_printer ("Этикетки", OFC_PRINTER_LANGUAGE_TSPL, "tcp://127.0.0.1:9",
                         OFC_PRINTER_ROLE_LABEL);
  ck_assert (ofc_window_show_page (window, "orders"));
  ofc_gui_test_present (GTK_WINDOW (window));
  g_object_set_data (G_OBJECT (orders), "wanted", GUINT_TO_POINTER (4));
  ck_assert (ofc_gui_test_wait_until (list_has_rows, orders, WAIT_MS));

  /* a click on row 0, Ctrl+click on row 2, Ctrl+Shift+click on row 3: row 1 stays out. The
   * clicks' action belongs to the column view's list of rows, past its header */
  while (rows != NULL && !GTK_IS_LIST_VIEW (rows))
    rows = gtk_widget_get_next_sibling (rows);
  ck_assert_ptr_nonnull (rows);
  gtk_widget_activate_action (rows, "list.select-item", "(ubb)", 0, FALSE, FALSE);
  gtk_widget_activate_action (rows, "list.select-item", "(ubb)", 2, TRUE, FALSE);
  gtk_widget_activate_action (rows, "list.select-item", "(ubb)", 3, TRUE, TRUE);
  gtk_widget_grab_focus (view);
  ofc_gui_test_keys ("ctrl+p");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "3 stickers sent to “Этикетки”");

  for (guint row = 0; row < 4; row++)
    {
      g_autoptr (OfcOrder) order = g_list_model_get_item (list, row);
      g_autoptr (GPtrArray) jobs = jobs_of (order);

      ck_assert_uint_eq (jobs->len, row == 1 ? 0 : 1);
      if (row == 0)
        first = g_ptr_array_ref (jobs);
      else if (jobs->len == 1)
        ck_assert (ofc_uuid_equal (ofc_print_job_get_id (g_ptr_array_index (jobs, 0)),
                                   ofc_print_job_get_id (g_ptr_array_index (first, 0))));
    }
  ck_assert_int_eq (ofc_print_job_get_kind (g_ptr_array_index (first, 0)),
                    OFC_PRINT_JOB_ORDER_STICKER);
}
END_TEST

/* the order window's Ctrl+P prints that order's sticker, and only that one */
START_TEST (test_order_window_prints_its_sticker)
{
  g_autoptr (OfcOrder) order = add_order ();
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (GPtrArray) jobs = NULL;
  OfcOrderView *view;

  printer = add_printer ("Этикетки", OFC_PRINTER_LANGUAGE_TSPL, "tcp://127.0.0.1:9",
                         OFC_PRINTER_ROLE_LABEL);
  ofc_gui_test_present (GTK_WINDOW (window));
  view = ofc_order_view_present (GTK_WINDOW (window), context, ofc_order_get_id (order));
  ck_assert_ptr_nonnull (view);
  ofc_gui_test_present (GTK_WINDOW (view));
  ofc_gui_test_keys ("ctrl+p");
  ofc_gui_test_wait_for_label (GTK_WIDGET (view), "Sent to “Этикетки”");
  jobs = jobs_of (order);
  ck_assert_uint_eq (jobs->len, 1);
  ck_assert_int_eq (ofc_print_job_get_kind (g_ptr_array_index (jobs, 0)), OFC_PRINT_JOB_ORDER_STICKER);
}
END_TEST

/*
 * Preferences
 */

/* Return on a switch's row turns it, as a person walking the rows with Tab does */
static void
toggle_row_of (GtkWidget *toggle)
{
  gtk_widget_grab_focus (gtk_widget_get_ancestor (toggle, ADW_TYPE_ACTION_ROW));
  ofc_gui_test_keys ("Return");
}

START_TEST (test_auto_print_settings)
{
  OfcPreferencesWindow *preferences = ofc_preferences_window_new (NULL, context);
  g_autoptr (OfcPrinter) labels = NULL;
  g_autoptr (OfcPrinter) receipts = NULL;
  GtkWidget *sticker;

  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_NONE);
  ofc_gui_test_present (GTK_WINDOW (preferences));
  sticker = ofc_gui_test_find_named (GTK_WIDGET (preferences), "auto-sticker-switch");

  /* nothing to print stickers on yet: refused, and the switch goes back */
  toggle_row_of (sticker);
  ofc_gui_test_wait_for_label (GTK_WIDGET (preferences), "No label printer is set as the default");
  ck_assert (!gtk_switch_get_active (GTK_SWITCH (sticker)));
  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_NONE);

  labels = add_printer ("Этикетки", OFC_PRINTER_LANGUAGE_TSPL, "tcp://127.0.0.1:9",
                        OFC_PRINTER_ROLE_LABEL);
  receipts = add_printer ("Касса", OFC_PRINTER_LANGUAGE_ESCPOS, "tcp://127.0.0.1:9",
                          OFC_PRINTER_ROLE_RECEIPT);
  toggle_row_of (sticker);
  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_STICKER);
  toggle_row_of (ofc_gui_test_find_named (GTK_WIDGET (preferences), "auto-receipt-switch"));
  toggle_row_of (sticker);
  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_INTAKE_RECEIPT);
}
END_TEST

static Suite *
printing_suite (void)
{
  Suite *suite = suite_create ("printing");
  TCase *printers_case = tcase_create ("printers");

  tcase_add_checked_fixture (printers_case, setup, teardown);
  tcase_add_test (printers_case, test_add_tcp_printer_with_keyboard);
  tcase_add_test (printers_case, test_bad_port_focuses_it);
  tcase_add_test (printers_case, test_test_print_reaches_the_printer);
  tcase_add_test (printers_case, test_retry_prints_once);
  tcase_add_test (printers_case, test_hidden_field_no_longer_prints);
  tcase_add_test (printers_case, test_client_editor_prints_the_card);
  tcase_add_test (printers_case, test_orders_list_prints_selected_stickers);
  tcase_add_test (printers_case, test_order_window_prints_its_sticker);
  tcase_add_test (printers_case, test_auto_print_settings);
  suite_add_tcase (suite, printers_case);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (printing_suite ());
}
