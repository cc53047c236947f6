/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrdersPage: the repair orders — search, filter, counters of urgent and overdue
 * orders, a sortable list that stays quick with a million orders — and the way in to
 * taking a device in and to each order.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDERS_PAGE (ofc_orders_page_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrdersPage, ofc_orders_page, OFC, ORDERS_PAGE, AdwBin)

OfcOrderList *ofc_orders_page_get_list   (OfcOrdersPage *self);
void          ofc_orders_page_new_order  (OfcOrdersPage *self);
void          ofc_orders_page_set_search (OfcOrdersPage *self,
                                          const char    *text);

G_END_DECLS
