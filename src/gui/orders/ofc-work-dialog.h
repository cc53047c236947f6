/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWorkDialog: adds a work to an order — usually from the price list, with quantity,
 * price, executor and warranty — or edits one. Emits "saved" once stored.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_WORK_DIALOG (ofc_work_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OfcWorkDialog, ofc_work_dialog, OFC, WORK_DIALOG, AdwWindow)

OfcWorkDialog *ofc_work_dialog_new  (GtkWindow     *parent,
                                     OfcContext    *context,
                                     OfcOrder      *order,
                                     OfcOrderWork  *work);
gboolean       ofc_work_dialog_save (OfcWorkDialog *self);

G_END_DECLS
