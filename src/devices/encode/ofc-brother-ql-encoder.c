/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Brother QL raster: invalidate, initialise, raster mode, print information, cut settings,
 * margins, then one "g" row of 90 bytes per raster line, mirrored left to right, and 0C
 * between copies or 1A after the last. Only 62 mm endless tape at 300 dpi, whose geometry
 * is known (696 printable dots of 720, 12 dots from the right edge).
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-label-encoder.h"
#include "ofc-label-encoder-private.h"

#define HEAD_DOTS         720
#define ROW_BYTES         (HEAD_DOTS / 8)
#define TAPE_WIDTH_MM     62
#define PRINTABLE_DOTS    696
#define RIGHT_MARGIN_DOTS 12
#define INVALIDATE_BYTES  400
#define ENDLESS_FEED_DOTS 35

/* print information flags: recover on error, media type, width and quality are valid */
#define PI_FLAGS         (0x80 | 0x02 | 0x04 | 0x40)
#define MEDIA_CONTINUOUS 0x0A

static gboolean
check_media (const OfcLabelMedia *media, GError **error)
{
  if (media->kind == OFC_MEDIA_CONTINUOUS && media->dpi == 300 &&
      fabs (media->width_mm - TAPE_WIDTH_MM) < 0.5)
    return TRUE;
  g_set_error_literal (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                       _ ("Brother QL printing supports 62 mm endless tape at 300 dpi only"));
  return FALSE;
}

static void
put (GByteArray *out, guint n, ...)
{
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      guint8 byte = (guint8)va_arg (args, int);

      g_byte_array_append (out, &byte, 1);
    }
  va_end (args);
}

/* the label sits 12 dots from the head's right end; the head prints rows mirrored */
static void
put_row (GByteArray *out, OfcBitmap *bitmap, guint y)
{
  guint8 row[ROW_BYTES] = { 0 };
  guint left = HEAD_DOTS - PRINTABLE_DOTS - RIGHT_MARGIN_DOTS;

  for (guint x = 0; x < ofc_bitmap_get_width (bitmap); x++)
    if (ofc_bitmap_get_pixel (bitmap, x, y))
      {
        guint dot = HEAD_DOTS - 1 - (left + x);

        row[dot / 8] |= (guint8)(0x80 >> (dot % 8));
      }
  put (out, 3, 'g', 0x00, ROW_BYTES);
  g_byte_array_append (out, row, ROW_BYTES);
}

static void
put_page (GByteArray *out, OfcBitmap *bitmap, gboolean first, gboolean last)
{
  guint rows = ofc_bitmap_get_height (bitmap);

  put (out, 13, 0x1B, 'i', 'z', PI_FLAGS, MEDIA_CONTINUOUS, TAPE_WIDTH_MM, 0, (int)(rows & 0xFF),
       (int)((rows >> 8) & 0xFF), (int)((rows >> 16) & 0xFF), (int)(rows >> 24), first ? 0 : 1, 0);
  put (out, 4, 0x1B, 'i', 'M', 0x40);
  put (out, 4, 0x1B, 'i', 'A', 1);
  put (out, 4, 0x1B, 'i', 'K', 0x08);
  put (out, 5, 0x1B, 'i', 'd', ENDLESS_FEED_DOTS, 0);
  for (guint y = 0; y < rows; y++)
    put_row (out, bitmap, y);
  put (out, 1, last ? 0x1A : 0x0C);
}

/**
 * ofc_brother_ql_encode:
 *
 * The image must be at most 696 dots wide; its height is the label length.
 *
 * Returns: (transfer full): the job, or %NULL for other media or native elements
 */
GBytes *
ofc_brother_ql_encode (OfcLabelDocument *document, GError **error)
{
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (document);
  guint copies = ofc_label_document_get_copies (document);
  guint8 invalidate[INVALIDATE_BYTES] = { 0 };
  GByteArray *out;

  if (!check_media (ofc_label_document_get_media (document), error) ||
      !ofc_label_check_document (document, 0, "Brother QL", error))
    return NULL;
  out = g_byte_array_new ();
  g_byte_array_append (out, invalidate, sizeof invalidate);
  put (out, 2, 0x1B, '@');
  /* raster mode; models without mode switching ignore it */
  put (out, 4, 0x1B, 'i', 'a', 1);
  for (guint copy = 0; copy < copies; copy++)
    put_page (out, bitmap, copy == 0, copy + 1 == copies);
  return g_byte_array_free_to_bytes (out);
}
