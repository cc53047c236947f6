/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The Settings page in a real window, driven by real key presses: employees with roles
 * and payroll, statuses with colours and transitions, removing a status orders use,
 * services with typed prices, the default location, refused saves and conflicts, the
 * intake lists. Every test checks the database through the core, not only the widgets.
 *
 * With OFC_SCREENSHOT_DIR set, the "screenshots" case also saves a picture of each panel
 * and editor, for a person to look at.
 */
#include "config.h"

#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-reference-editor.h"
#include "ofc-reference-panel.h"
#include "ofc-settings-page.h"
#include "ofc-test-orders.h"
#include "ofc-window.h"

#define WAIT_MS 5000

static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcSettingsPage *page;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  window = ofc_window_new (NULL, context);
  /* the window builds its other pages when idle, and the Clients page's store writes the
   * default client sources then: built now, the journal counts see only the tests' writes */
  ck_assert_ptr_nonnull (ofc_window_get_page (window, "clients"));
  page = OFC_SETTINGS_PAGE (ofc_window_get_page (window, "settings"));
  ck_assert_ptr_nonnull (page);
  ck_assert (ofc_window_show_page (window, "settings"));
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

/* shows the panel and gives the window the keyboard */
static GtkWidget *
show_any_panel (const char *name)
{
  GtkWidget *panel;

  ck_assert (ofc_settings_page_show_panel (page, name));
  panel = ofc_settings_page_get_panel (page, name);
  ofc_gui_test_present (GTK_WINDOW (window));
  return panel;
}

static OfcReferencePanel *
show_panel (const char *name)
{
  return OFC_REFERENCE_PANEL (show_any_panel (name));
}

static OfcReferenceEditor *
find_editor (void)
{
  return (OfcReferenceEditor *) ofc_gui_test_find_toplevel (OFC_TYPE_REFERENCE_EDITOR);
}

static OfcReferenceEditor *
wait_for_editor (void)
{
  return OFC_REFERENCE_EDITOR (ofc_gui_test_wait_for_toplevel (OFC_TYPE_REFERENCE_EDITOR));
}

static void
wait_for_editor_to_close (void)
{
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_REFERENCE_EDITOR, GTK_WINDOW (window));
}

static GtkWidget *
list_of (OfcReferencePanel *panel)
{
  return GTK_WIDGET (ofc_reference_panel_get_list (panel));
}

static GtkWidget *
wait_for_row (OfcReferencePanel *panel, const char *title)
{
  return ofc_gui_test_wait_for_row (list_of (panel), title);
}

/* the row focused, then Enter: its editor opens */
static OfcReferenceEditor *
open_row (OfcReferencePanel *panel, const char *title)
{
  gtk_widget_grab_focus (wait_for_row (panel, title));
  ofc_gui_test_iterate (50);
  ofc_gui_test_keys ("Return");
  return wait_for_editor ();
}

static gint64
count_sql (const char *sql)
{
  g_autoptr (OfcStatement) statement =
      ofc_database_prepare (ofc_context_get_database (context), sql, NULL);

  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

static OfcOrderStatus *
find_status (const char *name)
{
  g_autoptr (GError) error = NULL;
  OfcOrderStatus *status = ofc_order_status_find (context, name, &error);

  ofc_assert_no_error (error);
  return status;
}

static OfcOrder *
create_order_in (const OfcUuid *client_id, OfcOrderStatus *status)
{
  g_autoptr (GError) error = NULL;
  OfcOrder *order = ofc_test_create_order (context, client_id, "Apple", "iPhone 12", "");

  ck_assert (ofc_order_change_status (context, order, ofc_order_status_get_id (status), &error));
  ofc_assert_no_error (error);
  return order;
}

static gint64
count_orders_in (OfcOrderStatus *status)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GError) error = NULL;
  gint64 count = -1;

  filter->status_id = *ofc_order_status_get_id (status);
  ck_assert (ofc_order_count (context, filter, &count, &error));
  return count;
}

/*
 * Statuses
 */

