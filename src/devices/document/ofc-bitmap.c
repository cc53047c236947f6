/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcBitmap: a packed 1-bit image with conversions from and to Cairo surfaces and PNG.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-bitmap.h"

struct _OfcBitmap
{
  GObject parent_instance;

  guint width;
  guint height;
  guint stride;
  guint8 *data;
};

G_DEFINE_FINAL_TYPE (OfcBitmap, ofc_bitmap, G_TYPE_OBJECT)

static void
ofc_bitmap_finalize (GObject *object)
{
  OfcBitmap *self = OFC_BITMAP (object);

  g_free (self->data);
  G_OBJECT_CLASS (ofc_bitmap_parent_class)->finalize (object);
}

static void
ofc_bitmap_class_init (OfcBitmapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_bitmap_finalize;
}

static void
ofc_bitmap_init (OfcBitmap *self)
{
}

/**
 * ofc_bitmap_new:
 * @width: pixels per row
 * @height: rows
 *
 * Returns: (transfer full): a white bitmap
 */
OfcBitmap *
ofc_bitmap_new (guint width, guint height)
{
  OfcBitmap *self;

  g_return_val_if_fail (width <= 65535 && height <= 65535, NULL);
  self = g_object_new (OFC_TYPE_BITMAP, NULL);
  self->width = width;
  self->height = height;
  self->stride = (width + 7) / 8;
  self->data = g_malloc0 ((gsize)self->stride * height + 1);
  return self;
}

/**
 * ofc_bitmap_new_from_data:
 * @stride: bytes per row in @data, at least ceil(@width / 8)
 * @data: rows in the #OfcBitmap layout (MSB leftmost, 1 = black)
 *
 * Returns: (transfer full): a copy of @data; padding bits are cleared
 */
OfcBitmap *
ofc_bitmap_new_from_data (guint width, guint height, guint stride, const guint8 *data)
{
  OfcBitmap *self = ofc_bitmap_new (width, height);
  guint8 last_mask = width % 8 == 0 ? 0xFF : (guint8)(0xFF << (8 - width % 8));

  g_return_val_if_fail (stride >= self->stride, self);
  for (guint y = 0; y < height && self->stride > 0; y++)
    {
      guint8 *row = self->data + (gsize)y * self->stride;

      memcpy (row, data + (gsize)y * stride, self->stride);
      row[self->stride - 1] &= last_mask;
    }
  return self;
}

static gboolean
argb_is_black (guint32 pixel, guint8 threshold)
{
  /* premultiplied colour over a white background: c + (255 - alpha) */
  guint alpha = pixel >> 24;
  guint r = ((pixel >> 16) & 0xFF) + 255 - alpha;
  guint g = ((pixel >> 8) & 0xFF) + 255 - alpha;
  guint b = (pixel & 0xFF) + 255 - alpha;

  return (r * 299 + g * 587 + b * 114) / 1000 < threshold;
}

static gboolean
surface_pixel_is_black (const guint8 *row, cairo_format_t format, guint x, guint8 threshold)
{
  switch (format)
    {
      case CAIRO_FORMAT_A8:
        return row[x] >= threshold;
      case CAIRO_FORMAT_A1:
        {
          guint32 word = ((const guint32 *)row)[x / 32];
          guint bit = G_BYTE_ORDER == G_LITTLE_ENDIAN ? x % 32 : 31 - x % 32;

          return (word >> bit) & 1;
        }
      case CAIRO_FORMAT_RGB24:
        return argb_is_black (((const guint32 *)row)[x] | 0xFF000000u, threshold);
      default:
        return argb_is_black (((const guint32 *)row)[x], threshold);
    }
}

static cairo_surface_t *
convert_to_argb (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  cairo_surface_t *argb = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (argb);

  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return argb;
}

/**
 * ofc_bitmap_new_from_surface:
 * @surface: an image surface; A8 and A1 are read as ink coverage, colour formats are
 *   composited over white and read as luminance
 * @threshold: for A8 the coverage from which a pixel is black; for colour the luminance
 *   below which it is black (%OFC_BITMAP_DEFAULT_THRESHOLD suits both)
 *
 * Returns: (transfer full): the thresholded bitmap
 */
OfcBitmap *
ofc_bitmap_new_from_surface (cairo_surface_t *surface, guint8 threshold)
{
  g_autoptr (OfcBitmap) self = NULL;
  cairo_surface_t *source = surface;
  cairo_format_t format = cairo_image_surface_get_format (surface);
  const guint8 *pixels;
  int stride;

  if (format != CAIRO_FORMAT_A8 && format != CAIRO_FORMAT_A1 && format != CAIRO_FORMAT_RGB24 &&
      format != CAIRO_FORMAT_ARGB32)
    source = convert_to_argb (surface);
  cairo_surface_flush (source);
  self = ofc_bitmap_new (cairo_image_surface_get_width (source),
                         cairo_image_surface_get_height (source));
  pixels = cairo_image_surface_get_data (source);
  stride = cairo_image_surface_get_stride (source);
  format = cairo_image_surface_get_format (source);
  for (guint y = 0; y < self->height; y++)
    for (guint x = 0; x < self->width; x++)
      if (surface_pixel_is_black (pixels + (gsize)y * stride, format, x, threshold))
        ofc_bitmap_set_pixel (self, x, y, TRUE);
  if (source != surface)
    cairo_surface_destroy (source);
  return g_steal_pointer (&self);
}

/**
 * ofc_bitmap_new_from_png:
 * @path: a PNG file, e.g. a shop logo
 *
 * Returns: (transfer full): the image thresholded at %OFC_BITMAP_DEFAULT_THRESHOLD
 */
