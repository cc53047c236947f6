/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The orders page and the intake form in a real window, driven by real key presses:
 * taking a device in for an existing client and for a client created on the spot, the
 * picked client's earlier orders under the client field,
 * searching by phone, serial and number, the urgent and overdue counters, saved filters,
 * and a barcode scanner's burst of keys opening an order from another page while a
 * person's typing does not. Every test checks the database, not only the widgets.
 */
#include "config.h"

#include "ofc-client-editor.h"
#include "ofc-gui-format.h"
#include "ofc-gui-orders.h"
#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-list-selection.h"
#include "ofc-order-intake.h"
#include "ofc-order-view.h"
#include "ofc-orders-page.h"
#include "ofc-window.h"

#define WAIT_MS 5000

static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcOrdersPage *page;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  window = ofc_window_new (NULL, context);
  page = OFC_ORDERS_PAGE (ofc_window_get_page (window, "orders"));
  ck_assert_ptr_nonnull (page);
  ck_assert (ofc_window_show_page (window, "orders"));
}

static void
teardown (void)
{
  ofc_gui_test_destroy_toplevels ();
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/*
 * Helpers
 */

static GListModel *
view_model (void)
{
  return G_LIST_MODEL (ofc_orders_page_get_list (page));
}

static const char *
order_number (gpointer order)
{
  return ofc_order_get_number (order);
}

static void
assert_list_shows (const char *expected)
{
  ofc_gui_test_wait_for_item_texts (view_model (), order_number, expected);
}

static GPtrArray *
list_all_orders (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GListModel) found = ofc_order_search (context, filter, 100, &error);
  GPtrArray *orders = g_ptr_array_new_with_free_func (g_object_unref);

  ofc_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    g_ptr_array_add (orders, g_list_model_get_item (found, i));
  return orders;
}

static OfcOrder *
the_only_order (void)
{
  g_autoptr (GPtrArray) orders = list_all_orders ();

  ck_assert_uint_eq (orders->len, 1);
  return g_object_ref (g_ptr_array_index (orders, 0));
}

static void
assert_journal_has (OfcOrder *order, const char *operation)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) history = ofc_order_list_history (context, order, &error);

  ofc_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr (OfcJournalEntry) entry = g_list_model_get_item (history, i);

      if (g_strcmp0 (ofc_journal_entry_get_operation (entry), operation) == 0)
        return;
    }
  ck_abort_msg ("no “%s” entry in the order's history", operation);
}

/*
 * Intake
 */

START_TEST (test_intake_existing_client)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcClient) other =
      ofc_gui_test_add_client (context, "Сидоров Пётр", "+7 903 765-43-21", 0);
  g_autoptr (OfcOrder) order = NULL;
  g_autofree char *status = NULL;
  GtkWindow *intake;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  intake = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_INTAKE);
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "client-row"));
  ofc_gui_test_type ("926 123");
  /* the match is highlighted: Enter takes it and moves on to the device type */
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "device-type-row"));
  ofc_gui_test_type ("smartph");
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "brand-row"));
  ofc_gui_test_type ("Apple");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("iPhone 12");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("356938035643809");
  ofc_gui_test_keys ("Tab");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "malfunction-row"));
  ofc_gui_test_type ("Не включается");
  /* nothing highlighted in a free-text field: Enter saves */
  ofc_gui_test_keys ("Return");
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_ORDER_INTAKE, GTK_WINDOW (window));

  order = the_only_order ();
  ck_assert (ofc_uuid_equal (ofc_order_get_client_id (order), ofc_client_get_id (client)));
  ck_assert_str_eq (ofc_order_get_number (order), "A-000001");
  ck_assert_str_eq (ofc_order_get_device_type_name (order), "Smartphone");
  ck_assert_str_eq (ofc_order_get_brand (order), "Apple");
  ck_assert_str_eq (ofc_order_get_model (order), "iPhone 12");
  ck_assert_str_eq (ofc_order_get_serial (order), "356938035643809");
  ck_assert_str_eq (ofc_order_get_malfunction (order), "Не включается");
  /* the smartphone preset: completeness and a deadline three days on */
  ck_assert_str_eq (ofc_order_get_completeness (order), "Device only");
  ck_assert_int_gt (ofc_order_get_deadline (order), ofc_order_get_created_at (order));
  status = ofc_gui_test_status_code (context, order);
  ck_assert_str_eq (status, "new");
  assert_journal_has (order, "create");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "Order A-000001 created");
  assert_list_shows ("A-000001");
}
END_TEST

