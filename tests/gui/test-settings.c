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
  page = OFC_SETTINGS_PAGE (ofc_window_get_page (window, "settings"));
  ck_assert_ptr_nonnull (page);
  ck_assert (ofc_window_show_page (window, "settings"));
}

static void
teardown (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  ofc_gui_test_iterate (50);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/*
 * Helpers
 */

static GtkWidget *
find (GtkWidget *root, const char *name)
{
  GtkWidget *widget = ofc_gui_test_find (root, name);

  ck_assert_msg (widget != NULL, "no widget named %s", name);
  return widget;
}

static gboolean
focus_is_in (GtkWindow *toplevel, GtkWidget *widget)
{
  GtkWidget *focus = ofc_gui_test_get_focus (toplevel);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* shows the panel and gives the window the keyboard */
static OfcReferencePanel *
show_panel (const char *name)
{
  GtkWidget *panel;

  ck_assert (ofc_settings_page_show_panel (page, name));
  panel = ofc_settings_page_get_panel (page, name);
  ofc_gui_test_present (GTK_WINDOW (window));
  return OFC_REFERENCE_PANEL (panel);
}

static OfcReferenceEditor *
find_editor (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (OFC_IS_REFERENCE_EDITOR (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
editor_is_open (gpointer data)
{
  return find_editor () != NULL;
}

static gboolean
editor_is_closed (gpointer data)
{
  return find_editor () == NULL;
}

static OfcReferenceEditor *
wait_for_editor (void)
{
  OfcReferenceEditor *editor;

  ck_assert_msg (ofc_gui_test_wait_until (editor_is_open, NULL, WAIT_MS), "no editor opened");
  editor = find_editor ();
  ofc_gui_test_present (GTK_WINDOW (editor));
  return editor;
}

static void
wait_for_editor_to_close (void)
{
  ck_assert_msg (ofc_gui_test_wait_until (editor_is_closed, NULL, WAIT_MS),
                 "the editor is still open");
  ofc_gui_test_present (GTK_WINDOW (window));
}

/* the row of the panel's list titled @title */
static GtkWidget *
find_row (OfcReferencePanel *panel, const char *title)
{
  GtkWidget *list = GTK_WIDGET (ofc_reference_panel_get_list (panel));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;
  return NULL;
}

typedef struct
{
  OfcReferencePanel *panel;
  const char *title;
} RowWait;

static gboolean
row_is_listed (gpointer data)
{
  RowWait *wait = data;

  return find_row (wait->panel, wait->title) != NULL;
}

static GtkWidget *
wait_for_row (OfcReferencePanel *panel, const char *title)
{
  RowWait wait = { panel, title };

  ck_assert_msg (ofc_gui_test_wait_until (row_is_listed, &wait, WAIT_MS), "no row “%s”", title);
  return find_row (panel, title);
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
  ck_assert (focus_is_in (GTK_WINDOW (editor), find (GTK_WIDGET (editor), "name-row")));
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

START_TEST (test_screenshots)
{
  static const Shot shots[] = {
    { "services", "Screen replacement" },
  };
  const char *directory = g_getenv ("OFC_SCREENSHOT_DIR");

  if (directory == NULL)
    return;
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
      save_screenshot (directory, editor_name);
      close_editor ();
    }
}
END_TEST

static Suite *
settings_suite (void)
{
  Suite *suite = suite_create ("settings");
  TCase *panels = tcase_create ("panels");

  tcase_add_checked_fixture (panels, setup, teardown);
  tcase_add_test (panels, test_service_with_typed_price);
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
