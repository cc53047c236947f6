/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The label language table, the dispatcher, and helpers shared by the encoders.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-label-encoder.h"
#include "ofc-label-encoder-private.h"

typedef struct
{
  const char *name;
  OfcLabelNativeKind native;
  GBytes *(*encode) (OfcLabelDocument *document, GError **error);
} Language;

static const Language languages[] = {
  [OFC_LABEL_ZPL] = { "zpl", OFC_LABEL_NATIVE_TEXT | OFC_LABEL_NATIVE_CODE128 | OFC_LABEL_NATIVE_QR,
                      ofc_zpl_encode },
  [OFC_LABEL_TSPL] = { "tspl",
                       OFC_LABEL_NATIVE_TEXT | OFC_LABEL_NATIVE_CODE128 | OFC_LABEL_NATIVE_QR,
                       ofc_tspl_encode },
  [OFC_LABEL_EPL] = { "epl", 0, ofc_epl_encode },
  [OFC_LABEL_BROTHER_QL] = { "brother-ql", 0, ofc_brother_ql_encode },
};

/**
 * ofc_label_language_get_name:
 *
 * Returns: the stable name stored in settings and used in URIs: "zpl", "tspl", "epl",
 *   "brother-ql"
 */
const char *
ofc_label_language_get_name (OfcLabelLanguage language)
{
  g_return_val_if_fail (language <= OFC_LABEL_BROTHER_QL, NULL);
  return languages[language].name;
}

gboolean
ofc_label_language_from_name (const char *name, OfcLabelLanguage *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (name, languages[i].name) == 0)
      {
        *language = (OfcLabelLanguage)i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ofc_label_language_get_native:
 *
 * Returns: the element kinds @language can draw itself, for ofc_label_layout_render()
 */
OfcLabelNativeKind
ofc_label_language_get_native (OfcLabelLanguage language)
{
  g_return_val_if_fail (language <= OFC_LABEL_BROTHER_QL, 0);
  return languages[language].native;
}

/**
 * ofc_label_encode:
 *
 * Returns: (transfer full): the job for a printer speaking @language
 */
GBytes *
ofc_label_encode (OfcLabelDocument *document, OfcLabelLanguage language, GError **error)
{
  g_return_val_if_fail (language <= OFC_LABEL_BROTHER_QL, NULL);
  return languages[language].encode (document, error);
}

void
ofc_label_put_printf (GByteArray *out, const char *format, ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_byte_array_append (out, (const guint8 *)text, strlen (text));
}

/**
 * ofc_label_put_rows:
 * @white_is_one: invert the bits (and set the padding bits white) for TSPL and EPL, whose
 *   graphics use 1 for white
 */
void
ofc_label_put_rows (GByteArray *out, OfcBitmap *bitmap, gboolean white_is_one)
{
  gsize size = (gsize)ofc_bitmap_get_stride (bitmap) * ofc_bitmap_get_height (bitmap);
  const guint8 *data = ofc_bitmap_get_data (bitmap);
  guint offset = out->len;

  g_byte_array_append (out, data, size);
  for (gsize i = 0; white_is_one && i < size; i++)
    out->data[offset + i] = ~out->data[offset + i];
}

/* "58", "40.5": TSPL takes millimetres with at most one decimal */
char *
ofc_label_format_mm (double mm)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", mm);
  if (g_str_has_suffix (buffer, ".0"))
    buffer[strlen (buffer) - 2] = '\0';
  return g_strdup (buffer);
}

static gboolean
check_natives (OfcLabelDocument *document,
               OfcLabelNativeKind supported,
               const char *language,
               GError **error)
{
  for (guint i = 0; i < ofc_label_document_get_n_native (document); i++)
    if (!(ofc_label_document_get_native (document, i)->kind & supported))
      {
        g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                     _ ("%s printers cannot draw this label element themselves; render it into "
                        "the image instead"),
                     language);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_bitmap (OfcLabelDocument *document, GError **error)
{
  const OfcLabelMedia *media = ofc_label_document_get_media (document);
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (document);
  guint height = ofc_label_media_get_height_dots (media);
  g_autofree char *width_mm = ofc_label_format_mm (media->width_mm);
  g_autofree char *height_mm = ofc_label_format_mm (media->height_mm);

  if (ofc_bitmap_get_width (bitmap) <= ofc_label_media_get_width_dots (media) &&
      (height == 0 || ofc_bitmap_get_height (bitmap) <= height) &&
      ofc_bitmap_get_height (bitmap) > 0)
    return TRUE;
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
               _ ("A label image of %u × %u dots does not fit a %s × %s mm label at %u dpi"),
               ofc_bitmap_get_width (bitmap), ofc_bitmap_get_height (bitmap), width_mm, height_mm,
               media->dpi);
  return FALSE;
}

/**
 * ofc_label_check_document:
 * @supported: the native element kinds the language can print
 * @language: the language's name for messages, e.g. "EPL"
 *
 * Checks what every encoder needs: valid media, an image no larger than the label, and
 * only native elements the language has.
 */
gboolean
ofc_label_check_document (OfcLabelDocument *document,
                          OfcLabelNativeKind supported,
                          const char *language,
                          GError **error)
{
  return ofc_label_media_validate (ofc_label_document_get_media (document), error) &&
         check_bitmap (document, error) && check_natives (document, supported, language, error);
}

/**
 * ofc_label_get_length_dots:
 *
 * Returns: the label length: the media's, or the image's on continuous media without one
 */
guint
ofc_label_get_length_dots (OfcLabelDocument *document)
{
  guint height = ofc_label_media_get_height_dots (ofc_label_document_get_media (document));

  return height > 0 ? height : ofc_bitmap_get_height (ofc_label_document_get_bitmap (document));
}
