/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderTotals: what a repair order costs, computed in the core and nowhere else.
 *
 * The order is summed by sections: works (this module), parts (the stock module, later),
 * then payments against the total (the money module, later). Each section has a subtotal,
 * the client's discount for its category and a total; a new kind of line adds a section
 * and one contributor in ofc-order-totals.c, and nothing else changes.
 *
 * Rounding is explicit and named: a discount is a percentage of the section subtotal,
 * rounded once with %OFC_ORDER_DISCOUNT_ROUNDING (half up, as receipts do); the lines'
 * shares of it are allocated so that they add up to it exactly (largest remainder).
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

#include "base/ofc-money.h"
#include "ofc-context.h"
#include "orders/ofc-order.h"

G_BEGIN_DECLS

#define OFC_ORDER_DISCOUNT_ROUNDING OFC_ROUND_HALF_UP

/**
 * OfcTotalsSection:
 * @subtotal: the sum of quantity × price of the section's lines
 * @discount_bp: the discount applied, in basis points (750 = 7.5 %)
 * @discount: @subtotal × @discount_bp, rounded with %OFC_ORDER_DISCOUNT_ROUNDING
 * @total: @subtotal − @discount
 * @n_lines: how many lines were summed
 */
typedef struct
{
  OfcMoney subtotal;
  int discount_bp;
  OfcMoney discount;
  OfcMoney total;
  guint n_lines;
} OfcTotalsSection;

/**
 * OfcOrderTotals:
 * @works: the works lines
 * @parts: parts and materials lines (zero until the stock module adds them)
 * @total: what the client owes for the order: the sum of the sections' totals
 * @paid: payments against the order (zero until the money module records them)
 * @due: @total − @paid
 */
typedef struct
{
  OfcTotalsSection works;
  OfcTotalsSection parts;
  OfcMoney total;
  OfcMoney paid;
  OfcMoney due;
} OfcOrderTotals;

/**
 * OfcTotalsLine:
 * @quantity: units
 * @price: per unit, minor units
 *
 * A line to sum, for ofc_totals_section_compute().
 */
typedef struct
{
  gint64 quantity;
  gint64 price;
} OfcTotalsLine;

/* clang-format off */
gboolean ofc_order_totals_compute   (OfcContext           *context,
                                     OfcOrder             *order,
                                     OfcOrderTotals       *totals,
                                     GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_totals_section_compute (const OfcTotalsLine  *lines,
                                     guint                 n_lines,
                                     int                   discount_bp,
                                     const char           *currency,
                                     OfcTotalsSection     *section,
                                     gint64               *line_discounts,
                                     GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
