/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcListSelection: the selection shifts with changes before it, follows its item through
 * the owner's find function when a change covers it, splits large changes so a view does
 * not read every row, and a column view over a lazy list of 300 000 rows reads only about
 * a screenful when the whole list is replaced.
 */
#include "config.h"

#include "ofc-gui-test.h"
#include "ofc-list-selection.h"

#define LAZY_ROWS 300000

/* a lazy list: every get_item() makes a new object, as OfcClientList does after a reload */
#define LAZY_TYPE_MODEL (lazy_model_get_type ())
G_DECLARE_FINAL_TYPE (LazyModel, lazy_model, LAZY, MODEL, GObject)

struct _LazyModel
{
  GObject parent_instance;

  guint n_items;
  guint reads;
};

static GType
lazy_model_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
lazy_model_get_n_items (GListModel *model)
{
  return LAZY_MODEL (model)->n_items;
}

static gpointer
lazy_model_get_item (GListModel *model, guint position)
{
  LazyModel *self = LAZY_MODEL (model);
  char text[16];

  if (position >= self->n_items)
    return NULL;
  self->reads++;
  g_snprintf (text, sizeof text, "%u", position);
  return gtk_string_object_new (text);
}

static void
lazy_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lazy_model_get_item_type;
  iface->get_n_items = lazy_model_get_n_items;
  iface->get_item = lazy_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (LazyModel,
                               lazy_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lazy_model_iface_init))

static void
lazy_model_class_init (LazyModelClass *klass)
{
}

static void
lazy_model_init (LazyModel *self)
{
}

/*
 * Helpers
 */

static GtkStringList *
make_list (guint n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("row %u", i);

      gtk_string_list_append (list, text);
    }
  return list;
}

static const char *
selected_text (OfcListSelection *selection)
{
  return gtk_string_object_get_string (ofc_list_selection_get_selected_item (selection));
}

static guint
find_by_text (GListModel *model, gpointer item, gpointer user_data)
{
  const char *wanted = gtk_string_object_get_string (item);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) other = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (other), wanted) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
record_change (GListModel *model, guint position, guint removed, guint added, GPtrArray *changes)
{
  g_ptr_array_add (changes, g_strdup_printf ("%u-%u+%u n=%u", position, removed, added,
                                             g_list_model_get_n_items (model)));
}

/*
 * Tests
 */

START_TEST (test_shifts_with_changes_before)
{
  g_autoptr (GtkStringList) list = make_list (10);
  g_autoptr (OfcListSelection) selection = ofc_list_selection_new (G_LIST_MODEL (list));
  const char *const added[] = { "new 1", "new 2", "new 3", NULL };

  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 0);
  ofc_list_selection_set_selected (selection, 5);
  gtk_string_list_splice (list, 0, 0, added);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 8);
  ck_assert_str_eq (selected_text (selection), "row 5");
  gtk_string_list_splice (list, 0, 2, NULL);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 6);
  gtk_string_list_splice (list, 9, 1, NULL);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 6);
  ck_assert (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (selection), 6));
  ck_assert (!gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (selection), 6));
}
END_TEST

START_TEST (test_follows_item_through_find)
{
  g_autoptr (GtkStringList) list = make_list (10);
  g_autoptr (OfcListSelection) selection = ofc_list_selection_new (G_LIST_MODEL (list));
  const char *const reordered[] = { "row 4", "row 3", "row 2", NULL };

  ofc_list_selection_set_find_func (selection, find_by_text, NULL);
  ofc_list_selection_set_selected (selection, 4);
  /* the rows 2–4 come back reversed: the selected one is now at 2 */
  gtk_string_list_splice (list, 2, 3, reordered);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 2);
  ck_assert_str_eq (selected_text (selection), "row 4");

  /* gone: the selection stays where it was */
  gtk_string_list_splice (list, 2, 1, NULL);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), 2);
  ck_assert_str_eq (selected_text (selection), "row 3");
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), NULL);
  ck_assert_uint_eq (ofc_list_selection_get_selected (selection), GTK_INVALID_LIST_POSITION);
  ck_assert_ptr_null (ofc_list_selection_get_selected_item (selection));
}
END_TEST

START_TEST (test_splits_large_changes)
{
  g_autoptr (GtkStringList) list = make_list (1000);
  g_autoptr (GtkStringList) other = make_list (2000);
  g_autoptr (OfcListSelection) selection = ofc_list_selection_new (G_LIST_MODEL (list));
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  const char **texts = g_new0 (const char *, 2001);

  for (guint i = 0; i < 2000; i++)
    texts[i] = gtk_string_list_get_string (other, i);
  g_signal_connect (selection, "items-changed", G_CALLBACK (record_change), changes);
  gtk_string_list_splice (list, 10, 990, texts);
  g_free (texts);
  ck_assert_uint_eq (changes->len, 2);
  ck_assert_str_eq (g_ptr_array_index (changes, 0), "10-990+0 n=10");
  ck_assert_str_eq (g_ptr_array_index (changes, 1), "10-0+2000 n=2010");
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (selection)), 2010);
}
END_TEST

