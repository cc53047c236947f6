/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLabelDocument and OfcLabelMedia: label stock in millimetres and its dot geometry.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ofc-devices-private.h"
#include "ofc-printer-error.h"
#include "ofc-label-document.h"

struct _OfcLabelDocument
{
  GObject parent_instance;

  OfcLabelMedia media;
  OfcBitmap *bitmap;
  GArray *natives;
  guint copies;
};

G_DEFINE_FINAL_TYPE (OfcLabelDocument, ofc_label_document, G_TYPE_OBJECT)

/* Brother QL endless 62 mm prints 696 of its 720 head dots at 300 dpi */
#define BROTHER_62_PRINTABLE_MM (696 * 25.4 / 300)

/**
 * ofc_label_media_init_preset:
 * @dpi: the printer's resolution; Brother presets ignore it and use 300
 */
void
ofc_label_media_init_preset (OfcLabelMedia *media, OfcLabelPreset preset, guint dpi)
{
  switch (preset)
    {
      case OFC_LABEL_40X30:
        ofc_label_media_init_custom (media, 40, 30, 2, dpi);
        break;
      case OFC_LABEL_62_CONTINUOUS:
        ofc_label_media_init_custom (media, 62, 0, 0, 300);
        media->kind = OFC_MEDIA_CONTINUOUS;
        media->printable_width_mm = BROTHER_62_PRINTABLE_MM;
        break;
      case OFC_LABEL_58X40:
      default:
        ofc_label_media_init_custom (media, 58, 40, 2, dpi);
        break;
    }
}

/**
 * ofc_label_media_init_custom:
 * @height_mm: the label length (0 makes the media continuous, as long as its content)
 * @gap_mm: the gap between labels
 *
 * Fills @media for die-cut stock with a gap, or continuous stock when @height_mm is 0.
 */
void
ofc_label_media_init_custom (
    OfcLabelMedia *media, double width_mm, double height_mm, double gap_mm, guint dpi)
{
  *media = (OfcLabelMedia){ 0 };
  media->kind = height_mm > 0 ? OFC_MEDIA_GAP : OFC_MEDIA_CONTINUOUS;
  media->width_mm = width_mm;
  media->height_mm = height_mm;
  media->gap_mm = height_mm > 0 ? gap_mm : 0;
  media->dpi = dpi;
}

/**
 * ofc_label_media_validate:
 *
 * Refuses geometry no label printer handles, so a typo in the settings is reported
 * before anything is sent.
 */
gboolean
ofc_label_media_validate (const OfcLabelMedia *media, GError **error)
{
  if (media->dpi < 150 || media->dpi > 600)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("A label printer resolution of %u dpi is not supported"), media->dpi);
  else if (!(media->width_mm >= 10 && media->width_mm <= 120))
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("A label width of %.1f mm is not supported (10–120 mm)"), media->width_mm);
  else if (!(media->height_mm >= 0 && media->height_mm <= 1000) ||
           (media->height_mm < 5 && media->kind != OFC_MEDIA_CONTINUOUS))
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("A label length of %.1f mm is not supported (5–1000 mm)"), media->height_mm);
  else if (!(media->gap_mm >= 0 && media->gap_mm <= 20))
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("A gap of %.1f mm between labels is not supported (0–20 mm)"), media->gap_mm);
  else
    return TRUE;
  return FALSE;
}

guint
ofc_label_media_mm_to_dots (const OfcLabelMedia *media, double mm)
{
  return mm > 0 ? (guint)lround (mm * media->dpi / 25.4) : 0;
}

/**
 * ofc_label_media_get_width_dots:
 *
 * Returns: the printable width in dots (58 mm at 203 dpi: 464)
 */
guint
ofc_label_media_get_width_dots (const OfcLabelMedia *media)
{
  return ofc_label_media_mm_to_dots (
      media, media->printable_width_mm > 0 ? media->printable_width_mm : media->width_mm);
}

