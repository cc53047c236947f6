/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Receipts as pictures: one text line, one block or a whole #OfcReceiptDocument rendered
 * to an #OfcBitmap of the paper's width (384 or 576 dots). ESC/POS uses single lines for
 * text its code page cannot print; whole receipts serve previews and image-only printers.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "document/ofc-receipt-document.h"

G_BEGIN_DECLS

/* the line pitch of font A with the default 1/6-inch spacing, in dots */
#define OFC_RECEIPT_LINE_DOTS 30

OfcBitmap *
ofc_receipt_raster_line (const char *line, OfcTextStyle style, OfcAlign align, OfcPaperWidth paper);
OfcBitmap *ofc_receipt_raster_block (const OfcReceiptBlock *block,
                                     OfcPaperWidth paper,
                                     GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcBitmap *ofc_receipt_raster_document (OfcReceiptDocument *document,
                                        GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
