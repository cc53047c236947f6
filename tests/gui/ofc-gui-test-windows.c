/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * GUI test support for dialogs, focus and lists. Waits are capped (a test that waits forever
 * tells nothing); a dialog that opened is given the keyboard, as a window manager would.
 */
#include "config.h"

#include "ofc-gui-test-windows.h"
#include "ofc-gui-test.h"

/* the cap of every wait here */
static guint wait_ms = 5000;

/* a test of slower work (a print worker, a printer on TCP) allows its waits more time */
void
ofc_gui_test_set_wait_ms (guint milliseconds)
{
  wait_ms = milliseconds;
}

/* the descendant of @root named @name; the test fails without one */
GtkWidget *
ofc_gui_test_find_named (GtkWidget *root, const char *name)
{
  GtkWidget *widget = ofc_gui_test_find (root, name);

  ck_assert_msg (widget != NULL, "no widget named %s", name);
  return widget;
}

gboolean
ofc_gui_test_focus_is_in (GtkWindow *toplevel, GtkWidget *widget)
{
  GtkWidget *focus = ofc_gui_test_get_focus (toplevel);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* presses Tab until the focus is in @widget, at most @max_tabs times */
void
ofc_gui_test_tab_to (GtkWindow *toplevel, GtkWidget *widget, guint max_tabs)
{
  for (guint i = 0; i < max_tabs && !ofc_gui_test_focus_is_in (toplevel, widget); i++)
    ofc_gui_test_keys ("Tab");
  ck_assert_msg (ofc_gui_test_focus_is_in (toplevel, widget), "Tab did not reach %s",
                 gtk_widget_get_name (widget));
}

/* the same for the widget of @toplevel named @name */
void
ofc_gui_test_tab_to_named (GtkWindow *toplevel, const char *name, guint max_tabs)
{
  ofc_gui_test_tab_to (toplevel, ofc_gui_test_find_named (GTK_WIDGET (toplevel), name), max_tabs);
}

gboolean
ofc_gui_test_focus_is_in_named (GtkWindow *toplevel, const char *name)
{
  return ofc_gui_test_focus_is_in (toplevel, ofc_gui_test_find_named (GTK_WIDGET (toplevel), name));
}

/* the text of the editable named @name */
const char *
ofc_gui_test_get_text_named (GtkWidget *root, const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (ofc_gui_test_find_named (root, name)));
}

/**
 * ofc_gui_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a shown window of @type
 */
GtkWindow *
ofc_gui_test_find_toplevel (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
toplevel_is_open (gpointer type)
{
  return ofc_gui_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
toplevel_is_closed (gpointer type)
{
  return !toplevel_is_open (type);
}

/* waits for a window of @type and gives it the keyboard */
GtkWindow *
ofc_gui_test_wait_for_toplevel (GType type)
{
  GtkWindow *window;

  ck_assert_msg (
      ofc_gui_test_wait_until (toplevel_is_open, GSIZE_TO_POINTER ((gsize) type), wait_ms),
      "no %s opened", g_type_name (type));
  window = ofc_gui_test_find_toplevel (type);
  ofc_gui_test_present (window);
  return window;
}

/* waits for every window of @type to close, then gives @then_present (if any) the keyboard */
void
ofc_gui_test_wait_for_no_toplevel (GType type, GtkWindow *then_present)
{
  ck_assert_msg (
      ofc_gui_test_wait_until (toplevel_is_closed, GSIZE_TO_POINTER ((gsize) type), wait_ms),
      "a %s is still open", g_type_name (type));
  if (then_present != NULL)
    ofc_gui_test_present (then_present);
}

/* for a test's teardown: destroys every window, then lets GTK finish with them */
void
ofc_gui_test_destroy_toplevels (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  ofc_gui_test_iterate (50);
}

typedef struct
{
  GtkWidget *root;
  const char *text;
} LabelWait;

static gboolean
label_is_shown (gpointer data)
{
  LabelWait *wait = data;

  return ofc_gui_test_find_label (wait->root, wait->text) != NULL;
}

/* waits until a shown label under @root has @text in it */
void
ofc_gui_test_wait_for_label (GtkWidget *root, const char *text)
{
  LabelWait wait = { root, text };

  ck_assert_msg (ofc_gui_test_wait_until (label_is_shown, &wait, wait_ms), "“%s” is not shown",
                 text);
}

/**
 * ofc_gui_test_find_row:
 * @list: a list box of AdwPreferencesRow
 *
 * Returns: (transfer none) (nullable): the row titled @title
 */
GtkWidget *
ofc_gui_test_find_row (GtkWidget *list, const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;
  return NULL;
}

/* the rows of @list, not its placeholder */
guint
ofc_gui_test_count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  return n;
}

typedef struct
{
  GtkWidget *list;
  const char *title;
  guint n;
} RowWait;

static gboolean
row_is_listed (gpointer data)
{
  RowWait *wait = data;

  return ofc_gui_test_find_row (wait->list, wait->title) != NULL;
}

static gboolean
row_is_gone (gpointer data)
{
  return !row_is_listed (data);
}

static gboolean
rows_counted (gpointer data)
{
  RowWait *wait = data;

  return ofc_gui_test_count_rows (wait->list) == wait->n;
}

GtkWidget *
ofc_gui_test_wait_for_row (GtkWidget *list, const char *title)
{
  RowWait wait = { list, title, 0 };

  ck_assert_msg (ofc_gui_test_wait_until (row_is_listed, &wait, wait_ms), "no row “%s”", title);
  return ofc_gui_test_find_row (list, title);
}

void
ofc_gui_test_wait_for_no_row (GtkWidget *list, const char *title)
{
  RowWait wait = { list, title, 0 };

  ck_assert_msg (ofc_gui_test_wait_until (row_is_gone, &wait, wait_ms), "row “%s” still listed",
                 title);
}

void
ofc_gui_test_wait_for_n_rows (GtkWidget *list, guint n)
{
  RowWait wait = { list, NULL, n };

  ck_assert_msg (ofc_gui_test_wait_until (rows_counted, &wait, wait_ms), "%u rows, not %u",
                 ofc_gui_test_count_rows (list), n);
}

/* the texts of @model's items, "|"-separated */
char *
ofc_gui_test_dup_item_texts (GListModel *model, OfcGuiTestItemText text)
{
  g_autoptr (GString) texts = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "", text (item));
    }
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

typedef struct
{
  GListModel *model;
  OfcGuiTestItemText text;
  const char *expected;
} ItemsWait;

static gboolean
items_are (gpointer data)
{
  ItemsWait *wait = data;
  g_autofree char *texts = ofc_gui_test_dup_item_texts (wait->model, wait->text);

  return g_strcmp0 (texts, wait->expected) == 0;
}

/* waits until the texts of @model's items are @expected ("|"-separated, "" for none) */
void
ofc_gui_test_wait_for_item_texts (GListModel *model, OfcGuiTestItemText text, const char *expected)
{
  ItemsWait wait = { model, text, expected };
  g_autofree char *texts = NULL;

  if (ofc_gui_test_wait_until (items_are, &wait, wait_ms))
    return;
  texts = ofc_gui_test_dup_item_texts (model, text);
  ck_abort_msg ("the list shows “%s”, expected “%s”", texts, expected);
}
