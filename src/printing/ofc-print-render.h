/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Rendering documents for a printer: the payload the print worker sends and the preview
 * people see, from one rendering (render once, then encode that).
 *
 * ofc_print_render() reads what it prints from the database (the template for the
 * printer's paper, the orders or client); ofc_print_render_data() takes it ready made, for
 * previews of unsaved data and for tests. Both are synchronous and take tens of
 * milliseconds: from the GUI use ofc_print_preview_async(), which renders in a worker
 * thread on its own database connection.
 *
 * Labels are drawn entirely as a bitmap (text, barcodes, QR codes), so Cyrillic prints the
 * same on every label printer whatever fonts it has, and the preview is exactly what
 * prints. Receipts go as text in the printer's code page, and lines the code page lacks go
 * as images. A4 documents are PDF for system printers (CUPS).
 *
 * Errors: %OFC_ERROR_NOT_FOUND (an order or client that is not there),
 * %OFC_PRINTER_ERROR_DOES_NOT_FIT (the order number does not fit the label: the message
 * names the label size), %OFC_PRINTER_ERROR_BAD_DOCUMENT (media the printer cannot take,
 * a barcode payload that cannot be encoded), %OFC_PRINTER_ERROR_UNSUPPORTED (a document
 * the printer cannot print).
 */
#pragma once

#include <gio/gio.h>
#include <ofc-core.h>
#include <ofc-devices.h>

#include "ofc-print-output.h"

G_BEGIN_DECLS

/* continuous tape is cut into stickers this long, scaled with the tape's width */
#define OFC_PRINT_CONTINUOUS_LENGTH_MM 40.0

/**
 * OfcPrintRenderRequest:
 * @kind: the document
 * @printer: the printer it is for
 * @template_: (nullable): the template; %NULL for the stored (or default) one of the
 *   printer's paper
 * @subjects: (array length=n_subjects): the orders or the client, as for a job
 * @n_subjects: the number of @subjects
 * @copies: copies in the payload (a PDF's copies are asked of the system instead); 0 is 1
 * @time: the moment printed on a test page and stored in a PDF, µs since the epoch; 0
 *   for now
 */
typedef struct
{
  OfcPrintJobKind kind;
  OfcPrinter *printer;
  OfcPrintTemplate *template_;
  const OfcUuid *subjects;
  guint n_subjects;
  guint copies;
  gint64 time;
} OfcPrintRenderRequest;

char *ofc_print_get_template_size (OfcPrintJobKind kind, OfcPrinter *printer);
gboolean ofc_print_get_label_media (OfcPrinter *printer,
                                    OfcLabelMedia *media,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;

OfcPrintOutput *ofc_print_render (OfcContext *context,
                                  const OfcPrintRenderRequest *request,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrintOutput *ofc_print_render_data (const OfcPrintRenderRequest *request,
                                       OfcPrintData *const *data,
                                       guint n_data,
                                       GError **error) G_GNUC_WARN_UNUSED_RESULT;

void ofc_print_preview_async (OfcContext *context,
                              const OfcPrintRenderRequest *request,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);
OfcPrintOutput *ofc_print_preview_finish (GAsyncResult *result,
                                          GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