START_TEST (test_status_with_colour_and_transitions)
{
  g_autoptr (OfcOrderStatus) created = NULL;
  g_autoptr (OfcOrderStatus) initial = find_status ("new");
  g_autoptr (OfcOrderStatus) ready = find_status ("ready");
  g_autoptr (OfcOrderStatus) issued = find_status ("issued");
  g_autoptr (OfcOrderStatus) diagnostics = find_status ("diagnostics");
  OfcReferencePanel *panel = show_panel ("statuses");
  OfcReferenceEditor *editor;

  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Согласование");
  /* the group: Space opens the combo's list at its top (New), Down Down goes to Waiting,
   * Enter takes it */
  ofc_gui_test_keys ("Tab space Down Down Return");
  ofc_gui_test_keys ("Tab ctrl+a");
  ofc_gui_test_type ("12");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "color-palette", 3);
  ofc_gui_test_keys ("Right Right Right");
  /* past the custom colour to the checklist: New, Diagnostics, Waiting, In repair, Ready */
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "next-Ready", 8);
  ofc_gui_test_keys ("space");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "next-Refused", 3);
  ofc_gui_test_keys ("space ctrl+s");
  wait_for_editor_to_close ();

  created = find_status ("Согласование");
  ck_assert_int_eq (ofc_order_status_get_group (created), OFC_STATUS_GROUP_WAITING);
  ck_assert_str_eq (ofc_order_status_get_color (created), "#e01b24");
  ck_assert_int_eq (ofc_order_status_get_norm_hours (created), 12);
  ck_assert (ofc_order_status_allows (context, ofc_order_status_get_id (created),
                                      ofc_order_status_get_id (ready)));
  ck_assert (!ofc_order_status_allows (context, ofc_order_status_get_id (created),
                                       ofc_order_status_get_id (issued)));
  ck_assert (!ofc_order_status_allows (context, ofc_order_status_get_id (initial),
                                       ofc_order_status_get_id (created)));

  /* and Diagnostics may now lead to it */
  editor = open_row (panel, "Diagnostics");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "next-Согласование", 16);
  ofc_gui_test_keys ("space ctrl+s");
  wait_for_editor_to_close ();
  ck_assert (ofc_order_status_allows (context, ofc_order_status_get_id (diagnostics),
                                      ofc_order_status_get_id (created)));
  ck_assert_ptr_nonnull (strstr (
      gtk_label_get_text (GTK_LABEL (ofc_gui_test_find_named (GTK_WIDGET (panel), "chain-label"))),
      "Diagnostics"));
}
END_TEST

START_TEST (test_status_in_use_moves_orders)
{
  g_autoptr (OfcOrderStatus) diagnostics = find_status ("diagnostics");
  g_autoptr (OfcOrderStatus) repair = find_status ("in-repair");
  g_autoptr (OfcOrderStatus) gone = NULL;
  g_autoptr (OfcOrder) first = NULL;
  g_autoptr (OfcOrder) second = NULL;
  g_autoptr (GError) error = NULL;
  OfcReferencePanel *panel;
  AdwMessageDialog *dialog;
  OfcUuid client_id;

  ofc_test_insert_client (ofc_context_get_database (context), "Петров Пётр", "79031112233", 0,
                          &client_id);
  first = create_order_in (&client_id, diagnostics);
  second = create_order_in (&client_id, diagnostics);
  panel = show_panel ("statuses");
  gtk_widget_grab_focus (wait_for_row (panel, "Diagnostics"));

  /* Delete asks first, saying how many orders use it; Escape changes nothing */
  ofc_gui_test_keys ("Delete");
  dialog = ADW_MESSAGE_DIALOG (ofc_gui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  ck_assert_ptr_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 orders"));
  ck_assert (!adw_message_dialog_has_response (dialog, "delete"));
  ofc_gui_test_keys ("Escape");
  ofc_gui_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  ck_assert_int_eq (count_orders_in (diagnostics), 2);

  /* then the orders move to In repair, chosen in the combo, and the status goes */
  gtk_widget_grab_focus (wait_for_row (panel, "Diagnostics"));
  ofc_gui_test_keys ("Delete");
  dialog = ADW_MESSAGE_DIALOG (ofc_gui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  ck_assert (ofc_gui_test_focus_is_in (
      GTK_WINDOW (dialog), ofc_gui_test_find_named (GTK_WIDGET (dialog), "replacement-row")));
  /* New, Waiting for parts, In repair … */
  ofc_gui_test_keys ("space Down Down Return");
  ofc_gui_test_keys ("alt+m");
  ofc_gui_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));

  gone = ofc_order_status_find (context, "diagnostics", &error);
  ck_assert_ptr_null (gone);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert_int_eq (count_orders_in (repair), 2);
  ck_assert_int_eq (count_sql ("SELECT count(*) FROM repair_order WHERE status_id NOT IN"
                               " (SELECT id FROM order_status)"),
                    0);
  ofc_gui_test_wait_for_no_row (list_of (panel), "Diagnostics");
}
END_TEST