static void
refuse (OfcOrder *order)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderStatus) refused = ofc_order_status_find (context, "refused", &error);

  ofc_assert_no_error (error);
  ofc_order_set_verdict (order, "Not worth repairing");
  ck_assert (ofc_order_change_status (context, order, ofc_order_status_get_id (refused), &error));
  ofc_assert_no_error (error);
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* a client picked at intake shows their orders under the field, as a warning while one is
 * open; editing the text drops them with the pick; a client without orders and a new
 * client typed in are told apart */
START_TEST (test_intake_shows_client_orders)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcClient) other =
      ofc_gui_test_add_client (context, "Сидоров Пётр", "+7 903 765-43-21", 0);
  g_autoptr (OfcOrder) old = ofc_gui_test_add_order (context, client, "Smartphone", "Samsung",
                                                     "Galaxy A52", "", "Broken screen");
  g_autoptr (OfcOrder) last = ofc_gui_test_add_order (context, client, "Smartphone", "Apple",
                                                      "iPhone 12", "", "Does not charge");
  g_autoptr (GPtrArray) orders = NULL;
  g_autofree char *day = ofc_gui_format_day_of (ofc_order_get_created_at (last));
  g_autofree char *subtitle = g_strdup_printf ("Last: A-000002, %s, Apple iPhone 12 — New", day);
  GtkWidget *row, *client_row;
  GtkWindow *intake;

  refuse (old);
  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  intake = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_INTAKE);
  row = ofc_gui_test_find_named (GTK_WIDGET (intake), "client-orders-row");
  client_row = ofc_gui_test_find_named (GTK_WIDGET (intake), "client-row");
  ck_assert (!gtk_widget_get_visible (row));
  ofc_gui_test_type ("926 123");
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "device-type-row"));
  ck_assert (gtk_widget_get_mapped (row));
  ck_assert_str_eq (row_title (row), "2 earlier orders · 1 still open");
  ck_assert_str_eq (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle);
  ck_assert (gtk_widget_has_css_class (row, "warning"));

  /* editing the picked client's text drops the pick and the orders with it */
  gtk_widget_grab_focus (client_row);
  ofc_gui_test_keys ("End BackSpace");
  ck_assert (!gtk_widget_get_visible (row));

  /* a client who has had no orders */
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("903 765");
  ofc_gui_test_keys ("Return");
  ck_assert (gtk_widget_get_mapped (row));
  ck_assert_str_eq (row_title (row), "No earlier orders");
  ck_assert_str_eq (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "");
  ck_assert (!gtk_widget_has_css_class (row, "warning"));

  /* a new client being typed in has none */
  gtk_widget_grab_focus (client_row);
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("+7 999 111-22-33");
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "new-client-name-row"));
  ck_assert (!gtk_widget_get_visible (row));

  /* looking wrote nothing */
  orders = list_all_orders ();
  ck_assert_uint_eq (orders->len, 2);
}
END_TEST

