/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * From documents to payloads: label layouts rendered once and encoded for a label printer,
 * printed as pictures on receipt paper, or put on PDF pages of the label's size for a
 * system printer; receipts encoded in ESC/POS; A4 documents as PDF.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ofc-print-render-private.h"

/* receipt printers print this wide: 48 mm of a 58 mm roll, 72 mm of an 80 mm one */
#define PRINTABLE_58_MM 48.0
#define PRINTABLE_80_MM 72.0
#define ESCPOS_DPI      203

/**
 * _ofc_print_render_layouts:
 * @layouts: (element-type OfcLabelLayout): one per label
 * @documents: (element-type OfcLabelDocument): receives the rendered labels
 *
 * Renders every label into the bitmap (no element left to the printer's fonts).
 */
gboolean
_ofc_print_render_layouts (GPtrArray *layouts,
                           GPtrArray *documents,
                           GStrvBuilder *warnings,
                           GError **error)
{
  for (guint i = 0; i < layouts->len; i++)
    {
      OfcLabelLayout *layout = g_ptr_array_index (layouts, i);
      OfcLabelDocument *document = ofc_label_layout_render (layout, 0, error);
      g_auto (GStrv) shortened = NULL;

      if (document == NULL)
        return FALSE;
      g_ptr_array_add (documents, document);
      shortened = ofc_label_layout_get_warnings (layout);
      g_strv_builder_addv (warnings, (const char **) shortened);
    }
  return TRUE;
}

