/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The clients page and the client editor in a real window, driven by real key presses:
 * creating a client with the keyboard alone, editing one and reading its history,
 * searching, a refused save, and the duplicate-phone warning. Every test checks the
 * database through OfcClientStore, not only the widgets.
 *
 * With OFC_SCREENSHOT_DIR set, the "screenshots" case also saves pictures of the page
 * with demo clients and of the editor there, for a person to look at.
 */
#include "config.h"

#include "ofc-client-editor.h"
#include "ofc-clients-page.h"
#include "ofc-date-row.h"
#include "ofc-gui-format.h"
#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"
#include "ofc-list-selection.h"
#include "ofc-window.h"

#define WAIT_MS 5000

static char *folder;
static OfcContext *context;
static OfcWindow *window;
static OfcClientsPage *page;
static OfcClientStore *store;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  context = ofc_gui_test_context_new (folder);
  window = ofc_window_new (NULL, context);
  page = OFC_CLIENTS_PAGE (ofc_window_get_page (window, "clients"));
  ck_assert_ptr_nonnull (page);
  /* the orders page comes first; these tests work on the clients page */
  ck_assert (ofc_window_show_page (window, "clients"));
  store = ofc_clients_page_get_store (page);
  ck_assert_ptr_nonnull (store);
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

static OfcClient *
add_client (const char *name, const char *phone, const char *email)
{
  g_autoptr (GError) error = NULL;
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  ofc_client_set_name (client, name);
  if (phone != NULL)
    ofc_client_add_phone (client, phone, NULL);
  if (email != NULL)
    ofc_client_set_email (client, email);
  ck_assert_msg (ofc_client_store_create (store, client, NULL, &error), "%s",
                 error != NULL ? error->message : "");
  return client;
}

static OfcClientEditor *
find_editor (void)
{
  return (OfcClientEditor *) ofc_gui_test_find_toplevel (OFC_TYPE_CLIENT_EDITOR);
}

static OfcClientEditor *
wait_for_editor (void)
{
  return OFC_CLIENT_EDITOR (ofc_gui_test_wait_for_toplevel (OFC_TYPE_CLIENT_EDITOR));
}

static void
wait_for_editor_to_close (void)
{
  ofc_gui_test_wait_for_no_toplevel (OFC_TYPE_CLIENT_EDITOR, GTK_WINDOW (window));
}