/**
 * ofc_label_media_get_height_dots:
 *
 * Returns: the label length in dots, 0 for continuous media sized by its content
 */
guint
ofc_label_media_get_height_dots (const OfcLabelMedia *media)
{
  return ofc_label_media_mm_to_dots (media, media->height_mm);
}

static void
native_clear (gpointer data)
{
  g_free (((OfcLabelNative *)data)->data);
}

static void
ofc_label_document_finalize (GObject *object)
{
  OfcLabelDocument *self = OFC_LABEL_DOCUMENT (object);

  g_clear_object (&self->bitmap);
  g_array_unref (self->natives);
  G_OBJECT_CLASS (ofc_label_document_parent_class)->finalize (object);
}

static void
ofc_label_document_class_init (OfcLabelDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_label_document_finalize;
}

static void
ofc_label_document_init (OfcLabelDocument *self)
{
  self->natives = g_array_new (FALSE, TRUE, sizeof (OfcLabelNative));
  g_array_set_clear_func (self->natives, native_clear);
  self->copies = 1;
}

/**
 * ofc_label_document_new:
 * @media: the stock; copied
 * @bitmap: the label image at @media's resolution, top-left at the printable origin
 *
 * Returns: (transfer full): a document printing one copy
 */
OfcLabelDocument *
ofc_label_document_new (const OfcLabelMedia *media, OfcBitmap *bitmap)
{
  OfcLabelDocument *self;

  g_return_val_if_fail (media != NULL, NULL);
  g_return_val_if_fail (OFC_IS_BITMAP (bitmap), NULL);
  self = g_object_new (OFC_TYPE_LABEL_DOCUMENT, NULL);
  self->media = *media;
  self->bitmap = g_object_ref (bitmap);
  return self;
}

const OfcLabelMedia *
ofc_label_document_get_media (OfcLabelDocument *self)
{
  g_return_val_if_fail (OFC_IS_LABEL_DOCUMENT (self), NULL);
  return &self->media;
}

/**
 * ofc_label_document_get_bitmap:
 *
 * Returns: (transfer none): the rendered label
 */
OfcBitmap *
ofc_label_document_get_bitmap (OfcLabelDocument *self)
{
  g_return_val_if_fail (OFC_IS_LABEL_DOCUMENT (self), NULL);
  return self->bitmap;
}

guint
ofc_label_document_get_copies (OfcLabelDocument *self)
{
  g_return_val_if_fail (OFC_IS_LABEL_DOCUMENT (self), 1);
  return self->copies;
}

/**
 * ofc_label_document_set_copies:
 * @copies: how many identical labels to print, 1–999
 */
void
ofc_label_document_set_copies (OfcLabelDocument *self, guint copies)
{
  g_return_if_fail (OFC_IS_LABEL_DOCUMENT (self));
  self->copies = CLAMP (copies, 1, 999);
}

/**
 * ofc_label_document_add_native:
 * @element: copied; its data is sanitised the same way as receipt text
 */
void
ofc_label_document_add_native (OfcLabelDocument *self, const OfcLabelNative *element)
{
  OfcLabelNative copy = *element;

  g_return_if_fail (OFC_IS_LABEL_DOCUMENT (self));
  copy.data = ofc_device_text_sanitize (element->data, FALSE);
  g_array_append_val (self->natives, copy);
}

guint
ofc_label_document_get_n_native (OfcLabelDocument *self)
{
  g_return_val_if_fail (OFC_IS_LABEL_DOCUMENT (self), 0);
  return self->natives->len;
}

/**
 * ofc_label_document_get_native:
 *
 * Returns: (transfer none): the element at @index
 */
const OfcLabelNative *
ofc_label_document_get_native (OfcLabelDocument *self, guint index)
{
  g_return_val_if_fail (OFC_IS_LABEL_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->natives->len, NULL);
  return &g_array_index (self->natives, OfcLabelNative, index);
}
