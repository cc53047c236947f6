/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * EPL2: clear the buffer, set width and length in dots, the bitmap with GW (1 = white),
 * print. EPL's native fonts lack Cyrillic, so everything goes through the bitmap.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include "ofc-label-encoder.h"
#include "ofc-label-encoder-private.h"

static void
put_form_length (GByteArray *out, const OfcLabelMedia *media, guint height)
{
  guint gap = ofc_label_media_mm_to_dots (media, media->gap_mm);

  switch (media->kind)
    {
      case OFC_MEDIA_CONTINUOUS:
        ofc_label_put_printf (out, "Q%u,0\r\n", height);
        break;
      case OFC_MEDIA_BLACK_MARK:
        ofc_label_put_printf (out, "Q%u,B%u\r\n", height, gap);
        break;
      case OFC_MEDIA_GAP:
      default:
        ofc_label_put_printf (out, "Q%u,%u\r\n", height, gap);
        break;
    }
}

/**
 * ofc_epl_encode:
 *
 * Returns: (transfer full): the job, or %NULL with %OFC_PRINTER_ERROR_UNSUPPORTED when the
 *   document has native elements
 */
GBytes *
ofc_epl_encode (OfcLabelDocument *document, GError **error)
{
  const OfcLabelMedia *media = ofc_label_document_get_media (document);
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (document);
  GByteArray *out;

  if (!ofc_label_check_document (document, 0, "EPL", error))
    return NULL;
  out = g_byte_array_new ();
  /* a leading line break ends whatever half command an earlier job left behind */
  ofc_label_put_printf (out, "\r\nN\r\nq%u\r\n", ofc_label_media_get_width_dots (media));
  put_form_length (out, media, ofc_label_get_length_dots (document));
  ofc_label_put_printf (out, "GW0,0,%u,%u,", ofc_bitmap_get_stride (bitmap),
                        ofc_bitmap_get_height (bitmap));
  ofc_label_put_rows (out, bitmap, TRUE);
  ofc_label_put_printf (out, "\r\nP%u\r\n", ofc_label_document_get_copies (document));
  return g_byte_array_free_to_bytes (out);
}