START_TEST (test_status_in_use_archived)
{
  g_autoptr (OfcOrderStatus) diagnostics = find_status ("diagnostics");
  g_autoptr (OfcOrderStatus) stored = NULL;
  g_autoptr (OfcOrder) order = NULL;
  OfcReferencePanel *panel;
  OfcUuid client_id;

  ofc_test_insert_client (ofc_context_get_database (context), "Петров Пётр", "79031112233", 0,
                          &client_id);
  order = create_order_in (&client_id, diagnostics);
  panel = show_panel ("statuses");
  gtk_widget_grab_focus (wait_for_row (panel, "Diagnostics"));
  ofc_gui_test_keys ("Delete");
  ofc_gui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  ofc_gui_test_keys ("alt+a");
  ofc_gui_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));

  stored = find_status ("diagnostics");
  ck_assert (ofc_order_status_get_archived (stored));
  ck_assert_int_eq (count_orders_in (stored), 1);
  ofc_gui_test_wait_for_no_row (list_of (panel), "Diagnostics");
}
END_TEST

static int
status_position (const char *code)
{
  g_autoptr (OfcOrderStatus) status = find_status (code);

  return ofc_order_status_get_position (status);
}

START_TEST (test_status_moved_with_keys)
{
  OfcReferencePanel *panel = show_panel ("statuses");
  int repair = status_position ("in-repair");
  int ready = status_position ("ready");

  gtk_widget_grab_focus (wait_for_row (panel, "Ready"));
  ofc_gui_test_keys ("alt+Up");
  ck_assert_int_eq (status_position ("ready"), repair);
  ck_assert_int_eq (status_position ("in-repair"), ready);
  /* the focus stays on the moved status, so it can go on moving */
  ofc_gui_test_iterate (200);
  ck_assert (ofc_gui_test_focus_is_in (GTK_WINDOW (window), wait_for_row (panel, "Ready")));
  ofc_gui_test_keys ("alt+Down");
  ck_assert_int_eq (status_position ("ready"), ready);
}
END_TEST

/*
 * Employees and locations
 */

START_TEST (test_employee_with_roles_and_payroll)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmployee) employee = NULL;
  g_autoptr (OfcEmployee) stored = NULL;
  OfcReferencePanel *panel = show_panel ("employees");
  OfcReferenceEditor *editor;

  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Васильев Пётр");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("+7 916 000-11-22");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "role-manager", 4);
  ofc_gui_test_keys ("space");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "role-technician", 3);
  ofc_gui_test_keys ("space");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "daily-rate-row", 3);
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("1 500");
  ofc_gui_test_keys ("Tab ctrl+a");
  ofc_gui_test_type ("25,5");
  /* a decimal comma is read whatever the locale (the tests run in C) */
  ofc_gui_test_keys ("ctrl+s");
  wait_for_editor_to_close ();

  employee = ofc_employee_find (context, "Васильев Пётр", &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (ofc_employee_get_roles (employee), OFC_ROLE_MANAGER | OFC_ROLE_TECHNICIAN);
  ck_assert_str_eq (ofc_employee_get_phone (employee), "+7 916 000-11-22");
  ck_assert_int_eq (ofc_employee_get_daily_rate (employee), 150000);
  ck_assert_int_eq (ofc_employee_get_works_percent (employee), 2550);
  ck_assert_int_eq (ofc_employee_get_sales_percent (employee), 0);
  ck_assert (ofc_employee_get_active (employee));

  /* Delete makes the focused employee inactive */
  gtk_widget_grab_focus (wait_for_row (panel, "Васильев Пётр"));
  ofc_gui_test_keys ("Delete");
  stored = ofc_employee_load (context, ofc_employee_get_id (employee), &error);
  ck_assert (!ofc_employee_get_active (stored));
  ofc_gui_test_wait_for_no_row (list_of (panel), "Васильев Пётр");
}
END_TEST

