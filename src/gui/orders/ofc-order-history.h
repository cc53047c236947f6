/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderHistory: everything that happened to an order, newest first — who, when, and
 * what changed from what to what: intake, edits, status changes, works, comments, files.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_HISTORY (ofc_order_history_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderHistory, ofc_order_history, OFC, ORDER_HISTORY, AdwBin)

gboolean ofc_order_history_load (OfcOrderHistory *self,
                                 OfcContext      *context,
                                 OfcOrder        *order,
                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
