/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintOutput: a rendered document's payload and preview, and writing the preview to a
 * PNG or PDF file.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "ofc-print-output.h"

struct _OfcPrintOutput
{
  GObject parent_instance;

  char *format;
  GBytes *payload;
  OfcBitmap *preview;
  OfcReceiptDocument *receipt; /* rasterised into the preview when someone asks */
  OfcA4Document *document;
  char **warnings;
};

G_DEFINE_FINAL_TYPE (OfcPrintOutput, ofc_print_output, G_TYPE_OBJECT)

static void
ofc_print_output_finalize (GObject *object)
{
  OfcPrintOutput *self = OFC_PRINT_OUTPUT (object);

  g_free (self->format);
  g_bytes_unref (self->payload);
  g_clear_object (&self->preview);
  g_clear_object (&self->receipt);
  g_clear_object (&self->document);
  g_strfreev (self->warnings);
  G_OBJECT_CLASS (ofc_print_output_parent_class)->finalize (object);
}

static void
ofc_print_output_class_init (OfcPrintOutputClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_print_output_finalize;
}

static void
ofc_print_output_init (OfcPrintOutput *self)
{
}

/**
 * ofc_print_output_new:
 * @format: the payload's format, e.g. "zpl" or "pdf"
 * @payload: (transfer none): the bytes for the printer
 * @preview: (nullable) (transfer none): the label or receipt as a bitmap
 * @document: (nullable) (transfer none): the A4 document the PDF was made from
 * @warnings: (nullable) (transfer full): texts that had to be shortened
 */
OfcPrintOutput *
ofc_print_output_new (const char *format,
                      GBytes *payload,
                      OfcBitmap *preview,
                      OfcA4Document *document,
                      char **warnings)
{
  OfcPrintOutput *self = g_object_new (OFC_TYPE_PRINT_OUTPUT, NULL);

  self->format = g_strdup (format);
  self->payload = g_bytes_ref (payload);
  self->preview = preview != NULL ? g_object_ref (preview) : NULL;
  self->document = document != NULL ? g_object_ref (document) : NULL;
  self->warnings = warnings != NULL ? warnings : g_new0 (char *, 1);
  return self;
}

/**
 * ofc_print_output_set_receipt:
 * @receipt: the (first) receipt of the payload
 *
 * The preview of a receipt is made from it the first time it is asked for: the print
 * worker never needs one.
 */
void
ofc_print_output_set_receipt (OfcPrintOutput *self, OfcReceiptDocument *receipt)
{
  g_return_if_fail (OFC_IS_PRINT_OUTPUT (self));
  g_set_object (&self->receipt, receipt);
}

const char *
ofc_print_output_get_format (OfcPrintOutput *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), NULL);
  return self->format;
}

/**
 * ofc_print_output_get_payload:
 *
 * Returns: (transfer none): the bytes the printer gets
 */
GBytes *
ofc_print_output_get_payload (OfcPrintOutput *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), NULL);
  return self->payload;
}

/**
 * ofc_print_output_get_preview:
 *
 * Returns: (transfer none) (nullable): the first label, or the receipt, as a bitmap;
 *   %NULL for A4 documents
 */
OfcBitmap *
ofc_print_output_get_preview (OfcPrintOutput *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), NULL);
  if (self->preview == NULL && self->receipt != NULL)
    {
      self->preview = ofc_receipt_raster_document (self->receipt, &error);
      if (self->preview == NULL)
        g_warning ("cannot preview the receipt: %s", error->message);
    }
  return self->preview;
}

/**
 * ofc_print_output_get_document:
 *
 * Returns: (transfer none) (nullable): the A4 document, for drawing its pages on screen
 *   or in GTK's print dialog; %NULL for labels and receipts
 */
OfcA4Document *
ofc_print_output_get_document (OfcPrintOutput *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), NULL);
  return self->document;
}

/**
 * ofc_print_output_get_warnings:
 *
 * Returns: (array zero-terminated=1): translated sentences about text that was shortened
 *   to fit, for showing beside the preview
 */
const char *const *
ofc_print_output_get_warnings (OfcPrintOutput *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), NULL);
  return (const char *const *) self->warnings;
}

static gboolean
write_page_png (OfcA4Document *document, const char *path, GError **error)
{
  cairo_surface_t *surface = ofc_a4_document_render_page (document, 0, 150);
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write %s: %s"), path,
               cairo_status_to_string (status));
  return FALSE;
}

/**
 * ofc_print_output_write_preview:
 * @path: a file ending in ".png" (the label or receipt bitmap, or the first A4 page at
 *   150 dpi) or ".pdf" (A4 documents only: the very PDF the printer gets)
 */
gboolean
ofc_print_output_write_preview (OfcPrintOutput *self, const char *path, GError **error)
{
  gsize size;
  const void *data;

  g_return_val_if_fail (OFC_IS_PRINT_OUTPUT (self), FALSE);
  if (g_str_has_suffix (path, ".pdf") && g_strcmp0 (self->format, "pdf") == 0)
    {
      data = g_bytes_get_data (self->payload, &size);
      return g_file_set_contents (path, data, size, error);
    }
  if (g_str_has_suffix (path, ".png") && ofc_print_output_get_preview (self) != NULL)
    return ofc_bitmap_write_png (self->preview, path, error);
  if (g_str_has_suffix (path, ".png") && self->document != NULL)
    return write_page_png (self->document, path, error);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       self->preview != NULL
                           ? _ ("A label or receipt preview is written as a .png file")
                           : _ ("An A4 document preview is written as a .pdf or .png file"));
  return FALSE;
}
