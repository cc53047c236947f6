/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcMoneyRow: an entry row for an amount of money in the shop currency, typed as people
 * write amounts ("1 234,50", "1234.5") and shown in the locale's format.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_MONEY_ROW (ofc_money_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcMoneyRow, ofc_money_row, OFC, MONEY_ROW, AdwEntryRow)

/* clang-format off */
void     ofc_money_row_set_currency (OfcMoneyRow  *self,
                                     const char   *currency);
void     ofc_money_row_set_value    (OfcMoneyRow  *self,
                                     gint64        minor);
gboolean ofc_money_row_get_value    (OfcMoneyRow  *self,
                                     const char   *field,
                                     gint64       *minor,
                                     GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