static GListModel *
view_model (void)
{
  GtkColumnView *view =
      GTK_COLUMN_VIEW (ofc_gui_test_find_named (GTK_WIDGET (page), "clients-view"));

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static const char *
client_name (gpointer client)
{
  return ofc_client_get_name (client);
}

static void
assert_list_shows (const char *expected)
{
  ofc_gui_test_wait_for_item_texts (view_model (), client_name, expected);
}

static OfcClient *
find_one_by_phone (const char *phone)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = ofc_client_store_find_by_phone (store, phone, NULL, &error);

  ofc_assert_no_error (error);
  ck_assert_uint_eq (found->len, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static guint
count_clients (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) all =
      ofc_client_store_search (store, "", OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED, 0, 1000, &error);

  ofc_assert_no_error (error);
  return all->len;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static GtkWidget *
find_button_labelled (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
client_is_archived (gpointer data)
{
  g_autoptr (OfcClient) stored = ofc_client_store_get (store, ofc_client_get_id (data), NULL);

  return stored != NULL && ofc_client_get_archived (stored);
}

static gboolean
client_is_active (gpointer data)
{
  return !client_is_archived (data);
}

typedef struct
{
  guint n;
} CountWait;

static gboolean
list_has_rows (gpointer data)
{
  return g_list_model_get_n_items (view_model ()) == ((CountWait *) data)->n;
}

/* the first row of the list, selected and focused, then Enter: the editor opens */
static OfcClientEditor *
open_first_row_with_enter (void)
{
  GtkWidget *view = ofc_gui_test_find_named (GTK_WIDGET (page), "clients-view");

  ofc_list_selection_set_selected (OFC_LIST_SELECTION (view_model ()), 0);
  gtk_widget_grab_focus (view);
  ofc_gui_test_iterate (100);
  ofc_gui_test_keys ("Return");
  return wait_for_editor ();
}

/*
 * Tests
 */

START_TEST (test_create_with_keyboard)
{
  g_autoptr (OfcClient) client = NULL;
  OfcClientPhone *phone;
  OfcClientEditor *editor;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Петров Пётр");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("+7 (926) 123-45-67");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("mobile");
  /* past the phone's remove button and the "Add Phone" row to the e-mail */
  ofc_gui_test_keys ("Tab Tab Tab");
  ck_assert_msg (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "email-row"),
                 "Tab did not walk from the phone to the e-mail");
  ofc_gui_test_type ("petrov@example.com");
  ofc_gui_test_keys ("ctrl+s");
  wait_for_editor_to_close ();

  client = find_one_by_phone ("89261234567");
  ck_assert_str_eq (ofc_client_get_name (client), "Петров Пётр");
  ck_assert_str_eq (ofc_client_get_email (client), "petrov@example.com");
  ck_assert_uint_eq (ofc_client_get_n_phones (client), 1);
  phone = ofc_client_get_phone (client, 0);
  ck_assert_str_eq (ofc_client_phone_get_digits (phone), "79261234567");
  ck_assert_str_eq (ofc_client_phone_get_label (phone), "mobile");
  assert_list_shows ("Петров Пётр");
}
END_TEST

START_TEST (test_edit_adds_history)
{
  g_autoptr (OfcClient) client = add_client ("Сидоров Олег", "+7 903 111-22-33", "old@example.com");
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GError) error = NULL;
  OfcClientEditor *editor;
  GtkWidget *history;

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("Сидоров Олег");
  editor = open_first_row_with_enter ();
  history = ofc_gui_test_find_named (GTK_WIDGET (editor), "history-list");
  ck_assert_uint_eq (count_rows (history), 1);

  ofc_gui_test_keys ("alt+e");
  ck_assert (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "email-row"));
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("new@example.com");
  ofc_gui_test_keys ("alt+t");
  ck_assert (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "tags-row"));
  ofc_gui_test_type ("vip");
  /* a birthday as the locale writes dates (C: month first) */
  ofc_gui_test_keys ("alt+b");
  ofc_gui_test_type ("3/15/1985");
  ofc_gui_test_keys ("Return");
  wait_for_editor_to_close ();

  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_email (stored), "new@example.com");
  ck_assert_str_eq (ofc_client_get_tags (stored)[0], "vip");
  ck_assert_str_eq (ofc_client_get_birthday (stored), "1985-03-15");

  editor = open_first_row_with_enter ();
  history = ofc_gui_test_find_named (GTK_WIDGET (editor), "history-list");
  ofc_gui_test_keys ("alt+h");
  ck_assert (gtk_widget_get_mapped (history));
  ck_assert_uint_eq (count_rows (history), 2);
  /* newest first: the edit, with the old and the new e-mail */
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (gtk_widget_get_first_child (history), "Edited"));
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (gtk_widget_get_first_child (history),
                                                  "old@example.com → new@example.com"));
  ofc_gui_test_keys ("Escape");
  wait_for_editor_to_close ();
}
END_TEST

START_TEST (test_search)
{
  g_autoptr (OfcClient) ivanov = add_client ("Иванов Иван", "+7 (926) 123-45-67", NULL);
  g_autoptr (OfcClient) ivanova = add_client ("Иванова Мария", "8 916 555 00 11", NULL);
  g_autoptr (OfcClient) sidorov = add_client ("Сидоров Пётр", "+7 926 765 43 21", NULL);
  GtkWidget *entry = ofc_gui_test_find_named (GTK_WIDGET (page), "search-entry");

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("Иванов Иван|Иванова Мария|Сидоров Пётр");
  ofc_gui_test_keys ("ctrl+f");
  ck_assert (ofc_gui_test_focus_is_in (GTK_WINDOW (window), entry));
  ofc_gui_test_type ("926 123");
  assert_list_shows ("Иванов Иван");
  ofc_gui_test_wait_for_label (ofc_gui_test_find_named (GTK_WIDGET (page), "clients-view"),
                               "Иванов Иван");

  ofc_gui_test_keys ("Escape");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (entry)), "");
  assert_list_shows ("Иванов Иван|Иванова Мария|Сидоров Пётр");

  ofc_gui_test_type ("иванов");
  /* a search lists the newest first */
  assert_list_shows ("Иванова Мария|Иванов Иван");
  ofc_gui_test_keys ("ctrl+a");
  ofc_gui_test_type ("нет такого");
  assert_list_shows ("");
  ck_assert (
      gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (page), "no-matches-page")));
}
END_TEST