START_TEST (test_another_location_made_default)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcLocation) branch = ofc_location_new ("Филиал на Ленина");
  g_autoptr (OfcLocation) now_default = NULL;
  OfcReferencePanel *panel;
  OfcReferenceEditor *editor;

  ofc_location_set_series_prefix (branch, "B");
  ck_assert (ofc_location_save (context, branch, &error));
  panel = show_panel ("locations");
  editor = open_row (panel, "Филиал на Ленина");
  ck_assert (!gtk_switch_get_active (
      GTK_SWITCH (ofc_gui_test_find_named (GTK_WIDGET (editor), "default-switch"))));
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "default-switch", 8);
  /* a switch turns at the end of its animation */
  ofc_gui_test_keys ("space");
  ofc_gui_test_iterate (300);
  ofc_gui_test_keys ("ctrl+s");
  wait_for_editor_to_close ();

  now_default = ofc_location_get_default (context, &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_location_get_name (now_default), "Филиал на Ленина");
  ck_assert_int_eq (count_sql ("SELECT count(*) FROM location WHERE is_default = 1"), 1);
}
END_TEST

/*
 * Refused saves and conflicts
 */

static void
assert_refused (OfcReferenceEditor *editor, const char *field_name, const char *message_part)
{
  GtkWidget *field = ofc_gui_test_find_named (GTK_WIDGET (editor), field_name);
  GtkWidget *label = ofc_gui_test_find_named (GTK_WIDGET (editor), "error-label");
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (field)
                       ? field
                       : gtk_widget_get_ancestor (field, ADW_TYPE_PREFERENCES_ROW);

  ck_assert_ptr_eq (find_editor (), editor);
  ck_assert_msg (ofc_gui_test_focus_is_in (GTK_WINDOW (editor), field), "%s has no focus",
                 field_name);
  ck_assert (row == NULL || gtk_widget_has_css_class (row, "error"));
  ck_assert (gtk_widget_get_mapped (label));
  ck_assert_msg (strstr (gtk_label_get_text (GTK_LABEL (label)), message_part) != NULL,
                 "the banner says “%s”", gtk_label_get_text (GTK_LABEL (label)));
}

START_TEST (test_bad_prefix_focuses_it)
{
  OfcReferenceEditor *editor;
  gint64 journal = count_sql ("SELECT count(*) FROM journal");

  show_panel ("locations");
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Склад");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "prefix-row", 4);
  ofc_gui_test_type ("B-1");
  /* away from the field, so the test sees the save put the focus back */
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "name-row", 8);
  ofc_gui_test_keys ("ctrl+s");

  assert_refused (editor, "prefix-row", "only letters and digits");
  ck_assert_int_eq (count_sql ("SELECT count(*) FROM location"), 1);
  ck_assert_int_eq (count_sql ("SELECT count(*) FROM journal"), journal);
}
END_TEST

START_TEST (test_empty_name_and_bad_price_refused)
{
  OfcReferenceEditor *editor;
  gint64 services = count_sql ("SELECT count(*) FROM service");

  show_panel ("services");
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "price-row", 3);
  ofc_gui_test_type ("500");
  ofc_gui_test_keys ("ctrl+s");
  assert_refused (editor, "name-row", "Name");

  /* a price that is no amount is refused on its row before the store is asked */
  ofc_gui_test_type ("Чистка");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "price-row", 3);
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("пятьсот");
  ofc_gui_test_keys ("shift+Tab ctrl+s");
  assert_refused (editor, "price-row", "пятьсот");
  ck_assert_int_eq (count_sql ("SELECT count(*) FROM service"), services);
}
END_TEST

