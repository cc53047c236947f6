/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcBitmap: a 1-bit image, the common currency between rendering and every printer language.
 *
 * Invariants: rows are packed, the most significant bit of a byte is the leftmost pixel,
 * bit 1 means black, the stride is ceil(width / 8) and padding bits are always 0. This is
 * the ESC/POS raster layout; encoders whose device wants 1 = white invert on the way out.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* the threshold renderers use: a pixel at least half covered prints black */
#define OFC_BITMAP_DEFAULT_THRESHOLD 128

#define OFC_TYPE_BITMAP (ofc_bitmap_get_type ())
G_DECLARE_FINAL_TYPE (OfcBitmap, ofc_bitmap, OFC, BITMAP, GObject)

OfcBitmap *ofc_bitmap_new (guint width, guint height);
OfcBitmap *ofc_bitmap_new_from_data (guint width, guint height, guint stride, const guint8 *data);
OfcBitmap *ofc_bitmap_new_from_surface (cairo_surface_t *surface, guint8 threshold);
OfcBitmap *ofc_bitmap_new_from_png (const char *path, GError **error) G_GNUC_WARN_UNUSED_RESULT;

guint ofc_bitmap_get_width (OfcBitmap *self);
guint ofc_bitmap_get_height (OfcBitmap *self);
guint ofc_bitmap_get_stride (OfcBitmap *self);
const guint8 *ofc_bitmap_get_data (OfcBitmap *self);
const guint8 *ofc_bitmap_get_row (OfcBitmap *self, guint y);

gboolean ofc_bitmap_get_pixel (OfcBitmap *self, guint x, guint y);
void ofc_bitmap_set_pixel (OfcBitmap *self, guint x, guint y, gboolean black);
void ofc_bitmap_fill_rect (OfcBitmap *self, int x, int y, int width, int height, gboolean black);
void ofc_bitmap_blit (OfcBitmap *self, OfcBitmap *source, int x, int y);
OfcBitmap *ofc_bitmap_stack (GPtrArray *strips, guint width);

guint ofc_bitmap_count_black (OfcBitmap *self);
gboolean ofc_bitmap_equal (OfcBitmap *a, OfcBitmap *b);

cairo_surface_t *ofc_bitmap_to_surface (OfcBitmap *self);
gboolean
ofc_bitmap_write_png (OfcBitmap *self, const char *path, GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
