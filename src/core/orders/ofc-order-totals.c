/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order totals: sections summed from their lines, the client's discount rounded once per
 * section, lines' shares allocated exactly. Later modules add their section through one
 * contributor each (parts: the stock module; payments: the money module).
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-totals.h"
#include "orders/ofc-order-work.h"

/* a section's contribution to the totals, added in the order below */
typedef gboolean (*Contributor) (OfcDatabase *database,
                                 OfcOrder *order,
                                 const char *currency,
                                 OfcOrderTotals *totals,
                                 GError **error);

/* shares of @discount proportional to @amounts that add up to it exactly: each line gets
 * the floor of its exact share, the minor units left go to the largest remainders (the
 * earlier line on a tie) */
static void
allocate (const gint64 *amounts, guint n, gint64 subtotal, gint64 discount, gint64 *shares)
{
  g_autofree gint64 *remainders = g_new0 (gint64, MAX (n, 1));
  gint64 left = discount;

  for (guint i = 0; i < n; i++)
    {
      __int128 product = (__int128) amounts[i] * discount;

      shares[i] = subtotal > 0 ? (gint64) (product / subtotal) : 0;
      remainders[i] = subtotal > 0 ? (gint64) (product % subtotal) : 0;
      left -= shares[i];
    }
  for (; left > 0; left--)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      shares[best]++;
      remainders[best] = -1;
    }
}

/**
 * _ofc_totals_take_discount:
 * @discount: (out): @discount_bp of @subtotal, rounded with %OFC_ORDER_DISCOUNT_ROUNDING
 * @total: (out): @subtotal − @discount
 *
 * The one place a discount is taken, so the totals and the works total the order lists
 * read with each row (from a subtotal summed in SQL) cannot round differently.
 */
gboolean
_ofc_totals_take_discount (
    OfcMoney subtotal, int discount_bp, OfcMoney *discount, OfcMoney *total, GError **error)
{
  return ofc_money_percent (subtotal, discount_bp, OFC_ORDER_DISCOUNT_ROUNDING, discount, error) &&
         ofc_money_subtract (subtotal, *discount, total, error);
}

/**
 * ofc_totals_section_compute:
 * @lines: (array length=n_lines): the lines to sum
 * @discount_bp: the discount in basis points, 0–10000
 * @line_discounts: (nullable) (array length=n_lines): receives each line's share of the
 *   discount
 *
 * Sums quantity × price exactly, takes @discount_bp of the subtotal rounded with
 * %OFC_ORDER_DISCOUNT_ROUNDING, and subtracts it. Fails only on overflow.
 */
gboolean
ofc_totals_section_compute (const OfcTotalsLine *lines,
                            guint n_lines,
                            int discount_bp,
                            const char *currency,
                            OfcTotalsSection *section,
                            gint64 *line_discounts,
                            GError **error)
{
  g_autofree gint64 *amounts = g_new0 (gint64, MAX (n_lines, 1));
  OfcMoney subtotal = ofc_money_init (0, currency);

  g_return_val_if_fail (discount_bp >= 0 && discount_bp <= 10000, FALSE);

  for (guint i = 0; i < n_lines; i++)
    {
      OfcMoney amount;

      if (!ofc_money_multiply (ofc_money_init (lines[i].price, currency), lines[i].quantity, 1,
                               OFC_ROUND_DOWN, &amount, error) ||
          !ofc_money_add (subtotal, amount, &subtotal, error))
        return FALSE;
      amounts[i] = amount.minor;
    }
  section->subtotal = subtotal;
  section->discount_bp = discount_bp;
  section->n_lines = n_lines;
  if (!_ofc_totals_take_discount (subtotal, discount_bp, &section->discount, &section->total,
                                  error))
    return FALSE;
  if (line_discounts != NULL)
    allocate (amounts, n_lines, subtotal.minor, section->discount.minor, line_discounts);
  return TRUE;
}

static gboolean
add_works (OfcDatabase *database,
           OfcOrder *order,
           const char *currency,
           OfcOrderTotals *totals,
           GError **error)
{
  g_autoptr (GListModel) works = _ofc_order_list_works (database, order, error);
  guint n;
  g_autofree OfcTotalsLine *lines = NULL;

  if (works == NULL)
    return FALSE;
  n = g_list_model_get_n_items (works);
  lines = g_new0 (OfcTotalsLine, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);

      lines[i] =
          (OfcTotalsLine){ ofc_order_work_get_quantity (work), ofc_order_work_get_price (work) };
    }
  return ofc_totals_section_compute (lines, n, ofc_order_get_discount_works (order), currency,
                                     &totals->works, NULL, error);
}

/* parts (stock module) and payments (money module) join here */
static const Contributor contributors[] = {
  add_works,
};

static void
init_section (OfcTotalsSection *section, const char *currency)
{
  section->subtotal = section->discount = section->total = ofc_money_init (0, currency);
  section->discount_bp = 0;
  section->n_lines = 0;
}

/**
 * ofc_order_totals_compute:
 * @totals: (out caller-allocates): the totals
 *
 * Computes @order's totals from its current lines in the shop currency.
 */
gboolean
ofc_order_totals_compute (OfcContext *context,
                          OfcOrder *order,
                          OfcOrderTotals *totals,
                          GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  const char *currency = ofc_context_get_currency (context);

  init_section (&totals->works, currency);
  init_section (&totals->parts, currency);
  totals->paid = ofc_money_init (0, currency);
  for (gsize i = 0; i < G_N_ELEMENTS (contributors); i++)
    if (!contributors[i](database, order, currency, totals, error))
      return FALSE;
  return ofc_money_add (totals->works.total, totals->parts.total, &totals->total, error) &&
         ofc_money_subtract (totals->total, totals->paid, &totals->due, error);
}