START_TEST (test_conflict_offers_reload)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcService) other = ofc_service_find (context, "Diagnostics", &error);
  g_autoptr (OfcService) stored = NULL;
  OfcReferencePanel *panel = show_panel ("services");
  OfcReferenceEditor *editor = open_row (panel, "Diagnostics");

  /* someone at another counter changes the price meanwhile */
  ofc_service_set_price (other, 70000);
  ck_assert (ofc_service_save (context, other, &error));

  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("Диагностика");
  ofc_gui_test_keys ("ctrl+s");
  ofc_gui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  ofc_gui_test_keys ("Return");
  ofc_gui_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  ofc_gui_test_present (GTK_WINDOW (editor));

  ck_assert_ptr_eq (find_editor (), editor);
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (editor), "name-row"), "Diagnostics");
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (editor), "price-row"), "700.00");
  stored = ofc_service_find (context, "Diagnostics", &error);
  ck_assert_int_eq (ofc_service_get_price (stored), 70000);
}
END_TEST

/*
 * Price list
 */

START_TEST (test_service_with_typed_price)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcService) service = NULL;
  OfcReferencePanel *panel = show_panel ("services");
  OfcReferenceEditor *editor;

  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ck_assert (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "name-row"));
  ofc_gui_test_type ("Замена разъёма питания");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("Ноутбуки");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("1 234,50");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("60");
  ofc_gui_test_keys ("Return");
  wait_for_editor_to_close ();

  service = ofc_service_find (context, "Замена разъёма питания", &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_service_get_price (service), 123450);
  ck_assert_str_eq (ofc_service_get_category (service), "Ноутбуки");
  ck_assert_int_eq (ofc_service_get_warranty_days (service), 60);
  wait_for_row (panel, "Замена разъёма питания");
}
END_TEST

START_TEST (test_service_quick_search)
{
  OfcReferencePanel *panel = show_panel ("services");
  guint all;

  gtk_widget_grab_focus (wait_for_row (panel, "Diagnostics"));
  all = ofc_gui_test_count_rows (list_of (panel));
  ck_assert_uint_gt (all, 3);
  /* typing anywhere in the panel searches */
  ofc_gui_test_type ("phones");
  ofc_gui_test_wait_for_n_rows (list_of (panel), 4);
  ck_assert (ofc_gui_test_focus_is_in (
      GTK_WINDOW (window), ofc_gui_test_find_named (GTK_WIDGET (panel), "search-entry")));
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("batt");
  ofc_gui_test_wait_for_n_rows (list_of (panel), 1);
  ck_assert_ptr_nonnull (ofc_gui_test_find_row (list_of (panel), "Battery replacement"));
  /* Enter goes to the row found, Enter again opens it */
  ofc_gui_test_keys ("Return Return");
  wait_for_editor ();
  ofc_gui_test_keys ("Escape");
  wait_for_editor_to_close ();
  ofc_gui_test_keys ("ctrl+f Escape");
  ofc_gui_test_wait_for_n_rows (list_of (panel), all);
}
END_TEST

static gboolean
service_archived (gpointer name)
{
  g_autoptr (OfcService) service = ofc_service_find (context, name, NULL);

  return service != NULL && ofc_service_get_archived (service);
}

static gboolean
service_active (gpointer name)
{
  return !service_archived (name);
}

