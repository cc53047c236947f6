/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * A4 templates: the intake receipt, the work completion act with its warranty card, and
 * the system printer's test page.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-print-templates-private.h"

#define BARCODE_HEIGHT_PT 28.0

static void
add_header (OfcA4Document *document, OfcPrintTemplate *template_, OfcPrintData *data)
{
  g_autofree char *header = _ofc_print_header_text (template_, data);
  g_auto (GStrv) lines = g_strsplit (header, "\n", 2);

  if (*header == '\0')
    return;
  ofc_a4_document_add_text (document, lines[0], 12, TRUE, OFC_ALIGN_CENTER);
  if (lines[1] != NULL)
    ofc_a4_document_add_text (document, lines[1], 9, FALSE, OFC_ALIGN_CENTER);
  ofc_a4_document_add_rule (document);
}

static void
add_title (OfcA4Document *document, OfcPrintTemplate *template_, const char *title)
{
  const OfcPrintField *number = ofc_print_template_find_field (template_, "number");

  ofc_a4_document_set_title (document, title);
  if (number != NULL && number->visible)
    ofc_a4_document_add_text (document, title, number->size, number->bold, OFC_ALIGN_CENTER);
  ofc_a4_document_add_space (document, 6);
}

/* the fields that are plain "label: value" rows; @skip lists those drawn otherwise */
static void
add_fields (OfcA4Document *document,
            OfcPrintTemplate *template_,
            OfcPrintData *data,
            const char *const *skip)
{
  OfcPrintJobKind kind = ofc_print_template_get_kind (template_);

  for (guint i = 0; i < ofc_print_template_get_n_fields (template_); i++)
    {
      const OfcPrintField *field = ofc_print_template_get_field (template_, i);
      g_autofree char *text = _ofc_print_field_text (data, field->id);

      if (field->visible && *text != '\0' && !g_strv_contains (skip, field->id))
        ofc_a4_document_add_field (document, ofc_print_template_get_field_label (kind, field->id),
                                   text, field->size, field->bold);
    }
}

static void
add_footer (OfcA4Document *document, OfcPrintTemplate *template_, double size)
{
  if (*ofc_print_template_get_footer (template_) == '\0')
    return;
  ofc_a4_document_add_space (document, 8);
  ofc_a4_document_add_text (document, ofc_print_template_get_footer (template_), size, FALSE,
                            OFC_ALIGN_LEFT);
}

static gboolean
shows (OfcPrintTemplate *template_, const char *id)
{
  const OfcPrintField *field = ofc_print_template_find_field (template_, id);

  return field != NULL && field->visible;
}

static double
size_of (OfcPrintTemplate *template_, const char *id, double fallback)
{
  const OfcPrintField *field = ofc_print_template_find_field (template_, id);

  return field != NULL ? field->size : fallback;
}

/**
 * _ofc_intake_receipt_a4_append:
 *
 * Adds the intake receipt of one order to @document.
 */
void
_ofc_intake_receipt_a4_append (OfcA4Document *document,
                               OfcPrintTemplate *template_,
                               OfcPrintData *data)
{
  static const char *const skip[] = { "number", NULL };
  const char *number = ofc_print_data_get (data, "number");
  g_autofree char *title = g_strdup_printf (_ ("Intake receipt No. %s"), number);
  OfcPrintSymbology symbology = ofc_print_template_get_symbology (template_);

  add_header (document, template_, data);
  add_title (document, template_, title);
  add_fields (document, template_, data, skip);
  if (symbology != OFC_PRINT_SYMBOLOGY_NONE && *number != '\0')
    ofc_a4_document_add_code128 (document, number, BARCODE_HEIGHT_PT);
  add_footer (document, template_, 9);
  ofc_a4_document_add_signatures (document, _ ("Received by"), _ ("Client"), 9);
}