START_TEST (test_new_client_from_search)
{
  g_autoptr (OfcClient) other = add_client ("Зайцев Павел", "+7 903 123-00-00", NULL);
  g_autoptr (OfcClient) created = NULL;
  OfcClientEditor *editor;
  GtkWidget *phone;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+f");
  ofc_gui_test_type ("8 999 555-44-33");
  assert_list_shows ("");
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  phone = ofc_gui_test_find_named (GTK_WIDGET (editor), "phone-row");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (phone)), "8 999 555-44-33");
  ck_assert (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "name-row"));
  ofc_gui_test_type ("Орлова Нина");
  ofc_gui_test_keys ("Return");
  wait_for_editor_to_close ();

  created = find_one_by_phone ("+79995554433");
  ck_assert_str_eq (ofc_client_get_name (created), "Орлова Нина");
  /* the search still stands, and now finds her */
  assert_list_shows ("Орлова Нина");
}
END_TEST

START_TEST (test_invalid_email_changes_nothing)
{
  g_autoptr (OfcClient) client =
      add_client ("Смирнова Анна", "+7 999 000-11-22", "anna@example.com");
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GError) error = NULL;
  OfcClientEditor *editor;
  GtkWidget *email_row;

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("Смирнова Анна");
  editor = open_first_row_with_enter ();
  email_row = ofc_gui_test_find_named (GTK_WIDGET (editor), "email-row");
  ofc_gui_test_keys ("alt+e ctrl+a");
  ofc_gui_test_type ("anna at example");
  /* away from the field, so the test sees the save put the focus back */
  ofc_gui_test_keys ("alt+n ctrl+s");

  ck_assert_ptr_eq (find_editor (), editor);
  ck_assert_msg (ofc_gui_test_focus_is_in (GTK_WINDOW (editor), email_row),
                 "the e-mail field has no focus");
  ck_assert (gtk_widget_has_css_class (email_row, "error"));
  ck_assert (gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (editor), "error-label")));
  ck_assert_ptr_nonnull (strstr (
      gtk_label_get_text (GTK_LABEL (ofc_gui_test_find_named (GTK_WIDGET (editor), "error-label"))),
      "anna at example"));
  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_email (stored), "anna@example.com");
  ck_assert_int_eq (ofc_client_get_version (stored), ofc_client_get_version (client));
  ck_assert_uint_eq (count_clients (), 1);
}
END_TEST

START_TEST (test_invalid_phone_focuses_it)
{
  OfcClientEditor *editor;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  editor = wait_for_editor ();
  ofc_gui_test_type ("Белов Сергей");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("12");
  ofc_gui_test_keys ("alt+n ctrl+s");
  ck_assert_ptr_eq (find_editor (), editor);
  ck_assert_msg (ofc_gui_test_focus_is_in_named (GTK_WINDOW (editor), "phone-row"),
                 "the phone has no focus");
  ck_assert_uint_eq (count_clients (), 0);
}
END_TEST

START_TEST (test_duplicate_phone_warns_and_saves)
{
  g_autoptr (OfcClient) first = add_client ("Козлов Дмитрий", "+7 925 222-33-44", NULL);
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+n");
  wait_for_editor ();
  ofc_gui_test_type ("Козлова Ольга");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("8 925 222 33 44");
  ofc_gui_test_keys ("Return");
  wait_for_editor_to_close ();

  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "Another client already has the phone");
  ck_assert_ptr_nonnull (ofc_gui_test_find_label (GTK_WIDGET (window), "Козлов Дмитрий"));
  found = ofc_client_store_find_by_phone (store, "79252223344", NULL, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (found->len, 2);
  ck_assert_uint_eq (count_clients (), 2);
}
END_TEST

