/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferencePanel: the Settings panel every list of reference rows derives from: a
 * header with "New", "Show Archived" and, where the list is long, a search; the rows,
 * each opening its editor with Enter and archived or restored with its button (Delete
 * archives the focused row). The list follows the context's change notices, so an edit
 * made anywhere shows at once. Subclasses say how to list, describe, edit and archive
 * their rows; their templates set the titles.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

#include "ofc-reference-editor.h"
#include "ofc-reference-row.h"

G_BEGIN_DECLS

#define OFC_TYPE_REFERENCE_PANEL (ofc_reference_panel_get_type ())
G_DECLARE_DERIVABLE_TYPE (OfcReferencePanel, ofc_reference_panel, OFC, REFERENCE_PANEL, AdwBin)

/**
 * OfcReferencePanelClass:
 * @list: the rows to show, archived ones too when asked
 * @describe: fills in a row's subtitle, prefix and suffixes (the title is the name)
 * @create_editor: the editor of @item, or of a new row when @item is %NULL
 * @set_archived: archives or restores @item
 * @count_orders: (nullable): how many orders use @item, -1 on failure; when set, removing
 *   a row asks first (OfcRemoveDialog): archive it, delete it, or move its orders and
 *   delete it; when %NULL the row is archived at once, with an undo toast
 * @delete_item: (nullable): deletes @item, moving its orders to @replacement
 * @matches: (nullable): whether @item matches the search @folded (case-folded); the
 *   name is searched when %NULL
 * @reloaded: (nullable): called after each reload with every listed row
 */
struct _OfcReferencePanelClass
{
  AdwBinClass parent_class;

  GListModel *(*list) (OfcReferencePanel *self, gboolean with_archived, GError **error);
  void (*describe) (OfcReferencePanel *self, GObject *item, OfcReferenceRow *row);
  OfcReferenceEditor *(*create_editor) (OfcReferencePanel *self, GObject *item);
  gboolean (*set_archived) (OfcReferencePanel *self,
                            GObject *item,
                            gboolean archived,
                            GError **error);
  gint64 (*count_orders) (OfcReferencePanel *self, GObject *item, GError **error);
  gboolean (*delete_item) (OfcReferencePanel *self,
                           GObject *item,
                           GObject *replacement,
                           GError **error);
  gboolean (*matches) (OfcReferencePanel *self, GObject *item, const char *folded);
  void (*reloaded) (OfcReferencePanel *self, GListModel *items);
};

/* clang-format off */
OfcContext *ofc_reference_panel_get_context      (OfcReferencePanel *self);
void        ofc_reference_panel_watch            (OfcReferencePanel *self,
                                                  const char        *entity);
void        ofc_reference_panel_reload           (OfcReferencePanel *self);
GListModel *ofc_reference_panel_get_items        (OfcReferencePanel *self);
GtkListBox *ofc_reference_panel_get_list         (OfcReferencePanel *self);
GObject    *ofc_reference_panel_get_focused_item (OfcReferencePanel *self);
void        ofc_reference_panel_focus_item       (OfcReferencePanel *self,
                                                  GObject           *item);
void        ofc_reference_panel_open             (OfcReferencePanel *self,
                                                  GObject           *item);
void        ofc_reference_panel_archive          (OfcReferencePanel *self,
                                                  GObject           *item);
/* clang-format on */

G_END_DECLS
