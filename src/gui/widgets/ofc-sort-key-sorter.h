/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSortKeySorter: a column sorter that never sorts anything itself. It gives a
 * GtkColumnView header its click-to-sort arrow and names a sort key, so the page can have
 * SQL do the sorting over hundreds of thousands of rows instead of a GtkSortListModel
 * touching every item.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFC_TYPE_SORT_KEY_SORTER (ofc_sort_key_sorter_get_type ())
G_DECLARE_FINAL_TYPE (OfcSortKeySorter, ofc_sort_key_sorter, OFC, SORT_KEY_SORTER, GtkSorter)

GtkSorter  *ofc_sort_key_sorter_new          (const char *key);
const char *ofc_sort_key_sorter_get_key      (OfcSortKeySorter *self);
const char *ofc_sort_key_sorter_find_primary (GtkSorter  *view_sorter,
                                              gboolean   *descending);

G_END_DECLS
