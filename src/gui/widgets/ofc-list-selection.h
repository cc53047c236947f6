/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcListSelection: a single selection for lazy list models. GtkSingleSelection looks for
 * its selected item among every item a change adds, reading each one; over a lazy list of
 * hundreds of thousands of rows that is a database read per row. This one never reads the
 * model to keep its selection: it follows the row by position, or asks its owner where
 * the selected item went.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * OfcListSelectionFindFunc:
 * @model: the list after a change
 * @item: the item that was selected
 * @user_data: the data given with the function
 *
 * Returns: where @item is now, or %GTK_INVALID_LIST_POSITION
 */
typedef guint (*OfcListSelectionFindFunc) (GListModel *model,
                                           gpointer    item,
                                           gpointer    user_data);

#define OFC_TYPE_LIST_SELECTION (ofc_list_selection_get_type ())
G_DECLARE_FINAL_TYPE (OfcListSelection, ofc_list_selection, OFC, LIST_SELECTION, GObject)

OfcListSelection *ofc_list_selection_new               (GListModel               *model);
GListModel       *ofc_list_selection_get_model         (OfcListSelection         *self);
void              ofc_list_selection_set_model         (OfcListSelection         *self,
                                                        GListModel               *model);
void              ofc_list_selection_set_find_func     (OfcListSelection         *self,
                                                        OfcListSelectionFindFunc  find,
                                                        gpointer                  user_data);
guint             ofc_list_selection_get_selected      (OfcListSelection         *self);
void              ofc_list_selection_set_selected      (OfcListSelection         *self,
                                                        guint                     position);
gpointer          ofc_list_selection_get_selected_item (OfcListSelection         *self);
GPtrArray        *ofc_list_selection_dup_selected_items (OfcListSelection        *self,
                                                         guint                    max_items);

G_END_DECLS
