/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcColorPalette: picks a colour, "#rrggbb", from a row of swatches (one Tab stop; the
 * arrow keys move between them) or any other from a colour chooser.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_COLOR_PALETTE (ofc_color_palette_get_type ())
G_DECLARE_FINAL_TYPE (OfcColorPalette, ofc_color_palette, OFC, COLOR_PALETTE, GtkBox)

/* clang-format off */
const char *ofc_color_palette_get_color (OfcColorPalette *self);
void        ofc_color_palette_set_color (OfcColorPalette *self,
                                         const char      *color);
void        ofc_color_swatch_draw       (cairo_t         *cr,
                                         int              width,
                                         int              height,
                                         const char      *color);
/* clang-format on */

G_END_DECLS
