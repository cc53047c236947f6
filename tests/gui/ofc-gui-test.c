/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * GUI test support. Key presses go through the X server (xdotool, XTest), exactly as a
 * keyboard or a keyboard-wedge barcode scanner would send them, so focus handling, Tab
 * order and Enter activation are tested for real.
 */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "ofc-gui-resources.h"
#include "ofc-gui-test.h"

/**
 * ofc_gui_test_init:
 *
 * Returns: %FALSE when there is no display; the caller then exits with 77 (skipped)
 */
gboolean
ofc_gui_test_init (void)
{
  g_autoptr(GtkCssProvider) css = NULL;

  if (g_getenv ("DISPLAY") == NULL || *g_getenv ("DISPLAY") == '\0')
    return FALSE;
  gtk_init ();
  adw_init ();
  ofc_gui_register_resource ();
  css = gtk_css_provider_new ();
  /* AdwApplication loads the application's style sheet; tests have no application */
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return TRUE;
}

/* a shop past its first start: the window opens on its pages, not on the welcome page */
OfcContext *
ofc_gui_test_context_new (const char *folder)
{
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);

  ck_assert (ofc_database_set_meta (database, "welcome-done", "1", NULL));
  return ofc_context_new (database);
}

/* a shop opened for the very first time */
OfcContext *
ofc_gui_test_context_new_first_start (const char *folder)
{
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);

  return ofc_context_new (database);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* runs the main loop for @milliseconds */
void
ofc_gui_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * ofc_gui_test_wait_until:
 * @timeout_ms: the cap; a test that waits forever tells nothing
 *
 * Returns: whether @condition became true in time
 */
gboolean
ofc_gui_test_wait_until (OfcGuiTestCondition condition,
                         gpointer            data,
                         guint               timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      ofc_gui_test_iterate (10);
    }
  return TRUE;
}

/**
 * ofc_gui_test_find:
 * @name: the widget's name (the "name" property, set in .ui files for testable widgets)
 *
 * Returns: (transfer none) (nullable): the first descendant of @root with that name
 */
GtkWidget *
ofc_gui_test_find (GtkWidget  *root,
                   const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ofc_gui_test_find (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ofc_gui_test_find_type (GtkWidget *root,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ofc_gui_test_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
run_xdotool (const char *const *arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status = 0;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);
  ck_assert_msg (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error),
                 "cannot run xdotool: %s", error != NULL ? error->message : "");
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "xdotool %s failed", arguments[0]);
}

/* shows @window and gives it the X input focus, as a window manager would */
void
ofc_gui_test_present (GtkWindow *window)
{
  g_autofree char *xid = NULL;
  GdkSurface *surface;

  gtk_window_present (window);
  ofc_gui_test_iterate (200);
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  run_xdotool ((const char *const[]) { "windowfocus", "--sync", xid, NULL });
  ofc_gui_test_iterate (100);
}

static void
set_layout (const char *layout)
{
  g_autofree char *command = g_strdup_printf ("setxkbmap %s", layout);
  int status = 0;

  ck_assert_msg (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL)
                   && g_spawn_check_wait_status (status, NULL),
                 "cannot run %s", command);
  ofc_gui_test_iterate (100);
  /* GDK picks up a new keymap only with the next key event; a lone Shift makes that happen
   * before the first real character */
  run_xdotool ((const char *const[]) { "key", "shift", NULL });
  ofc_gui_test_iterate (100);
}

/* the next run of @text that one layout can type: Latin letters need the US layout, Cyrillic
 * the Russian one (xdotool's own keysym remapping never reaches GTK's XKB state); digits,
 * spaces and punctuation go with either */
static gsize
next_run (const char *text,
          gboolean   *cyrillic)
{
  const char *p = text;
  gboolean decided = FALSE;

  *cyrillic = FALSE;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = g_unichar_isalpha (c);

      if (!letter)
        continue;
      if (!decided)
        {
          *cyrillic = c >= 0x0400 && c <= 0x04FF;
          decided = TRUE;
        }
      else if (*cyrillic != (c >= 0x0400 && c <= 0x04FF))
        break;
    }
  return (gsize) (p - text);
}

/* types @text on the keyboard into whatever has the focus, Cyrillic included */
void
ofc_gui_test_type (const char *text)
{
  while (*text != '\0')
    {
      gboolean cyrillic;
      gsize length = next_run (text, &cyrillic);
      g_autofree char *run = g_strndup (text, length);

      set_layout (cyrillic ? "ru" : "us");
      run_xdotool ((const char *const[]) { "type", "--delay", "12", "--", run, NULL });
      text += length;
    }
  set_layout ("us");
  ofc_gui_test_iterate (100);
}

/* presses keys by name, e.g. "Tab", "Return", "ctrl+n" (space-separated for several) */
void
ofc_gui_test_keys (const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) arguments = g_ptr_array_new ();

  g_ptr_array_add (arguments, (gpointer) "key");
  g_ptr_array_add (arguments, (gpointer) "--delay");
  g_ptr_array_add (arguments, (gpointer) "30");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (arguments, names[i]);
  g_ptr_array_add (arguments, NULL);
  run_xdotool ((const char *const *) arguments->pdata);
  ofc_gui_test_iterate (150);
}

GtkWidget *
ofc_gui_test_get_focus (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/**
 * ofc_gui_test_type_paced:
 * @text: ASCII text; "\n" presses Return, as a scanner ends a code
 * @delay_ms: the pause between keys: a few milliseconds is a barcode scanner, over a
 *   hundred a person
 *
 * Presses the keys of @text in one burst at that pace. Key by key ("xdotool key"), since
 * "xdotool type" sends a newline as Linefeed, which no keyboard or scanner does.
 */
void
ofc_gui_test_type_paced (const char *text,
                         guint       delay_ms)
{
  g_autofree char *delay = g_strdup_printf ("%u", delay_ms);
  g_autoptr(GPtrArray) arguments = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (arguments, g_strdup ("key"));
  g_ptr_array_add (arguments, g_strdup ("--delay"));
  g_ptr_array_add (arguments, g_strdup (delay));
  for (const char *p = text; *p != '\0'; p++)
    g_ptr_array_add (arguments, g_strdup (*p == '\n' ? "Return"
                                          : gdk_keyval_name (gdk_unicode_to_keyval (*p))));
  g_ptr_array_add (arguments, NULL);
  run_xdotool ((const char *const *) arguments->pdata);
  ofc_gui_test_iterate (150);
}

/**
 * ofc_gui_test_find_label:
 *
 * Returns: (transfer none) (nullable): a mapped label under @root whose text contains @text
 */
GtkWidget *
ofc_gui_test_find_label (GtkWidget  *root,
                         const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ofc_gui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