static GPtrArray *
work_rows (OfcPrintData *data)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < ofc_print_data_get_n_rows (data); i++)
    {
      OfcPrintData *row = ofc_print_data_get_row (data, i);
      char **cells = g_new0 (char *, 6);

      cells[0] = g_strdup (ofc_print_data_get (row, "name"));
      cells[1] = g_strdup (ofc_print_data_get (row, "quantity"));
      cells[2] = g_strdup (ofc_print_data_get (row, "price"));
      cells[3] = g_strdup (ofc_print_data_get (row, "amount"));
      cells[4] = g_strdup (ofc_print_data_get (row, "warranty"));
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

static void
add_works (OfcA4Document *document, OfcPrintTemplate *template_, OfcPrintData *data)
{
  const char *const headers[] = { _ ("Work"), _ ("Qty"), _ ("Price"), _ ("Amount"),
                                  _ ("Warranty") };
  static const double widths[] = { 0.46, 0.08, 0.15, 0.16, 0.15 };
  g_autoptr (GPtrArray) rows = work_rows (data);
  double size = size_of (template_, "works", 10);

  if (shows (template_, "works") && rows->len > 0)
    ofc_a4_document_add_table (document, headers, widths, G_N_ELEMENTS (widths), rows, size);
  if (shows (template_, "total"))
    ofc_a4_document_add_field (document, _ ("Total"), ofc_print_data_get (data, "total"),
                               size_of (template_, "total", 11), TRUE);
}

static void
add_warranty_card (OfcA4Document *document, OfcPrintTemplate *template_, OfcPrintData *data)
{
  static const char *const fields[] = { "device", "serial", "closed" };
  OfcPrintJobKind kind = ofc_print_template_get_kind (template_);
  double size = size_of (template_, "warranty", 9);
  g_autofree char *title =
      g_strdup_printf (_ ("Warranty card for order No. %s"), ofc_print_data_get (data, "number"));

  ofc_a4_document_add_space (document, 12);
  ofc_a4_document_add_rule (document);
  ofc_a4_document_add_text (document, title, size + 3, TRUE, OFC_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (*ofc_print_data_get (data, fields[i]) != '\0')
      ofc_a4_document_add_field (document, ofc_print_template_get_field_label (kind, fields[i]),
                                 ofc_print_data_get (data, fields[i]), size, FALSE);
  for (guint i = 0; i < ofc_print_data_get_n_rows (data); i++)
    {
      OfcPrintData *row = ofc_print_data_get_row (data, i);

      if (*ofc_print_data_get (row, "warranty") != '\0')
        ofc_a4_document_add_field (document, ofc_print_data_get (row, "name"),
                                   ofc_print_data_get (row, "warranty"), size, FALSE);
    }
  add_footer (document, template_, size);
  ofc_a4_document_add_signatures (document, _ ("Seller’s signature and stamp"), _ ("Client"), size);
}

/**
 * _ofc_act_new:
 *
 * Returns: (transfer full): the work completion act: the order's fields, the works with
 *   their prices and warranty periods, the total, signatures and the warranty card
 */
OfcA4Document *
_ofc_act_new (OfcPrintTemplate *template_, OfcPrintData *data)
{
  static const char *const skip[] = { "number", "works", "total", "warranty", NULL };
  OfcA4Document *document = ofc_a4_document_new (_ofc_print_template_font (template_));
  g_autofree char *title =
      g_strdup_printf (_ ("Work completion act No. %s"), ofc_print_data_get (data, "number"));

  add_header (document, template_, data);
  add_title (document, template_, title);
  add_fields (document, template_, data, skip);
  ofc_a4_document_add_space (document, 6);
  add_works (document, template_, data);
  ofc_a4_document_add_text (document,
                            _ ("The works were done in full and on time. The client has "
                               "no claims as to their volume, quality and terms."),
                            size_of (template_, "verdict", 10), FALSE, OFC_ALIGN_LEFT);
  ofc_a4_document_add_signatures (document, _ ("Performed by"), _ ("Accepted by the client"), 9);
  if (shows (template_, "warranty"))
    add_warranty_card (document, template_, data);
  else
    add_footer (document, template_, 9);
  return document;
}

/**
 * _ofc_test_page_new:
 *
 * Returns: (transfer full): an A4 page naming the printer, with Russian and Ukrainian text
 *   in several sizes and a barcode
 */
OfcA4Document *
_ofc_test_page_new (OfcPrinter *printer, GDateTime *now)
{
  OfcA4Document *document = ofc_a4_document_new (NULL);
  g_autofree char *when = g_date_time_format (now, "%x %H:%M");
  static const double sizes[] = { 8, 10, 12, 16 };

  ofc_a4_document_set_title (document, _ ("Test page"));
  ofc_a4_document_add_text (document, ofc_printer_get_name (printer), 18, TRUE, OFC_ALIGN_CENTER);
  ofc_a4_document_add_text (document, _ ("Test page"), 12, FALSE, OFC_ALIGN_CENTER);
  ofc_a4_document_add_rule (document);
  ofc_a4_document_add_field (document, _ ("Print queue"), ofc_printer_get_uri (printer), 10, FALSE);
  ofc_a4_document_add_field (document, _ ("Printed at"), when, 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    ofc_a4_document_add_text (document,
                              "Съешь же ещё этих мягких французских булок, да выпей чаю. "
                              "Їжак і ґава.",
                              sizes[i], i == 3, OFC_ALIGN_LEFT);
  ofc_a4_document_add_code128 (document, "OFFICINA", BARCODE_HEIGHT_PT);
  return document;
}
