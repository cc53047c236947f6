/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderView: one repair order in a window of its own — every field editable, the
 * status moved along its allowed transitions, works with the totals, comments, files and
 * the history. One window per order: opening an order that is open already brings its
 * window forward.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_VIEW (ofc_order_view_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderView, ofc_order_view, OFC, ORDER_VIEW, AdwWindow)

OfcOrderView *ofc_order_view_present   (GtkWindow     *parent,
                                        OfcContext    *context,
                                        const OfcUuid *order_id);
OfcOrder     *ofc_order_view_get_order (OfcOrderView  *self);
gboolean      ofc_order_view_save      (OfcOrderView  *self);
void          ofc_order_view_reload    (OfcOrderView  *self);

G_END_DECLS
