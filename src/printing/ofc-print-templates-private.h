/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The document builders behind ofc_print_render(): each turns a template and the data it
 * prints into a device-neutral document (a label layout, a receipt, an A4 document).
 */
#pragma once

#include <ofc-core.h>
#include <ofc-devices.h>

#include "ofc-a4-document.h"

G_BEGIN_DECLS

/* the default font; templates may name another */
#define OFC_PRINT_DEFAULT_FONT "Sans"

const char *_ofc_print_template_font (OfcPrintTemplate *template_);
char *_ofc_print_field_text (OfcPrintData *data, const char *id);
char *_ofc_print_header_text (OfcPrintTemplate *template_, OfcPrintData *data);

OfcLabelLayout *_ofc_sticker_layout_new (const OfcLabelMedia *media,
                                         OfcPrintTemplate *template_,
                                         OfcPrintData *data);
OfcLabelLayout *
_ofc_card_layout_new (const OfcLabelMedia *media, OfcPrintTemplate *template_, OfcPrintData *data);
OfcLabelLayout *
_ofc_test_label_layout_new (const OfcLabelMedia *media, OfcPrinter *printer, GDateTime *now);

OfcReceiptDocument *
_ofc_intake_receipt_new (OfcPaperWidth paper, OfcPrintTemplate *template_, OfcPrintData *data);
OfcReceiptDocument *
_ofc_test_receipt_new (OfcPaperWidth paper, OfcPrinter *printer, GDateTime *now);

void _ofc_intake_receipt_a4_append (OfcA4Document *document,
                                    OfcPrintTemplate *template_,
                                    OfcPrintData *data);
OfcA4Document *_ofc_act_new (OfcPrintTemplate *template_, OfcPrintData *data);
OfcA4Document *_ofc_test_page_new (OfcPrinter *printer, GDateTime *now);

G_END_DECLS
