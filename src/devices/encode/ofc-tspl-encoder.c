/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * TSPL: SIZE, GAP (or BLINE), CLS, the bitmap with BITMAP (1 = white), native TEXT,
 * BARCODE and QRCODE, PRINT. Lines end with CR LF as the TSC manuals write them.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-code-page.h"
#include "ofc-label-encoder.h"
#include "ofc-label-encoder-private.h"

/* internal bitmap font "3" is 16 × 24 dots; native text is scaled by whole multiples */
#define FONT_HEIGHT 24

static void
put_media (GByteArray *out, OfcLabelDocument *document)
{
  const OfcLabelMedia *media = ofc_label_document_get_media (document);
  double length = media->height_mm > 0 ? media->height_mm
                                       : ofc_label_get_length_dots (document) * 25.4 / media->dpi;
  g_autofree char *width = ofc_label_format_mm (media->width_mm);
  g_autofree char *height = ofc_label_format_mm (length);
  g_autofree char *gap = ofc_label_format_mm (media->gap_mm);

  ofc_label_put_printf (out, "SIZE %s mm,%s mm\r\n", width, height);
  if (media->kind == OFC_MEDIA_BLACK_MARK)
    ofc_label_put_printf (out, "BLINE %s mm,0 mm\r\n", gap);
  else if (media->kind == OFC_MEDIA_CONTINUOUS)
    ofc_label_put_printf (out, "GAP 0 mm,0 mm\r\n");
  else
    ofc_label_put_printf (out, "GAP %s mm,0 mm\r\n", gap);
  ofc_label_put_printf (out, "DIRECTION 1,0\r\nREFERENCE 0,0\r\n");
}

/* a quoted TSPL string; a double quote inside is written \["] */
static void
put_string (GByteArray *out, const guint8 *data, gsize size)
{
  ofc_label_put_printf (out, "\"");
  for (gsize i = 0; i < size; i++)
    if (data[i] == '"')
      ofc_label_put_printf (out, "\\[\"]");
    else
      g_byte_array_append (out, &data[i], 1);
  ofc_label_put_printf (out, "\"");
}

static gboolean
put_text (GByteArray *out, const OfcLabelNative *native, GError **error)
{
  g_autoptr (GBytes) bytes = ofc_code_page_encode (OFC_CODE_PAGE_CP1251, native->data, error);
  guint scale = MAX (1, (native->height + FONT_HEIGHT / 2) / FONT_HEIGHT);

  if (bytes == NULL)
    return FALSE;
  ofc_label_put_printf (out, "TEXT %u,%u,\"3\",0,%u,%u,", native->x, native->y, scale, scale);
  put_string (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  ofc_label_put_printf (out, "\r\n");
  return TRUE;
}

static gboolean
put_native (GByteArray *out, const OfcLabelNative *native, GError **error)
{
  const guint8 *data = (const guint8 *)native->data;
  gsize size = strlen (native->data);

  switch (native->kind)
    {
      case OFC_LABEL_NATIVE_TEXT:
        return put_text (out, native, error);
      case OFC_LABEL_NATIVE_CODE128:
        ofc_label_put_printf (out, "BARCODE %u,%u,\"128\",%u,0,0,%u,%u,", native->x, native->y,
                              native->height, native->module, native->module);
        break;
      case OFC_LABEL_NATIVE_QR:
      default:
        ofc_label_put_printf (out, "QRCODE %u,%u,M,%u,A,0,", native->x, native->y,
                              CLAMP (native->module, 1, 10));
        break;
    }
  put_string (out, data, size);
  ofc_label_put_printf (out, "\r\n");
  return TRUE;
}

static gboolean
has_native_text (OfcLabelDocument *document)
{
  for (guint i = 0; i < ofc_label_document_get_n_native (document); i++)
    if (ofc_label_document_get_native (document, i)->kind == OFC_LABEL_NATIVE_TEXT)
      return TRUE;
  return FALSE;
}

/**
 * ofc_tspl_encode:
 *
 * Native text is sent in CP1251 after CODEPAGE 1251, the recipe that works on
 * Xprinter-class devices; text outside CP1251 must be rendered into the image.
 *
 * Returns: (transfer full): the job
 */
GBytes *
ofc_tspl_encode (OfcLabelDocument *document, GError **error)
{
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (document);
  g_autoptr (GByteArray) out = NULL;

  if (!ofc_label_check_document (document, ofc_label_language_get_native (OFC_LABEL_TSPL), "TSPL",
                                 error))
    return NULL;
  out = g_byte_array_new ();
  put_media (out, document);
  if (has_native_text (document))
    ofc_label_put_printf (out, "CODEPAGE 1251\r\n");
  ofc_label_put_printf (out, "CLS\r\nBITMAP 0,0,%u,%u,0,", ofc_bitmap_get_stride (bitmap),
                        ofc_bitmap_get_height (bitmap));
  ofc_label_put_rows (out, bitmap, TRUE);
  ofc_label_put_printf (out, "\r\n");
  for (guint i = 0; i < ofc_label_document_get_n_native (document); i++)
    if (!put_native (out, ofc_label_document_get_native (document, i), error))
      return NULL;
  ofc_label_put_printf (out, "PRINT %u,1\r\n", ofc_label_document_get_copies (document));
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