START_TEST (test_service_archived_and_restored)
{
  OfcReferencePanel *panel = show_panel ("services");
  GtkWidget *row;

  gtk_widget_grab_focus (wait_for_row (panel, "Data recovery"));
  ofc_gui_test_keys ("Delete");
  ck_assert (ofc_gui_test_wait_until (service_archived, (gpointer) "Data recovery", WAIT_MS));
  ofc_gui_test_wait_for_no_row (list_of (panel), "Data recovery");

  /* Show Archived lists it again, with a restore button Tab reaches from its row */
  ofc_gui_test_keys ("alt+a");
  row = wait_for_row (panel, "Data recovery");
  gtk_widget_grab_focus (row);
  ofc_gui_test_tab_to (GTK_WINDOW (window), ofc_gui_test_find_named (row, "restore-button"), 2);
  ofc_gui_test_keys ("space");
  ck_assert (ofc_gui_test_wait_until (service_active, (gpointer) "Data recovery", WAIT_MS));
}
END_TEST

/*
 * Device types and lists
 */

START_TEST (test_device_type_with_preset)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDeviceType) type = NULL;
  g_autoptr (GListModel) presets = NULL;
  g_autoptr (OfcIntakePreset) preset = NULL;
  OfcReferenceEditor *editor;

  show_panel ("device-types");
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Квадрокоптер");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("Не летает");
  ofc_gui_test_keys ("Return");
  ofc_gui_test_type ("Сломан винт");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("Пульт");
  ofc_gui_test_tab_to_named (GTK_WINDOW (editor), "estimate-row", 3);
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("2 000");
  ofc_gui_test_keys ("Tab ctrl+a");
  ofc_gui_test_type ("7");
  ofc_gui_test_keys ("Return");
  wait_for_editor_to_close ();

  type = ofc_device_type_find (context, "квадрокоптер", &error);
  ofc_assert_no_error (error);
  presets = ofc_intake_preset_list (context, ofc_device_type_get_id (type), &error);
  ck_assert_uint_eq (g_list_model_get_n_items (presets), 1);
  preset = g_list_model_get_item (presets, 0);
  ck_assert_str_eq (ofc_intake_preset_get_malfunctions (preset), "Не летает\nСломан винт");
  ck_assert_str_eq (ofc_intake_preset_get_completeness (preset), "Пульт");
  ck_assert_int_eq (ofc_intake_preset_get_estimate (preset), 200000);
  ck_assert_int_eq (ofc_intake_preset_get_deadline_days (preset), 7);
}
END_TEST

static gboolean
phrase_listed (OfcIntakeList list, gboolean archived, const char *text)
{
  g_auto (GStrv) phrases = ofc_catalog_list_phrases (context, list, archived, NULL);

  return phrases != NULL && g_strv_contains ((const char *const *) phrases, text);
}

static gboolean
phrase_archived (gpointer text)
{
  return phrase_listed (OFC_INTAKE_MALFUNCTION, TRUE, text);
}

START_TEST (test_lists_add_and_archive)
{
  GtkWidget *panel = show_any_panel ("lists");
  GtkWidget *new_row = ofc_gui_test_find_named (panel, "new-entry-row");
  g_auto (GStrv) offered = NULL;

  gtk_widget_grab_focus (new_row);
  ofc_gui_test_type ("Не работает NFC");
  ofc_gui_test_keys ("Return");
  ck_assert (phrase_listed (OFC_INTAKE_MALFUNCTION, FALSE, "Не работает NFC"));
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (new_row)), "");
  offered = ofc_catalog_complete_phrases (context, OFC_INTAKE_MALFUNCTION, "не раб", 5, NULL);
  ck_assert_str_eq (offered[0], "Не работает NFC");

  /* the first entry, alphabetically: Battery drains quickly */
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_keys ("Delete");
  ck_assert (
      ofc_gui_test_wait_until (phrase_archived, (gpointer) "Battery drains quickly", WAIT_MS));
  ck_assert_ptr_nonnull (ofc_gui_test_find_named (panel, "archived-row"));
}
END_TEST

/*
 * Pictures for a person to look at
 */

static void
save_screenshot (const char *directory, const char *name)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root -crop 1280x800+0+0 %s", path);
  int status = 0;

  ofc_gui_test_iterate (500);
  ck_assert (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  ck_assert (g_spawn_check_wait_status (status, NULL));
}

