/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcRemoveDialog: what removing a status or an order type means, asked before it
 * happens. It says how many orders use the row and offers to archive it, or to move those
 * orders to another row (chosen in a combo of the others) and delete it; a row no order
 * uses can simply be deleted. Its responses: "cancel", "archive", "move", "delete".
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_REMOVE_DIALOG (ofc_remove_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OfcRemoveDialog, ofc_remove_dialog, OFC, REMOVE_DIALOG, AdwMessageDialog)

/* clang-format off */
OfcRemoveDialog *ofc_remove_dialog_new             (GtkWindow       *parent,
                                                    GObject         *item,
                                                    gint64           n_orders,
                                                    GListModel      *candidates);
GObject         *ofc_remove_dialog_get_item        (OfcRemoveDialog *self);
GObject         *ofc_remove_dialog_get_replacement (OfcRemoveDialog *self);
/* clang-format on */

G_END_DECLS
