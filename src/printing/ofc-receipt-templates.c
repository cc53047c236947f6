/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Receipt-paper templates: the intake receipt for the client and the receipt printer's
 * test page, as #OfcReceiptDocument blocks. The ESC/POS encoder sends text in the
 * printer's code page and rasterises the lines the code page cannot print.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-print-templates-private.h"

static OfcTextStyle
field_style (const OfcPrintField *field)
{
  return (field->bold ? OFC_TEXT_BOLD : OFC_TEXT_PLAIN) |
         (field->size >= 2 ? OFC_TEXT_DOUBLE_HEIGHT : OFC_TEXT_PLAIN);
}

static void
add_header (OfcReceiptDocument *receipt, const char *header)
{
  g_auto (GStrv) lines = g_strsplit (header, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      ofc_receipt_document_add_text (receipt, lines[i], i == 0 ? OFC_TEXT_BOLD : OFC_TEXT_PLAIN,
                                     OFC_ALIGN_CENTER);
  if (lines[0] != NULL)
    ofc_receipt_document_add_separator (receipt, '-');
}

/* "Label ..... value" when both fit on one line, else "Label: value" wrapped */
static void
add_row (OfcReceiptDocument *receipt, const char *label, const char *value, OfcTextStyle style)
{
  guint columns = ofc_paper_width_get_columns (ofc_receipt_document_get_paper (receipt));
  glong length = g_utf8_strlen (label, -1) + g_utf8_strlen (value, -1) + 1;

  if (style & OFC_TEXT_DOUBLE_WIDTH)
    columns /= 2;
  if (length <= (glong) columns && strchr (value, '\n') == NULL)
    ofc_receipt_document_add_columns (receipt, label, value, style);
  else
    {
      g_autofree char *text = g_strdup_printf ("%s: %s", label, value);

      ofc_receipt_document_add_text (receipt, text, style, OFC_ALIGN_LEFT);
    }
}

static void
add_fields (OfcReceiptDocument *receipt, OfcPrintTemplate *template_, OfcPrintData *data)
{
  for (guint i = 0; i < ofc_print_template_get_n_fields (template_); i++)
    {
      const OfcPrintField *field = ofc_print_template_get_field (template_, i);
      g_autofree char *text = _ofc_print_field_text (data, field->id);

      if (!field->visible || g_str_equal (field->id, "number") || *text == '\0')
        continue;
      add_row (
          receipt,
          ofc_print_template_get_field_label (ofc_print_template_get_kind (template_), field->id),
          text, field_style (field));
    }
}

static void
add_codes (OfcReceiptDocument *receipt, OfcPrintSymbology symbology, const char *number)
{
  if (*number == '\0')
    return;
  if (symbology == OFC_PRINT_SYMBOLOGY_CODE128 || symbology == OFC_PRINT_SYMBOLOGY_BOTH)
    ofc_receipt_document_add_code128 (receipt, number, OFC_RECEIPT_DEFAULT_BARCODE_HEIGHT);
  if (symbology == OFC_PRINT_SYMBOLOGY_QR || symbology == OFC_PRINT_SYMBOLOGY_BOTH)
    ofc_receipt_document_add_qr (receipt, number, OFC_RECEIPT_DEFAULT_QR_MODULE);
}

static void
add_signature (OfcReceiptDocument *receipt, const char *caption)
{
  ofc_receipt_document_add_feed (receipt, 1);
  ofc_receipt_document_add_columns (receipt, caption, "____________", OFC_TEXT_PLAIN);
}

/**
 * _ofc_intake_receipt_new:
 *
 * Returns: (transfer full): the header, the receipt's title with the order number, the
 *   template's fields, the number as a barcode, the footer, signature lines and a cut
 */
OfcReceiptDocument *
_ofc_intake_receipt_new (OfcPaperWidth paper, OfcPrintTemplate *template_, OfcPrintData *data)
{
  OfcReceiptDocument *receipt = ofc_receipt_document_new (paper);
  const OfcPrintField *number = ofc_print_template_find_field (template_, "number");
  g_autofree char *header = _ofc_print_header_text (template_, data);
  g_autofree char *title =
      g_strdup_printf (_ ("Intake receipt No. %s"), ofc_print_data_get (data, "number"));

  if (*header != '\0')
    add_header (receipt, header);
  if (number != NULL && number->visible)
    ofc_receipt_document_add_text (receipt, title, field_style (number), OFC_ALIGN_CENTER);
  ofc_receipt_document_add_separator (receipt, '-');
  add_fields (receipt, template_, data);
  ofc_receipt_document_add_separator (receipt, '-');
  add_codes (receipt, ofc_print_template_get_symbology (template_),
             ofc_print_data_get (data, "number"));
  if (*ofc_print_template_get_footer (template_) != '\0')
    ofc_receipt_document_add_text (receipt, ofc_print_template_get_footer (template_),
                                   OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  add_signature (receipt, _ ("Received by"));
  add_signature (receipt, _ ("Client"));
  ofc_receipt_document_add_feed (receipt, 1);
  ofc_receipt_document_add_cut (receipt, TRUE);
  return receipt;
}

/**
 * _ofc_test_receipt_new:
 *
 * Returns: (transfer full): the printer's name and settings, Russian and Ukrainian text
 *   (the Ukrainian "і" is not in CP866: on such a printer that line prints as an image),
 *   a barcode, a QR code and a cut
 */
OfcReceiptDocument *
_ofc_test_receipt_new (OfcPaperWidth paper, OfcPrinter *printer, GDateTime *now)
{
  OfcReceiptDocument *receipt = ofc_receipt_document_new (paper);
  g_autofree char *when = g_date_time_format (now, "%x %H:%M");
  g_autofree char *table = ofc_printer_get_code_table (printer) >= 0
                               ? g_strdup_printf ("%d", ofc_printer_get_code_table (printer))
                               : g_strdup (_ ("from the model"));

  ofc_receipt_document_add_text (receipt, ofc_printer_get_name (printer),
                                 OFC_TEXT_BOLD | OFC_TEXT_DOUBLE_HEIGHT, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_text (receipt, _ ("Test page"), OFC_TEXT_PLAIN, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_separator (receipt, '=');
  ofc_receipt_document_add_columns (receipt, _ ("Model"), ofc_printer_get_profile (printer),
                                    OFC_TEXT_PLAIN);
  ofc_receipt_document_add_columns (receipt, _ ("Code page"), ofc_printer_get_code_page (printer),
                                    OFC_TEXT_PLAIN);
  ofc_receipt_document_add_columns (receipt, _ ("Code table"), table, OFC_TEXT_PLAIN);
  ofc_receipt_document_add_separator (receipt, '-');
  ofc_receipt_document_add_text (receipt,
                                 "Съешь же ещё этих мягких французских булок, да выпей чаю",
                                 OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "ЁЖИК № 5", OFC_TEXT_BOLD, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "Їжак і ґава", OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_code128 (receipt, "OFFICINA", OFC_RECEIPT_DEFAULT_BARCODE_HEIGHT);
  ofc_receipt_document_add_qr (receipt, "OFFICINA", OFC_RECEIPT_DEFAULT_QR_MODULE);
  ofc_receipt_document_add_text (receipt, when, OFC_TEXT_PLAIN, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_feed (receipt, 1);
  ofc_receipt_document_add_cut (receipt, TRUE);
  return receipt;
}