OfcBitmap *
ofc_bitmap_new_from_png (const char *path, GError **error)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  OfcBitmap *self = NULL;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("Cannot read the image “%s”: %s"), path,
                 cairo_status_to_string (cairo_surface_status (surface)));
  else
    self = ofc_bitmap_new_from_surface (surface, OFC_BITMAP_DEFAULT_THRESHOLD);
  cairo_surface_destroy (surface);
  return self;
}

guint
ofc_bitmap_get_width (OfcBitmap *self)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), 0);
  return self->width;
}

guint
ofc_bitmap_get_height (OfcBitmap *self)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), 0);
  return self->height;
}

guint
ofc_bitmap_get_stride (OfcBitmap *self)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), 0);
  return self->stride;
}

/**
 * ofc_bitmap_get_data:
 *
 * Returns: (transfer none): stride × height bytes
 */
const guint8 *
ofc_bitmap_get_data (OfcBitmap *self)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), NULL);
  return self->data;
}

const guint8 *
ofc_bitmap_get_row (OfcBitmap *self, guint y)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), NULL);
  g_return_val_if_fail (y < self->height, NULL);
  return self->data + (gsize)y * self->stride;
}

gboolean
ofc_bitmap_get_pixel (OfcBitmap *self, guint x, guint y)
{
  g_return_val_if_fail (OFC_IS_BITMAP (self), FALSE);
  if (x >= self->width || y >= self->height)
    return FALSE;
  return (self->data[(gsize)y * self->stride + x / 8] >> (7 - x % 8)) & 1;
}

void
ofc_bitmap_set_pixel (OfcBitmap *self, guint x, guint y, gboolean black)
{
  guint8 *byte;
  guint8 mask;

  g_return_if_fail (OFC_IS_BITMAP (self));
  if (x >= self->width || y >= self->height)
    return;
  byte = &self->data[(gsize)y * self->stride + x / 8];
  mask = (guint8)(0x80 >> (x % 8));
  *byte = black ? (*byte | mask) : (*byte & ~mask);
}

/* clips to the bitmap, so callers may pass rectangles partly outside */
void
ofc_bitmap_fill_rect (OfcBitmap *self, int x, int y, int width, int height, gboolean black)
{
  int x0 = MAX (x, 0), y0 = MAX (y, 0);
  int x1 = MIN (x + width, (int)self->width), y1 = MIN (y + height, (int)self->height);

  for (int row = y0; row < y1; row++)
    for (int col = x0; col < x1; col++)
      ofc_bitmap_set_pixel (self, col, row, black);
}

/**
 * ofc_bitmap_blit:
 * @source: black pixels to add
 * @x: where @source's left edge goes, may be negative
 * @y: where @source's top edge goes, may be negative
 *
 * Ors @source into @self, clipped.
 */
void
ofc_bitmap_blit (OfcBitmap *self, OfcBitmap *source, int x, int y)
{
  g_return_if_fail (OFC_IS_BITMAP (self) && OFC_IS_BITMAP (source));
  for (guint row = 0; row < source->height; row++)
    for (guint col = 0; col < source->width; col++)
      if (ofc_bitmap_get_pixel (source, col, row) && x + (int)col >= 0 && y + (int)row >= 0)
        ofc_bitmap_set_pixel (self, x + col, y + row, TRUE);
}

/**
 * ofc_bitmap_stack:
 * @strips: (element-type OfcBitmap): bitmaps to put one under the other, left-aligned
 * @width: the width of the result
 *
 * Returns: (transfer full): the strips stacked top to bottom
 */
OfcBitmap *
ofc_bitmap_stack (GPtrArray *strips, guint width)
{
  guint height = 0, y = 0;
  OfcBitmap *result;

  for (guint i = 0; i < strips->len; i++)
    height += OFC_BITMAP (g_ptr_array_index (strips, i))->height;
  result = ofc_bitmap_new (width, height);
  for (guint i = 0; i < strips->len; i++)
    {
      OfcBitmap *strip = g_ptr_array_index (strips, i);

      ofc_bitmap_blit (result, strip, 0, y);
      y += strip->height;
    }
  return result;
}

guint
ofc_bitmap_count_black (OfcBitmap *self)
{
  gsize size = (gsize)self->stride * self->height;
  guint count = 0;

  for (gsize i = 0; i < size; i++)
    count += __builtin_popcount (self->data[i]);
  return count;
}

gboolean
ofc_bitmap_equal (OfcBitmap *a, OfcBitmap *b)
{
  return a->width == b->width && a->height == b->height &&
         memcmp (a->data, b->data, (gsize)a->stride * a->height) == 0;
}

/**
 * ofc_bitmap_to_surface:
 *
 * Returns: (transfer full): an RGB24 surface, black on white, for previews and PNG files
 */
cairo_surface_t *
ofc_bitmap_to_surface (OfcBitmap *self)
{
  cairo_surface_t *surface =
      cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (self->width, 1), MAX (self->height, 1));
  guint8 *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (guint y = 0; y < MAX (self->height, 1); y++)
    for (guint x = 0; x < MAX (self->width, 1); x++)
      ((guint32 *)(pixels + (gsize)y * stride))[x] =
          ofc_bitmap_get_pixel (self, x, y) ? 0x000000 : 0xFFFFFF;
  cairo_surface_mark_dirty (surface);
  return surface;
}

gboolean
ofc_bitmap_write_png (OfcBitmap *self, const char *path, GError **error)
{
  cairo_surface_t *surface = ofc_bitmap_to_surface (self);
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_IO,
               _ ("Cannot write the image “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}