/* Ctrl and Shift clicks mark more rows only with "multiple"; appends keep the marks, other
 * changes drop them */
START_TEST (test_marks_more_rows)
{
  g_autoptr (GtkStringList) list = make_list (10);
  g_autoptr (OfcListSelection) selection = ofc_list_selection_new (G_LIST_MODEL (list));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (selection);
  const char *const more[] = { "row 10", NULL };
  g_autoptr (GPtrArray) items = NULL;

  gtk_selection_model_select_item (model, 3, FALSE);
  ck_assert (gtk_selection_model_is_selected (model, 3) && !gtk_selection_model_is_selected (model, 0));

  g_object_set (selection, "multiple", TRUE, NULL);
  gtk_selection_model_select_item (model, 2, TRUE);
  gtk_selection_model_select_item (model, 5, FALSE);
  gtk_selection_model_select_range (model, 7, 3, FALSE);
  items = ofc_list_selection_dup_selected_items (selection, 100);
  ck_assert_uint_eq (items->len, 5);
  ck_assert_str_eq (gtk_string_object_get_string (g_ptr_array_index (items, 0)), "row 2");
  ck_assert_str_eq (gtk_string_object_get_string (g_ptr_array_index (items, 4)), "row 9");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = ofc_list_selection_dup_selected_items (selection, 2);
  ck_assert_uint_eq (items->len, 2);

  ck_assert (gtk_selection_model_unselect_item (model, 5));
  ck_assert (gtk_selection_model_unselect_item (model, 2));
  ck_assert_str_eq (selected_text (selection), "row 7");
  gtk_string_list_splice (list, 10, 0, more);
  ck_assert (gtk_selection_model_is_selected (model, 9));
  gtk_string_list_remove (list, 0);
  ck_assert (!gtk_selection_model_is_selected (model, 8));
  ck_assert_str_eq (selected_text (selection), "row 7");

  gtk_selection_model_select_range (model, 0, 3, TRUE);
  ck_assert (gtk_selection_model_is_selected (model, 0) && gtk_selection_model_is_selected (model, 2));
  ck_assert (!gtk_selection_model_is_selected (model, 6));
  ck_assert_str_eq (selected_text (selection), "row 1");
  gtk_selection_model_select_item (model, 4, TRUE);
  ck_assert (!gtk_selection_model_is_selected (model, 0));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = ofc_list_selection_dup_selected_items (selection, 100);
  ck_assert_uint_eq (items->len, 1);
}
END_TEST

static const char row_template[] =
    "<interface><template class='GtkListItem'><property name='child'>"
    "<object class='GtkLabel'/></property></template></interface>";

START_TEST (test_view_reads_a_screenful)
{
  LazyModel *model = g_object_new (LAZY_TYPE_MODEL, NULL);
  g_autoptr (OfcListSelection) selection = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr (GBytes) bytes = g_bytes_new_static (row_template, strlen (row_template));
  GtkListItemFactory *factory = gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
  GtkWidget *view;

  model->n_items = LAZY_ROWS;
  selection = ofc_list_selection_new (G_LIST_MODEL (model));
  view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (selection)), factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 500);
  ofc_gui_test_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (view);
  ofc_gui_test_iterate (100);

  model->reads = 0;
  g_list_model_items_changed (G_LIST_MODEL (model), 0, LAZY_ROWS, LAZY_ROWS);
  ofc_gui_test_iterate (100);
  ck_assert_msg (model->reads < 2000, "replacing the list read %u rows", model->reads);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (model);
}
END_TEST

static Suite *
list_selection_suite (void)
{
  Suite *suite = suite_create ("list-selection");
  TCase *selection = tcase_create ("selection");

  tcase_add_test (selection, test_shifts_with_changes_before);
  tcase_add_test (selection, test_follows_item_through_find);
  tcase_add_test (selection, test_splits_large_changes);
  tcase_add_test (selection, test_marks_more_rows);
  tcase_add_test (selection, test_view_reads_a_screenful);
  suite_add_tcase (suite, selection);
  return suite;
}

int
main (void)
{
  if (!ofc_gui_test_init ())
    return 77;
  return ofc_test_run (list_selection_suite ());
}