static void
close_editor (void)
{
  OfcReferenceEditor *editor = find_editor ();

  if (editor != NULL)
    gtk_window_destroy (GTK_WINDOW (editor));
  ofc_gui_test_iterate (100);
}

typedef struct
{
  const char *panel;
  const char *row; /* opened in its editor, or NULL */
} Shot;

static void
add_employee (const char *name, const char *phone, OfcEmployeeRoles roles, gint64 rate, int works)
{
  g_autoptr (OfcEmployee) employee = ofc_employee_new (name, roles);
  g_autoptr (GError) error = NULL;

  ofc_employee_set_phone (employee, phone);
  ofc_employee_set_daily_rate (employee, rate);
  ofc_employee_set_works_percent (employee, works);
  ck_assert (ofc_employee_save (context, employee, &error));
}

START_TEST (test_screenshots)
{
  static const Shot shots[] = {
    { "locations", "Workshop" },      { "employees", NULL },
    { "order-types", "Warranty" },    { "statuses", "Diagnostics" },
    { "device-types", "Smartphone" }, { "services", "Screen replacement" },
  };
  const char *directory = g_getenv ("OFC_SCREENSHOT_DIR");

  if (directory == NULL)
    return;
  add_employee ("Иванов Сергей", "+7 903 100-20-30", OFC_ROLE_TECHNICIAN, 150000, 3000);
  add_employee ("Кузнецова Анна", "", OFC_ROLE_RECEIVER | OFC_ROLE_MANAGER, 200000, 0);
  add_employee ("Смирнов Олег", "", OFC_ROLE_ADMIN, 0, 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  for (gsize i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      OfcReferencePanel *panel = show_panel (shots[i].panel);
      g_autofree char *name = g_strdup_printf ("settings-%s.png", shots[i].panel);
      g_autofree char *editor_name = g_strdup_printf ("settings-%s-editor.png", shots[i].panel);

      save_screenshot (directory, name);
      if (shots[i].row == NULL)
        continue;
      open_row (panel, shots[i].row);
      ofc_gui_test_iterate (1500);
      save_screenshot (directory, editor_name);
      close_editor ();
    }
  open_row (show_panel ("employees"), "Иванов Сергей");
  save_screenshot (directory, "settings-employees-editor.png");
  close_editor ();
  show_any_panel ("lists");
  save_screenshot (directory, "settings-lists.png");
  ck_assert (ofc_catalog_add_model (context, "Apple", "iPhone 12", NULL));
  ck_assert (ofc_catalog_add_model (context, "Apple", "iPhone 13", NULL));
  ck_assert (ofc_catalog_add_brand (context, "Samsung", NULL));
  ck_assert (ofc_catalog_archive_brand (context, "Samsung", NULL));
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (ofc_gui_test_find_named (GTK_WIDGET (page), "lists-stack")), "brands");
  save_screenshot (directory, "settings-lists-brands.png");
}
END_TEST

static Suite *
settings_suite (void)
{
  Suite *suite = suite_create ("settings");
  TCase *panels = tcase_create ("panels");

  tcase_add_checked_fixture (panels, setup, teardown);
  tcase_add_test (panels, test_status_with_colour_and_transitions);
  tcase_add_test (panels, test_status_in_use_moves_orders);
  tcase_add_test (panels, test_status_in_use_archived);
  tcase_add_test (panels, test_status_moved_with_keys);
  tcase_add_test (panels, test_service_with_typed_price);
  tcase_add_test (panels, test_employee_with_roles_and_payroll);
  tcase_add_test (panels, test_another_location_made_default);
  tcase_add_test (panels, test_bad_prefix_focuses_it);
  tcase_add_test (panels, test_empty_name_and_bad_price_refused);
  tcase_add_test (panels, test_conflict_offers_reload);
  tcase_add_test (panels, test_service_quick_search);
  tcase_add_test (panels, test_service_archived_and_restored);
  tcase_add_test (panels, test_device_type_with_preset);
  tcase_add_test (panels, test_lists_add_and_archive);
  tcase_add_test (panels, test_screenshots);
  suite_add_tcase (suite, panels);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (settings_suite ());
}