static OfcPrintOutput *
encode_labels (
    OfcPrinter *printer, GPtrArray *documents, guint copies, char **warnings, GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  const char *format = ofc_printer_language_to_string (ofc_printer_get_language (printer));
  OfcLabelLanguage language;

  if (!ofc_label_language_from_name (format, &language))
    g_return_val_if_reached (NULL);
  for (guint i = 0; i < documents->len; i++)
    {
      OfcLabelDocument *document = g_ptr_array_index (documents, i);
      g_autoptr (GBytes) bytes = NULL;

      ofc_label_document_set_copies (document, copies);
      bytes = ofc_label_encode (document, language, error);
      if (bytes == NULL)
        return NULL;
      g_byte_array_append (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  {
    g_autoptr (GBytes) payload = g_byte_array_free_to_bytes (g_steal_pointer (&out));

    return ofc_print_output_new (format, payload,
                                 ofc_label_document_get_bitmap (g_ptr_array_index (documents, 0)),
                                 NULL, warnings);
  }
}

static OfcPaperWidth
paper_of (OfcPrinter *printer)
{
  return ofc_printer_get_paper_width (printer) == 58 ? OFC_PAPER_58MM : OFC_PAPER_80MM;
}

static void
escpos_options (OfcPrinter *printer, OfcEscposOptions *options)
{
  OfcCodePage code_page = OFC_CODE_PAGE_CP866;

  ofc_escpos_options_init (options);
  options->profile = ofc_printer_get_profile (printer);
  if (ofc_code_page_from_name (ofc_printer_get_code_page (printer), &code_page))
    options->code_page = code_page;
  options->table = ofc_printer_get_code_table (printer);
}

/**
 * _ofc_print_output_receipts:
 * @receipts: (element-type OfcReceiptDocument): one per record printed
 *
 * Returns: (transfer full) (nullable): the ESC/POS job, every copy a receipt of its own
 *   with its own cut; the preview is the first receipt, rasterised when asked for
 */
OfcPrintOutput *
_ofc_print_output_receipts (OfcPrinter *printer, GPtrArray *receipts, guint copies, GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  g_autoptr (GBytes) payload = NULL;
  OfcPrintOutput *output;
  OfcEscposOptions options;

  escpos_options (printer, &options);
  for (guint i = 0; i < receipts->len; i++)
    {
      g_autoptr (GBytes) bytes =
          ofc_escpos_encode (g_ptr_array_index (receipts, i), &options, error);

      if (bytes == NULL)
        return NULL;
      for (guint copy = 0; copy < MAX (copies, 1); copy++)
        g_byte_array_append (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  payload = g_byte_array_free_to_bytes (g_steal_pointer (&out));
  output = ofc_print_output_new ("escpos", payload, NULL, NULL, NULL);
  ofc_print_output_set_receipt (output, g_ptr_array_index (receipts, 0));
  return output;
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* each label as a PDF page of its own size, the bitmap scaled to points dot for dot */
static GBytes *
labels_to_pdf (GPtrArray *documents, GError **error)
{
  const OfcLabelMedia *media = ofc_label_document_get_media (g_ptr_array_index (documents, 0));
  g_autoptr (GByteArray) out = g_byte_array_new ();
  double scale = 72.0 / media->dpi;
  cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (
      append_bytes, out, media->width_mm * 72 / 25.4, media->height_mm * 72 / 25.4);
  cairo_t *cr = cairo_create (pdf);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATOR, "Officina");
  for (guint i = 0; i < documents->len; i++)
    {
      cairo_surface_t *image =
          ofc_bitmap_to_surface (ofc_label_document_get_bitmap (g_ptr_array_index (documents, i)));

      cairo_save (cr);
      cairo_scale (cr, scale, scale);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_mask_surface (cr, image, 0, 0);
      cairo_restore (cr);
      cairo_show_page (cr);
      cairo_surface_destroy (image);
    }
  cairo_destroy (cr);
  cairo_surface_finish (pdf);
  status = cairo_surface_status (pdf);
  cairo_surface_destroy (pdf);
  if (status == CAIRO_STATUS_SUCCESS)
    return g_byte_array_free_to_bytes (g_steal_pointer (&out));
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
               _ ("Cannot make the PDF document: %s"), cairo_status_to_string (status));
  return NULL;
}

/* a label on receipt paper: the picture, then a cut */
static OfcPrintOutput *
labels_on_receipts (OfcPrinter *printer, GPtrArray *documents, guint copies, GError **error)
{
  g_autoptr (GPtrArray) receipts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < documents->len; i++)
    {
      OfcReceiptDocument *receipt = ofc_receipt_document_new (paper_of (printer));

      ofc_receipt_document_add_image (
          receipt, ofc_label_document_get_bitmap (g_ptr_array_index (documents, i)),
          OFC_ALIGN_CENTER);
      ofc_receipt_document_add_cut (receipt, TRUE);
      g_ptr_array_add (receipts, receipt);
    }
  return _ofc_print_output_receipts (printer, receipts, copies, error);
}

/**
 * _ofc_print_output_labels:
 * @documents: (element-type OfcLabelDocument): the rendered labels
 * @warnings: (transfer full): what was shortened
 *
 * Returns: (transfer full) (nullable): the labels for @printer: its label language, a
 *   picture on receipt paper, or a PDF for a system printer
 */
OfcPrintOutput *
_ofc_print_output_labels (
    OfcPrinter *printer, GPtrArray *documents, guint copies, char **warnings, GError **error)
{
  OfcPrinterLanguage language = ofc_printer_get_language (printer);
  g_autoptr (GBytes) pdf = NULL;
  g_auto (GStrv) owned = warnings;

  if (ofc_printer_language_is_label (language))
    return encode_labels (printer, documents, MAX (copies, 1), g_steal_pointer (&owned), error);
  if (language == OFC_PRINTER_LANGUAGE_ESCPOS)
    return labels_on_receipts (printer, documents, copies, error);
  pdf = labels_to_pdf (documents, error);
  if (pdf == NULL)
    return NULL;
  return ofc_print_output_new ("pdf", pdf,
                               ofc_label_document_get_bitmap (g_ptr_array_index (documents, 0)),
                               NULL, g_steal_pointer (&owned));
}

/**
 * _ofc_print_label_media_for:
 *
 * The label stock to lay out on: the printer's labels; for a receipt printer the printable
 * width of its roll at 203 dpi and the label's height.
 */
gboolean
_ofc_print_label_media_for (OfcPrinter *printer, OfcLabelMedia *media, GError **error)
{
  double width;

  if (ofc_printer_get_language (printer) != OFC_PRINTER_LANGUAGE_ESCPOS)
    return ofc_print_get_label_media (printer, media, error);
  width = ofc_printer_get_paper_width (printer) == 58 ? PRINTABLE_58_MM : PRINTABLE_80_MM;
  ofc_label_media_init_custom (media, MIN (width, ofc_printer_get_media_width (printer)),
                               ofc_printer_is_continuous (printer)
                                   ? OFC_PRINT_CONTINUOUS_LENGTH_MM
                                   : ofc_printer_get_media_height (printer),
                               0, ESCPOS_DPI);
  media->kind = OFC_MEDIA_CONTINUOUS;
  return ofc_label_media_validate (media, error);
}

/**
 * _ofc_print_output_a4:
 *
 * Returns: (transfer full) (nullable): the document as PDF
 */
OfcPrintOutput *
_ofc_print_output_a4 (OfcA4Document *document, GDateTime *time, GError **error)
{
  g_autoptr (GBytes) pdf = NULL;

  ofc_a4_document_set_date (document, time);
  pdf = ofc_a4_document_to_pdf (document, error);
  if (pdf == NULL)
    return NULL;
  return ofc_print_output_new ("pdf", pdf, NULL, document, NULL);
}