START_TEST (test_delete_archives_with_undo)
{
  g_autoptr (OfcClient) first = add_client ("Алексеев Борис", "+7 901 000-00-01", NULL);
  g_autoptr (OfcClient) second = add_client ("Борисова Вера", "+7 901 000-00-02", NULL);
  GtkWidget *undo;

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("Алексеев Борис|Борисова Вера");
  ofc_list_selection_set_selected (OFC_LIST_SELECTION (view_model ()), 0);
  gtk_widget_grab_focus (ofc_gui_test_find_named (GTK_WIDGET (page), "clients-view"));
  ofc_gui_test_keys ("shift+F10");
  ck_assert (gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (page), "row-menu")));
  ofc_gui_test_keys ("Escape");
  ck_assert (!gtk_widget_get_mapped (ofc_gui_test_find_named (GTK_WIDGET (page), "row-menu")));
  ofc_gui_test_keys ("Delete");
  ck_assert (ofc_gui_test_wait_until (client_is_archived, first, WAIT_MS));
  assert_list_shows ("Борисова Вера");
  ofc_gui_test_wait_for_label (GTK_WIDGET (window), "“Алексеев Борис” archived");

  undo = find_button_labelled (GTK_WIDGET (window), "_Undo");
  ck_assert_ptr_nonnull (undo);
  gtk_widget_activate (undo);
  ck_assert (ofc_gui_test_wait_until (client_is_active, first, WAIT_MS));
  assert_list_shows ("Алексеев Борис|Борисова Вера");

  /* with archived clients shown, the row menu's Restore brings one back */
  ck_assert (ofc_client_store_archive (store, second, NULL));
  gtk_toggle_button_set_active (
      GTK_TOGGLE_BUTTON (ofc_gui_test_find_named (GTK_WIDGET (page), "archived-toggle")), TRUE);
  assert_list_shows ("Алексеев Борис|Борисова Вера");
  ofc_list_selection_set_selected (OFC_LIST_SELECTION (view_model ()), 1);
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "clients.restore", NULL));
  ck_assert (client_is_active (second));
}
END_TEST

START_TEST (test_scrolling_loads_more)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcTransaction) transaction =
      ofc_database_begin (ofc_context_get_database (context), &error);
  GtkWidget *status = ofc_gui_test_find_named (GTK_WIDGET (page), "status-label");
  CountWait all = { 260 };

  for (guint i = 0; i < 260; i++)
    {
      g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
      g_autofree char *name = g_strdup_printf ("Тестов %03u", i);

      ofc_client_set_name (client, name);
      ck_assert (ofc_client_store_create (store, client, NULL, &error));
    }
  ck_assert (ofc_transaction_commit (transaction, &error));
  ofc_context_notify_changed (context, "client");

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+f");
  ofc_gui_test_type ("тестов");
  ck_assert (
      ofc_gui_test_wait_until (list_has_rows, &(CountWait){ OFC_CLIENT_LIST_BATCH }, WAIT_MS));
  ck_assert_ptr_nonnull (strstr (gtk_label_get_text (GTK_LABEL (status)), "scroll down"));
  /* Enter leaves the search for the list; End goes to its last row */
  ofc_gui_test_keys ("Return End");
  ck_assert_msg (ofc_gui_test_wait_until (list_has_rows, &all, WAIT_MS),
                 "scrolling to the end loaded no more: %u rows",
                 g_list_model_get_n_items (view_model ()));
  ck_assert_str_eq (gtk_label_get_text (GTK_LABEL (status)), "260 clients found");
}
END_TEST

static gboolean
source_exists (gpointer data)
{
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (store, FALSE, NULL);

  for (guint i = 0; sources != NULL && i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, i);

      if (g_strcmp0 (ofc_client_source_get_name (source), data) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWindow *
find_sources_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_mapped (l->data) && ofc_gui_test_find (l->data, "new-source-row") != NULL)
      return l->data;
  return NULL;
}