START_TEST (test_intake_new_client_inline)
{
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, NULL);
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (OfcOrder) order = NULL;
  GtkWindow *intake;
  GtkWidget *serial;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  intake = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_INTAKE);
  ofc_gui_test_type ("+7 999 111-22-33");
  /* nobody has it: the only suggestion is a new client with this phone */
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "new-client-name-row"));
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (intake), "new-client-phone-row"),
                    "+7 999 111-22-33");
  ofc_gui_test_type ("Новиков Олег");
  ofc_gui_test_keys ("Tab Tab");
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "device-type-row"));
  ofc_gui_test_type ("lapt");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_type ("Lenovo");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("IdeaPad 5");
  ofc_gui_test_keys ("Tab");
  /* a wrong IMEI check digit is flagged, not refused */
  ofc_gui_test_type ("356938035643808");
  serial = ofc_gui_test_find_named (GTK_WIDGET (intake), "serial-row");
  ck_assert (gtk_widget_has_css_class (serial, "warning"));
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("Overheats");
  ofc_gui_test_keys ("ctrl+s");
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_ORDER_INTAKE, GTK_WINDOW (window));

  found = ofc_client_store_find_by_phone (store, "89991112233", NULL, NULL);
  ck_assert_uint_eq (found->len, 1);
  ck_assert_str_eq (ofc_client_get_name (g_ptr_array_index (found, 0)), "Новиков Олег");
  order = the_only_order ();
  ck_assert (ofc_uuid_equal (ofc_order_get_client_id (order),
                             ofc_client_get_id (g_ptr_array_index (found, 0))));
  ck_assert_str_eq (ofc_order_get_device_type_name (order), "Laptop");
  ck_assert_str_eq (ofc_order_get_serial (order), "356938035643808");
  ck_assert_str_eq (ofc_order_get_completeness (order), "Device only, Charger");
}
END_TEST

/* a refused intake writes nothing, not even the new client, and names the field */
START_TEST (test_intake_refused_changes_nothing)
{
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, NULL);
  g_autoptr (GPtrArray) clients = NULL;
  g_autoptr (GPtrArray) orders = NULL;
  GtkWindow *intake;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  intake = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_INTAKE);
  ofc_gui_test_type ("+7 999 222-33-44");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_type ("Орлова Анна");
  ofc_gui_test_keys ("alt+e");
  ofc_gui_test_type ("сто рублей");
  ofc_gui_test_keys ("ctrl+s");
  ck_assert (gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (intake), "error-label")));
  ck_assert (ofc_gui_test_focus_is_in_named (intake, "estimate-row"));
  clients = ofc_client_store_search (store, "", OFC_CLIENT_SEARCH_DEFAULT, 0, 10, NULL);
  ck_assert_uint_eq (clients->len, 0);
  orders = list_all_orders ();
  ck_assert_uint_eq (orders->len, 0);

  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("1500");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_ORDER_INTAKE, GTK_WINDOW (window));
  g_clear_pointer (&orders, g_ptr_array_unref);
  orders = list_all_orders ();
  ck_assert_uint_eq (orders->len, 1);
  ck_assert_int_eq (ofc_order_get_estimate (g_ptr_array_index (orders, 0)), 150000);
}
END_TEST

/*
 * The list
 */

START_TEST (test_search_by_phone_serial_number)
{
  g_autoptr (OfcClient) ivanov =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcClient) petrov =
      ofc_gui_test_add_client (context, "Петров Пётр", "+7 916 555-00-11", 0);
  g_autoptr (OfcOrder) a = ofc_gui_test_add_order (context, ivanov, "Smartphone", "Apple",
                                                   "iPhone 11", "356938035643809", "Broken screen");
  g_autoptr (OfcOrder) b = ofc_gui_test_add_order (
      context, petrov, "Tablet", "Samsung", "Galaxy Tab A", "R52N90ABCDE", "Does not charge");
  g_autoptr (OfcOrder) c = ofc_gui_test_add_order (context, ivanov, "Laptop", "Lenovo", "IdeaPad 5",
                                                   "PF2XYZ77", "Overheats");
  GtkWidget *entry = ofc_gui_test_find_named (GTK_WIDGET (page), "search-entry");

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("A-000003|A-000002|A-000001");
  ofc_gui_test_keys ("ctrl+f");
  ck_assert (ofc_gui_test_focus_is_in (GTK_WINDOW (window), entry));
  ofc_gui_test_type ("926 123");
  assert_list_shows ("A-000003|A-000001");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("R52N90");
  assert_list_shows ("A-000002");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("A-000003");
  assert_list_shows ("A-000003");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("galaxy");
  assert_list_shows ("A-000002");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("нет такого");
  assert_list_shows ("");
  ck_assert (
      gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (page), "no-matches-page")));
  ofc_gui_test_keys ("Escape");
  assert_list_shows ("A-000003|A-000002|A-000001");
}
END_TEST

