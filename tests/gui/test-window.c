/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The main window and Preferences in a real GTK window: the shop opens, a file that is not
 * a database gets the explanation page, "Back Up Now" writes a usable copy, and real key
 * presses reach the widgets; without a GPU device the window asks GTK for cairo.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-application.h"
#include "ofc-gui-test.h"
#include "ofc-preferences-window.h"
#include "ofc-renderer.h"
#include "ofc-window.h"

static char *folder;

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

static GtkStack *
main_stack_of (OfcWindow *window)
{
  return GTK_STACK (gtk_widget_get_first_child (
    GTK_WIDGET (ofc_gui_test_find_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY))));
}

static gboolean
shows_shop (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (main_stack_of (window)), "shop") == 0;
}

static guint
count_clients (OfcContext *context)
{
  g_autoptr(OfcClientStore) store = ofc_client_store_new (context, NULL);
  g_autoptr(GPtrArray) clients = ofc_client_store_search (store, NULL, 0, 0, 10000, NULL);

  return clients->len;
}

static gint64
count_orders (OfcContext *context)
{
  g_autoptr(OfcOrderFilter) filter = ofc_order_filter_new ();
  gint64 count = -1;

  ck_assert (ofc_order_count (context, filter, &count, NULL));
  return count;
}

START_TEST (test_first_start_empty_shop)
{
  g_autoptr(OfcContext) context = ofc_gui_test_context_new_first_start (folder);
  OfcWindow *window = ofc_window_new (NULL, context);

  ofc_gui_test_present (GTK_WINDOW (window));
  ck_assert_str_eq (gtk_stack_get_visible_child_name (main_stack_of (window)), "welcome");
  gtk_widget_activate (ofc_gui_test_find (GTK_WIDGET (window), "empty-button"));
  ck_assert (ofc_gui_test_wait_until (shows_shop, window, 2000));
  ck_assert_ptr_eq (ofc_window_get_context (window), context);
  gtk_window_destroy (GTK_WINDOW (window));

  /* the choice is remembered: the next start goes straight to the shop */
  window = ofc_window_new (NULL, context);
  ofc_gui_test_present (GTK_WINDOW (window));
  ck_assert (shows_shop (window));
  ck_assert_int_eq (count_clients (context), 0);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_first_start_demo_shop)
{
  g_autoptr(OfcContext) context = ofc_gui_test_context_new_first_start (folder);
  OfcWindow *window = ofc_window_new (NULL, context);
  GtkWidget *progress;

  ofc_gui_test_present (GTK_WINDOW (window));
  ck_assert (gtk_widget_activate (ofc_gui_test_find (GTK_WIDGET (window), "demo-button")));
  progress = ofc_gui_test_find_type (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR);
  /* a button activated from the keyboard clicks after its short pressed animation */
  ck_assert (ofc_gui_test_wait_until ((OfcGuiTestCondition) gtk_widget_get_visible, progress, 2000));
  ck_assert (ofc_gui_test_wait_until (shows_shop, window, 120000));
  ck_assert_int_eq (count_clients (context), 3000);
  ck_assert_int_eq (count_orders (context), 5000);
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

START_TEST (test_window_explains_bad_database)
{
  g_autofree char *path = g_build_filename (folder, "notes.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = NULL;
  OfcWindow *window;
  AdwStatusPage *status;

  ck_assert (g_file_set_contents (path, "not a database at all", -1, NULL));
  database = ofc_database_open (path, 0, &error);
  ck_assert_ptr_null (database);
  window = ofc_window_new (NULL, NULL);
  ofc_window_show_unavailable (window, error);
  ofc_gui_test_present (GTK_WINDOW (window));
  status = ADW_STATUS_PAGE (ofc_gui_test_find_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (status)));
  ck_assert_msg (strstr (adw_status_page_get_description (status), "not an SQLite file") != NULL,
                 "%s", adw_status_page_get_description (status));
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

typedef struct
{
  const char *folder;
} BackupWait;

static gboolean
backup_exists (gpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (((BackupWait *) data)->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "officina-") && g_str_has_suffix (name, ".db"))
      return TRUE;
  return FALSE;
}

START_TEST (test_preferences_back_up_now)
{
  g_autoptr(OfcContext) context = ofc_gui_test_context_new (folder);
  g_autofree char *backups = g_build_filename (folder, "backups-chosen", NULL);
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  OfcPreferencesWindow *preferences;
  BackupWait wait = { backups };
  GtkWidget *button;

  g_settings_set_string (settings, "backup-folder", backups);
  preferences = ofc_preferences_window_new (NULL, context);
  ofc_gui_test_present (GTK_WINDOW (preferences));
  button = ofc_gui_test_find (GTK_WIDGET (preferences), "backup-button");
  ck_assert_ptr_nonnull (button);
  gtk_widget_activate (button);
  ck_assert_msg (ofc_gui_test_wait_until (backup_exists, &wait, 10000), "no backup written");
  g_settings_reset (settings, "backup-folder");
  gtk_window_destroy (GTK_WINDOW (preferences));
}
END_TEST

START_TEST (test_keyboard_reaches_widgets)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *first = gtk_entry_new ();
  GtkWidget *second = gtk_entry_new ();

  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_window_set_child (GTK_WINDOW (window), box);
  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (first);
  ofc_gui_test_type ("Иванов 926 Ivanov-Петров");
  ofc_gui_test_keys ("Tab");
  ofc_gui_test_type ("ok");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (first)), "Иванов 926 Ivanov-Петров");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (second)), "ok");
  gtk_window_destroy (GTK_WINDOW (window));
}
END_TEST

