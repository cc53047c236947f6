/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFiles: the photos and documents attached to an order, as thumbnails or icons;
 * one opens in the default application. Emits "changed" after files are attached.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_FILES (ofc_order_files_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderFiles, ofc_order_files, OFC, ORDER_FILES, AdwBin)

void ofc_order_files_set_order  (OfcOrderFiles *self,
                                 OfcContext    *context,
                                 OfcOrder      *order);
void ofc_order_files_attach     (OfcOrderFiles *self,
                                 GListModel    *files);
gboolean ofc_order_files_get_busy (OfcOrderFiles *self);

G_END_DECLS
