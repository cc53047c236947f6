/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDateRow: an entry row for a day, typed in the locale's usual form or picked from a
 * calendar popover. It holds what was typed; the store decides whether that is a date.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_DATE_ROW (ofc_date_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcDateRow, ofc_date_row, OFC, DATE_ROW, AdwEntryRow)

void  ofc_date_row_set_value (OfcDateRow *self,
                              const char *value);
char *ofc_date_row_dup_value (OfcDateRow *self);

G_END_DECLS
