/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintOutput: one rendered document, as the printer gets it and as people see it.
 *
 * The payload is what goes to the printer ("zpl", "tspl", "epl", "brother-ql", "escpos"
 * bytes, or a "pdf" for system printers). The preview is made from the very same
 * rendering: for labels the bitmap that was encoded, dot for dot; for receipts the receipt
 * rasterised line by line as the encoder breaks it (the printer draws the text in its own
 * font); for A4 documents the #OfcA4Document whose PDF is the payload.
 */
#pragma once

#include <glib-object.h>
#include <ofc-devices.h>

#include "ofc-a4-document.h"

G_BEGIN_DECLS

#define OFC_TYPE_PRINT_OUTPUT (ofc_print_output_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintOutput, ofc_print_output, OFC, PRINT_OUTPUT, GObject)

OfcPrintOutput *ofc_print_output_new (const char *format,
                                      GBytes *payload,
                                      OfcBitmap *preview,
                                      OfcA4Document *document,
                                      char **warnings);
void ofc_print_output_set_receipt (OfcPrintOutput *self, OfcReceiptDocument *receipt);
const char *ofc_print_output_get_format (OfcPrintOutput *self);
GBytes *ofc_print_output_get_payload (OfcPrintOutput *self);
OfcBitmap *ofc_print_output_get_preview (OfcPrintOutput *self);
OfcA4Document *ofc_print_output_get_document (OfcPrintOutput *self);
const char *const *ofc_print_output_get_warnings (OfcPrintOutput *self);
gboolean ofc_print_output_write_preview (OfcPrintOutput *self,
                                         const char *path,
                                         GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
