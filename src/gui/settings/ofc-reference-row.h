/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferenceRow: one reference row in a Settings list: its name, what the panel adds
 * about it, and a button to archive it (or, once archived, a tag and a button to restore
 * it). Enter or a click opens it.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_REFERENCE_ROW (ofc_reference_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcReferenceRow, ofc_reference_row, OFC, REFERENCE_ROW, AdwActionRow)

/* clang-format off */
OfcReferenceRow *ofc_reference_row_new        (GObject         *item,
                                               const char      *archived_tag);
GObject         *ofc_reference_row_get_item   (OfcReferenceRow *self);
void             ofc_reference_row_add_suffix (OfcReferenceRow *self,
                                               GtkWidget       *widget);
/* clang-format on */

G_END_DECLS