/* a fake /dev/dri: empty, or holding the device nodes a GPU driver makes */
static char *
make_dri_dir (const char *device)
{
  char *dir = g_build_filename (folder, "dri", NULL);

  g_mkdir (dir, 0700);
  if (device != NULL)
    {
      g_autofree char *node = g_build_filename (dir, device, NULL);

      ck_assert (g_file_set_contents (node, "", 0, NULL));
    }
  return dir;
}

START_TEST (test_renderer_without_gpu)
{
  g_autofree char *empty = make_dri_dir (NULL);
  g_autofree char *missing = g_build_filename (folder, "no-such-dir", NULL);

  ck_assert_str_eq (ofc_renderer_choose (NULL, empty), "cairo");
  ck_assert_str_eq (ofc_renderer_choose ("", missing), "cairo");
  /* what the user asked for stands */
  ck_assert_ptr_null (ofc_renderer_choose ("gl", empty));
}
END_TEST

START_TEST (test_renderer_with_gpu)
{
  g_autofree char *dir = make_dri_dir ("renderD128");
  g_autofree char *render = g_build_filename (dir, "renderD128", NULL);

  ck_assert_ptr_null (ofc_renderer_choose (NULL, dir));
  /* a card without a render node: still a GPU, GTK decides */
  ck_assert_int_eq (g_remove (render), 0);
  g_free (make_dri_dir ("card0"));
  ck_assert_ptr_null (ofc_renderer_choose (NULL, dir));
}
END_TEST

static Suite *
window_suite (void)
{
  Suite *suite = suite_create ("window");
  TCase *window = tcase_create ("window");

  tcase_add_checked_fixture (window, setup, teardown);
  tcase_add_test (window, test_keyboard_reaches_widgets);
  tcase_add_test (window, test_first_start_empty_shop);
  tcase_add_test (window, test_first_start_demo_shop);
  tcase_add_test (window, test_window_explains_bad_database);
  tcase_add_test (window, test_preferences_back_up_now);
  tcase_add_test (window, test_renderer_without_gpu);
  tcase_add_test (window, test_renderer_with_gpu);
  suite_add_tcase (suite, window);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (window_suite ());
}