static gboolean
sources_dialog_is_closed (gpointer data)
{
  return find_sources_dialog () == NULL;
}

START_TEST (test_sources_dialog)
{
  GtkWindow *dialog;

  ofc_gui_test_present (GTK_WINDOW (window));
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "clients.edit-sources", NULL));
  ofc_gui_test_iterate (200);
  dialog = find_sources_dialog ();
  ck_assert_ptr_nonnull (dialog);
  ofc_gui_test_present (dialog);
  /* the dialog opens on its "New source" row */
  ofc_gui_test_type ("Avito");
  ofc_gui_test_keys ("Return");
  ck_assert (ofc_gui_test_wait_until (source_exists, (gpointer) "Avito", WAIT_MS));
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (dialog), "new-source-row"), "");
  ofc_gui_test_keys ("Escape");
  ck_assert (ofc_gui_test_wait_until (sources_dialog_is_closed, NULL, WAIT_MS));
}
END_TEST

static GtkWindow *
find_message_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
message_dialog_is_open (gpointer data)
{
  return find_message_dialog () != NULL;
}

START_TEST (test_conflict_offers_reload)
{
  g_autoptr (OfcClient) client =
      add_client ("Фролов Игорь", "+7 902 000-00-03", "igor@example.com");
  g_autoptr (OfcClient) other = NULL;
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GError) error = NULL;
  OfcClientEditor *editor;

  ofc_gui_test_present (GTK_WINDOW (window));
  assert_list_shows ("Фролов Игорь");
  editor = open_first_row_with_enter ();
  /* someone at another counter saves the client meanwhile */
  other = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_client_set_email (other, "frolov@example.com");
  ck_assert (ofc_client_store_update (store, other, NULL, &error));

  ofc_gui_test_keys ("alt+t");
  ofc_gui_test_type ("vip");
  ofc_gui_test_keys ("ctrl+s");
  ck_assert_msg (ofc_gui_test_wait_until (message_dialog_is_open, NULL, WAIT_MS), "no dialog");
  ofc_gui_test_present (find_message_dialog ());
  ofc_gui_test_keys ("Return");
  ck_assert_ptr_null (find_message_dialog ());
  ck_assert_ptr_eq (find_editor (), editor);
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (editor), "email-row"),
                    "frolov@example.com");
  ck_assert_str_eq (ofc_gui_test_get_text_named (GTK_WIDGET (editor), "tags-row"), "");
  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ck_assert_uint_eq (g_strv_length ((char **) ofc_client_get_tags (stored)), 0);
  ck_assert_str_eq (ofc_client_get_email (stored), "frolov@example.com");
}
END_TEST

/*
 * Dates as typed and shown (the tests run in the C locale: month, day, year)
 */

static void
assert_parses (const char *text, guint year, guint month, guint day)
{
  GDate date;

  ck_assert_msg (ofc_gui_parse_date (text, &date), "“%s” not read as a date", text);
  ck_assert_uint_eq (g_date_get_year (&date), year);
  ck_assert_uint_eq (g_date_get_month (&date), month);
  ck_assert_uint_eq (g_date_get_day (&date), day);
}

START_TEST (test_dates_typed)
{
  static const char *const refused[] = { "", "12", "12/31", "2023-02-30", "hello", "1990-13-01" };
  GDate date;

  assert_parses ("1990-12-31", 1990, 12, 31);
  assert_parses ("12/31/1990", 1990, 12, 31);
  assert_parses (" 3/5/1985 ", 1985, 3, 5);
  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    ck_assert_msg (!ofc_gui_parse_date (refused[i], &date), "“%s” read as a date", refused[i]);
}
END_TEST