/* Enter in the search with one match opens it */
START_TEST (test_search_enter_opens_the_match)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcOrder) a = ofc_gui_test_add_order (context, client, "Smartphone", "Apple",
                                                   "iPhone 11", "", "Broken screen");
  g_autoptr (OfcOrder) b = ofc_gui_test_add_order (context, client, "Smartphone", "Xiaomi",
                                                   "Redmi 9", "", "Does not charge");
  GtkWindow *view;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+f");
  ofc_gui_test_type ("redmi");
  assert_list_shows ("A-000002");
  ofc_gui_test_keys ("Return");
  view = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_VIEW);
  ck_assert_str_eq (ofc_order_get_number (ofc_order_view_get_order (OFC_ORDER_VIEW (view))),
                    "A-000002");
}
END_TEST

static gboolean
label_has_text (gpointer label)
{
  return g_strcmp0 (gtk_label_get_text (label), "2") == 0;
}

static void
make_urgent (OfcOrder *order)
{
  g_autoptr (GError) error = NULL;

  ofc_order_set_urgent (order, TRUE);
  ck_assert_msg (ofc_order_save (context, order, &error), "%s",
                 error != NULL ? error->message : "");
}

START_TEST (test_counters_filter)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcOrder) a = ofc_gui_test_add_order (context, client, "Smartphone", "Apple",
                                                   "iPhone 11", "", "Broken screen");
  g_autoptr (OfcOrder) b = ofc_gui_test_add_order (context, client, "Smartphone", "Xiaomi",
                                                   "Redmi 9", "", "Does not charge");
  GtkWidget *urgent;

  make_urgent (b);
  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "2 open · 2");
  urgent = ofc_gui_test_find_named (GTK_WIDGET (page), "urgent-button");
  ck_assert_str_eq (
      gtk_label_get_text (GTK_LABEL (ofc_gui_test_find_type (urgent, GTK_TYPE_LABEL))), "1");
  gtk_widget_activate (urgent);
  assert_list_shows ("A-000002");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "Filter · 1");
  gtk_widget_activate (urgent);
  assert_list_shows ("A-000002|A-000001");

  /* an order made urgent counts at once */
  make_urgent (a);
  ck_assert (ofc_gui_test_wait_until (label_has_text,
                                      ofc_gui_test_find_type (urgent, GTK_TYPE_LABEL), WAIT_MS));
}
END_TEST

START_TEST (test_saved_filters)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcOrder) a = ofc_gui_test_add_order (context, client, "Smartphone", "Apple",
                                                   "iPhone 11", "", "Broken screen");
  g_autoptr (OfcOrder) b =
      ofc_gui_test_add_order (context, client, "Laptop", "Lenovo", "IdeaPad 5", "", "Overheats");
  g_auto (GStrv) names = NULL;
  GtkWidget *popover;
  GtkWidget *saved;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_orders_page_set_search (page, "lenovo");
  assert_list_shows ("A-000002");
  ofc_gui_test_keys ("ctrl+l");
  popover = ofc_gui_test_find_named (GTK_WIDGET (page), "filter-popover");
  ck_assert (gtk_widget_get_mapped (popover));
  gtk_widget_grab_focus (ofc_gui_test_find_named (popover, "save-filter-row"));
  ofc_gui_test_type ("Ноутбуки");
  ofc_gui_test_keys ("Return");
  names = ofc_order_filter_list_names (context, NULL);
  ck_assert_uint_eq (g_strv_length (names), 1);
  ck_assert_str_eq (names[0], "Ноутбуки");

  ofc_gui_test_keys ("Escape");
  ofc_orders_page_set_search (page, "");
  assert_list_shows ("A-000002|A-000001");
  ofc_gui_test_keys ("ctrl+l");
  saved = ofc_gui_test_find_named (popover, "saved-filters");
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (saved), 0)));
  assert_list_shows ("A-000002");
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (page), "search-entry"), "lenovo");
}
END_TEST

