/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFilterPopover: the orders page's filter — status group, status, executor,
 * manager, type, location, urgent, overdue, the period taken in — and its saved filters.
 */
#pragma once

#include <gtk/gtk.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_FILTER_POPOVER (ofc_order_filter_popover_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderFilterPopover, ofc_order_filter_popover, OFC, ORDER_FILTER_POPOVER,
                      GtkPopover)

void  ofc_order_filter_popover_set_context  (OfcOrderFilterPopover *self,
                                             OfcContext            *context);
void  ofc_order_filter_popover_fill         (OfcOrderFilterPopover *self,
                                             OfcOrderFilter        *filter);
void  ofc_order_filter_popover_load         (OfcOrderFilterPopover *self,
                                             const OfcOrderFilter  *filter);
void  ofc_order_filter_popover_set_flags    (OfcOrderFilterPopover *self,
                                             gboolean               urgent_only,
                                             gboolean               overdue_only);
guint ofc_order_filter_popover_count_active (OfcOrderFilterPopover *self);
void  ofc_order_filter_popover_reload_saved (OfcOrderFilterPopover *self);

G_END_DECLS
