/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Code 128 and EAN-13 (zint) and QR (libqrencode) symbols: as module matrices, as bitmaps scaled by
 * whole dots, and drawn into a Cairo context at a given module size.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <cairo.h>

#include "document/ofc-bitmap.h"

G_BEGIN_DECLS

/* quiet zones scanners need around a symbol, in modules */
#define OFC_CODE128_QUIET_MODULES 10
#define OFC_QR_QUIET_MODULES      4

OfcBitmap *ofc_code128_encode (const char *data, GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcBitmap *ofc_ean13_encode (const char *data, GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcBitmap *ofc_qr_encode (const char *data, GError **error) G_GNUC_WARN_UNUSED_RESULT;

OfcBitmap *ofc_symbol_scale (OfcBitmap *modules, guint module_width, guint height);
void ofc_symbol_draw (
    cairo_t *cr, OfcBitmap *modules, double x, double y, double module_width, double height);

gboolean ofc_render_code128 (cairo_t *cr,
                             double x,
                             double y,
                             const char *data,
                             double module,
                             double height,
                             double *width_out,
                             GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_render_qr (cairo_t *cr,
                        double x,
                        double y,
                        const char *data,
                        double module,
                        double *size_out,
                        GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
