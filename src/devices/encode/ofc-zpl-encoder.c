/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * ZPL II: the label bitmap as one ^GFA field at the origin, then native fields. Field data
 * goes through ^FH so that "^", "~" and "_" in a client's text cannot start a command.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include "ofc-label-encoder.h"
#include "ofc-label-encoder-private.h"

static void
put_hex (GByteArray *out, OfcBitmap *bitmap)
{
  static const char digits[] = "0123456789ABCDEF";
  gsize size = (gsize)ofc_bitmap_get_stride (bitmap) * ofc_bitmap_get_height (bitmap);
  const guint8 *data = ofc_bitmap_get_data (bitmap);

  for (gsize i = 0; i < size; i++)
    {
      guint8 pair[2] = { digits[data[i] >> 4], digits[data[i] & 0xF] };

      g_byte_array_append (out, pair, 2);
    }
}

static void
put_graphic (GByteArray *out, OfcBitmap *bitmap)
{
  guint stride = ofc_bitmap_get_stride (bitmap);
  guint total = stride * ofc_bitmap_get_height (bitmap);

  ofc_label_put_printf (out, "^FO0,0^GFA,%u,%u,%u,", total, total, stride);
  put_hex (out, bitmap);
  ofc_label_put_printf (out, "^FS\n");
}

/* ^FD data with ^FH: the escape character "_" and the command prefixes as _XX */
static void
put_field_data (GByteArray *out, const char *data)
{
  ofc_label_put_printf (out, "^FH^FD");
  for (const char *p = data; *p != '\0'; p++)
    if (*p == '_' || *p == '^' || *p == '~')
      ofc_label_put_printf (out, "_%02X", (guint8)*p);
    else
      g_byte_array_append (out, (const guint8 *)p, 1);
  ofc_label_put_printf (out, "^FS\n");
}

static void
put_native (GByteArray *out, const OfcLabelNative *native)
{
  ofc_label_put_printf (out, "^FO%u,%u", native->x, native->y);
  switch (native->kind)
    {
      case OFC_LABEL_NATIVE_TEXT:
        ofc_label_put_printf (out, "^A0N,%u,%u", native->height, native->height);
        put_field_data (out, native->data);
        break;
      case OFC_LABEL_NATIVE_CODE128:
        ofc_label_put_printf (out, "^BY%u^BCN,%u,N,N,N", native->module, native->height);
        put_field_data (out, native->data);
        break;
      case OFC_LABEL_NATIVE_QR:
      default:
        /* model 2; "MA," is error correction M with automatic data mode */
        ofc_label_put_printf (out, "^BQN,2,%u", CLAMP (native->module, 1, 10));
        {
          g_autofree char *data = g_strconcat ("MA,", native->data, NULL);

          put_field_data (out, data);
        }
        break;
    }
}

static gboolean
has_native_text (OfcLabelDocument *document)
{
  for (guint i = 0; i < ofc_label_document_get_n_native (document); i++)
    if (ofc_label_document_get_native (document, i)->kind == OFC_LABEL_NATIVE_TEXT)
      return TRUE;
  return FALSE;
}

static const char *
media_tracking (const OfcLabelMedia *media)
{
  switch (media->kind)
    {
      case OFC_MEDIA_CONTINUOUS:
        return "^MNN";
      case OFC_MEDIA_BLACK_MARK:
        return "^MNM";
      case OFC_MEDIA_GAP:
      default:
        return "^MNY";
    }
}

/**
 * ofc_zpl_encode:
 *
 * One ^XA…^XZ format: ^CI28 (UTF-8) when there is native text, print width and label
 * length in dots, media tracking, the bitmap, native fields and the copy count.
 *
 * Returns: (transfer full): the job
 */
GBytes *
ofc_zpl_encode (OfcLabelDocument *document, GError **error)
{
  const OfcLabelMedia *media = ofc_label_document_get_media (document);
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (document);
  GByteArray *out;

  if (!ofc_label_check_document (document, ofc_label_language_get_native (OFC_LABEL_ZPL), "ZPL",
                                 error))
    return NULL;
  out = g_byte_array_new ();
  ofc_label_put_printf (out, "^XA\n");
  if (has_native_text (document))
    ofc_label_put_printf (out, "^CI28\n");
  ofc_label_put_printf (out, "^PW%u\n^LL%u\n^LH0,0\n%s\n", ofc_label_media_get_width_dots (media),
                        ofc_label_get_length_dots (document), media_tracking (media));
  put_graphic (out, bitmap);
  for (guint i = 0; i < ofc_label_document_get_n_native (document); i++)
    put_native (out, ofc_label_document_get_native (document, i));
  ofc_label_put_printf (out, "^PQ%u\n^XZ\n", ofc_label_document_get_copies (document));
  return g_byte_array_free_to_bytes (out);
}
