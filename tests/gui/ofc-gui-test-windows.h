/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * GUI test support for dialogs, focus, labels and lists: waiting for a window of a type to open
 * or close, walking the focus with Tab, finding widgets that must be there, waiting for a
 * label's text, for the rows of a list (by their titles) to come and go, and for a list
 * model to hold the expected items.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* what a list shows for @item, e.g. a client's name */
typedef const char *(*OfcGuiTestItemText) (gpointer item);

/* clang-format off */
void       ofc_gui_test_set_wait_ms         (guint      milliseconds);
GtkWidget *ofc_gui_test_find_named          (GtkWidget *root,
                                             const char *name);
gboolean   ofc_gui_test_focus_is_in         (GtkWindow *toplevel,
                                             GtkWidget *widget);
void       ofc_gui_test_tab_to              (GtkWindow *toplevel,
                                             GtkWidget *widget,
                                             guint      max_tabs);
void       ofc_gui_test_tab_to_named        (GtkWindow *toplevel,
                                             const char *name,
                                             guint      max_tabs);
gboolean   ofc_gui_test_focus_is_in_named   (GtkWindow *toplevel,
                                             const char *name);
const char *ofc_gui_test_get_text_named     (GtkWidget *root,
                                             const char *name);
GtkWindow *ofc_gui_test_find_toplevel       (GType      type);
GtkWindow *ofc_gui_test_wait_for_toplevel   (GType      type);
void       ofc_gui_test_wait_for_no_toplevel (GType     type,
                                             GtkWindow *then_present);
void       ofc_gui_test_destroy_toplevels   (void);
void       ofc_gui_test_wait_for_label      (GtkWidget *root,
                                             const char *text);
GtkWidget *ofc_gui_test_find_row          (GtkWidget *list,
                                             const char *title);
guint      ofc_gui_test_count_rows          (GtkWidget *list);
GtkWidget *ofc_gui_test_wait_for_row        (GtkWidget *list,
                                             const char *title);
void       ofc_gui_test_wait_for_no_row     (GtkWidget *list,
                                             const char *title);
void       ofc_gui_test_wait_for_n_rows     (GtkWidget *list,
                                             guint      n);
char      *ofc_gui_test_dup_item_texts      (GListModel *model,
                                             OfcGuiTestItemText text);
void       ofc_gui_test_wait_for_item_texts (GListModel *model,
                                             OfcGuiTestItemText text,
                                             const char *expected);
/* clang-format on */

G_END_DECLS