START_TEST (test_date_row_values)
{
  OfcDateRow *row = g_object_ref_sink (g_object_new (OFC_TYPE_DATE_ROW, NULL));
  g_autofree char *iso = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *blank = NULL;

  ofc_date_row_set_value (row, "1990-12-31");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (row)), "12/31/1990");
  iso = ofc_date_row_dup_value (row);
  ck_assert_str_eq (iso, "1990-12-31");
  gtk_editable_set_text (GTK_EDITABLE (row), " 31 February ");
  typed = ofc_date_row_dup_value (row);
  ck_assert_str_eq (typed, "31 February");
  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  blank = ofc_date_row_dup_value (row);
  ck_assert_str_eq (blank, "");
  g_object_unref (row);
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
scroll_to_end (GtkWidget *root)
{
  GtkScrolledWindow *scrolled =
      GTK_SCROLLED_WINDOW (ofc_gui_test_find_type (root, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
close_other_windows (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      gtk_window_destroy (l->data);
}

static OfcClient *
find_company (void)
{
  GListModel *model = view_model ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (OfcClient) client = g_list_model_get_item (model, i);

      if (ofc_client_get_is_company (client) && ofc_client_get_n_phones (client) > 1)
        return g_steal_pointer (&client);
    }
  return NULL;
}

START_TEST (test_screenshots)
{
  const char *directory = g_getenv ("OFC_SCREENSHOT_DIR");
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) company = NULL;
  OfcClientEditor *editor;

  if (directory == NULL)
    return;
  ck_assert (ofc_demo_generate_clients (context, 400, 7, NULL, NULL, NULL, &error));
  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_iterate (500);
  save_screenshot (directory, "clients-page.png");

  company = find_company ();
  ck_assert_ptr_nonnull (company);
  editor = ofc_client_editor_new (GTK_WINDOW (window), store, company);
  ofc_gui_test_present (GTK_WINDOW (editor));
  save_screenshot (directory, "client-editor.png");
  ofc_gui_test_keys ("alt+e ctrl+a");
  ofc_gui_test_type ("not an address");
  ofc_gui_test_keys ("ctrl+s");
  save_screenshot (directory, "client-editor-error.png");
  scroll_to_end (GTK_WIDGET (editor));
  save_screenshot (directory, "client-editor-end.png");
  ofc_gui_test_keys ("alt+h");
  save_screenshot (directory, "client-history.png");
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.edit-sources", NULL);
  ofc_gui_test_iterate (300);
  save_screenshot (directory, "client-sources.png");
  close_other_windows ();

  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (page), "clients.archive", NULL);
  gtk_toggle_button_set_active (
      GTK_TOGGLE_BUTTON (ofc_gui_test_find_named (GTK_WIDGET (page), "archived-toggle")), TRUE);
  save_screenshot (directory, "clients-archived.png");

  ofc_gui_test_present (GTK_WINDOW (window));
  ofc_gui_test_keys ("ctrl+f");
  ofc_gui_test_type ("иван");
  save_screenshot (directory, "clients-search.png");
}
END_TEST

static Suite *
clients_suite (void)
{
  Suite *suite = suite_create ("clients");
  TCase *page_case = tcase_create ("page");
  TCase *dates_case = tcase_create ("dates");

  tcase_add_checked_fixture (page_case, setup, teardown);
  tcase_add_test (page_case, test_create_with_keyboard);
  tcase_add_test (page_case, test_edit_adds_history);
  tcase_add_test (page_case, test_search);
  tcase_add_test (page_case, test_new_client_from_search);
  tcase_add_test (page_case, test_invalid_email_changes_nothing);
  tcase_add_test (page_case, test_invalid_phone_focuses_it);
  tcase_add_test (page_case, test_duplicate_phone_warns_and_saves);
  tcase_add_test (page_case, test_delete_archives_with_undo);
  tcase_add_test (page_case, test_scrolling_loads_more);
  tcase_add_test (page_case, test_sources_dialog);
  tcase_add_test (page_case, test_conflict_offers_reload);
  tcase_add_test (page_case, test_screenshots);
  suite_add_tcase (suite, page_case);
  tcase_add_test (dates_case, test_dates_typed);
  tcase_add_test (dates_case, test_date_row_values);
  suite_add_tcase (suite, dates_case);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (clients_suite ());
}
