/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderWorks: the works of an order — added from the price list, edited, removed —
 * and what the order costs with the client's discount. Emits "changed" after each write.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_WORKS (ofc_order_works_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderWorks, ofc_order_works, OFC, ORDER_WORKS, AdwBin)

void   ofc_order_works_set_order (OfcOrderWorks *self,
                                  OfcContext    *context,
                                  OfcOrder      *order);
gint64 ofc_order_works_get_total (OfcOrderWorks *self);

G_END_DECLS
