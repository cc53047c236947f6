/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderList: a lazy GListModel of #OfcOrder for the orders page, over an
 * #OfcOrderFilter (which includes the sort), fast on a million orders:
 *
 * - on every (re)load, the count ("total") and the first page of rows are read at once,
 *   so the first screen shows immediately;
 * - the ids of all matching orders are then read in a worker thread on its own database
 *   connection ("loading" is %TRUE meanwhile) and appended (items-changed at the end);
 * - orders are materialised on demand, a page of rows at a time, and cached.
 *
 * The list reloads by itself (once per main-loop turn) when the context reports changes
 * to orders or to what they show (clients, statuses, types, employees, locations).
 * Positions past the loaded ids do not exist yet: n-items grows to "total" when loading
 * ends.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "orders/ofc-order-filter.h"

G_BEGIN_DECLS

#define OFC_ORDER_LIST_PAGE 100

#define OFC_TYPE_ORDER_LIST (ofc_order_list_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderList, ofc_order_list, OFC, ORDER_LIST, GObject)

/* clang-format off */
OfcOrderList         *ofc_order_list_new         (OfcContext           *context,
                                                  const OfcOrderFilter *filter);
const OfcOrderFilter *ofc_order_list_get_filter  (OfcOrderList         *self);
void                  ofc_order_list_set_filter  (OfcOrderList         *self,
                                                  const OfcOrderFilter *filter);
gint64                ofc_order_list_get_total   (OfcOrderList         *self);
gboolean              ofc_order_list_get_loading (OfcOrderList         *self);
const GError         *ofc_order_list_get_error   (OfcOrderList         *self);
void                  ofc_order_list_reload      (OfcOrderList         *self);
void                  ofc_order_list_release     (OfcOrderList         *self);
/* clang-format on */

G_END_DECLS