/*
 * The barcode scanner
 */

START_TEST (test_scanner_opens_order_from_another_page)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autoptr (OfcOrder) a = ofc_gui_test_add_order (context, client, "Smartphone", "Apple",
                                                   "iPhone 11", "", "Broken screen");
  g_autoptr (OfcOrder) b =
      ofc_gui_test_add_order (context, client, "Laptop", "Lenovo", "IdeaPad 5", "", "Overheats");
  GtkWidget *clients_search;
  GtkWindow *view;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+2");
  ck_assert_str_eq (ofc_window_get_visible_page (window), "clients");
  clients_search =
      ofc_gui_test_find_named (ofc_window_get_page (window, "clients"), "search-entry");
  ofc_gui_test_keys ("ctrl+f");
  ck_assert (ofc_gui_test_focus_is_in (GTK_WINDOW (window), clients_search));
  /* a scanner: a few milliseconds a key, then Enter */
  ofc_gui_test_type_paced ("A-000001\n", 4);
  view = ofc_gui_test_wait_for_toplevel (OFC_TYPE_ORDER_VIEW);
  ck_assert_str_eq (ofc_order_get_number (ofc_order_view_get_order (OFC_ORDER_VIEW (view))),
                    "A-000001");
  /* what the scanner typed is taken back out of the search */
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (clients_search)), "");
  gtk_window_destroy (view);
  ofc_gui_test_iterate (100);

  /* a person typing the same, a key every 120 ms, is typing */
  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (clients_search);
  ofc_gui_test_type_paced ("A-000002\n", 120);
  ofc_gui_test_iterate (500);
  ck_assert_ptr_null (ofc_gui_test_find_toplevel (OFC_TYPE_ORDER_VIEW));
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (clients_search)), "A-000002");
}
END_TEST

/* a discount card scanned anywhere opens its client */
START_TEST (test_scanner_opens_discount_card)
{
  g_autoptr (OfcClient) client =
      ofc_gui_test_add_client (context, "Иванов Иван", "+7 926 123-45-67", 0);
  g_autofree char *scan = g_strdup_printf ("%s\n", ofc_client_get_card_code (client));
  GtkWindow *editor;

  ck_assert_int_gt (strlen (ofc_client_get_card_code (client)), 4);
  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (ofc_gui_test_find_named (GTK_WIDGET (page), "search-entry"));
  ofc_gui_test_type_paced (scan, 4);
  editor = ofc_gui_test_wait_for_toplevel (OFC_TYPE_CLIENT_EDITOR);
  ck_assert_ptr_nonnull (
      ofc_gui_test_find_label (GTK_WIDGET (editor), ofc_client_get_card_code (client)));
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (page), "search-entry"), "");
}
END_TEST

static Suite *
orders_suite (void)
{
  Suite *suite = suite_create ("orders");
  TCase *intake = tcase_create ("intake");
  TCase *list = tcase_create ("list");
  TCase *scanner = tcase_create ("scanner");

  tcase_add_checked_fixture (intake, setup, teardown);
  tcase_add_test (intake, test_intake_existing_client);
  tcase_add_test (intake, test_intake_new_client_inline);
  tcase_add_test (intake, test_intake_shows_client_orders);
  tcase_add_test (intake, test_intake_refused_changes_nothing);
  suite_add_tcase (suite, intake);
  tcase_add_checked_fixture (list, setup, teardown);
  tcase_add_test (list, test_search_by_phone_serial_number);
  tcase_add_test (list, test_search_enter_opens_the_match);
  tcase_add_test (list, test_counters_filter);
  tcase_add_test (list, test_saved_filters);
  suite_add_tcase (suite, list);
  tcase_add_checked_fixture (scanner, setup, teardown);
  tcase_add_test (scanner, test_scanner_opens_order_from_another_page);
  tcase_add_test (scanner, test_scanner_opens_discount_card);
  suite_add_tcase (suite, scanner);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (orders_suite ());
}
