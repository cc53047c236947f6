/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplatePreview: shows what a print template prints, rendered by the print layer
 * for the printer the document goes to, from a real order or client of the shop (or a
 * sample in an empty shop): the label bitmap dot for dot, the receipt as the printer
 * breaks it, the A4 pages. Texts that had to be shortened are listed under it; a
 * document that cannot print (an order number that does not fit) shows the error.
 */
#pragma once

#include <adwaita.h>
#include <ofc-printing.h>

G_BEGIN_DECLS

#define OFC_TYPE_TEMPLATE_PREVIEW (ofc_template_preview_get_type ())
G_DECLARE_FINAL_TYPE (OfcTemplatePreview, ofc_template_preview, OFC, TEMPLATE_PREVIEW, AdwBin)

OfcTemplatePreview *ofc_template_preview_new (OfcContext *context);
void ofc_template_preview_show (OfcTemplatePreview *self, OfcPrintTemplate *template_);
void ofc_template_preview_forget_subject (OfcTemplatePreview *self);
gboolean ofc_template_preview_get_busy (OfcTemplatePreview *self);
OfcPrintOutput *ofc_template_preview_get_output (OfcTemplatePreview *self);
const GError *ofc_template_preview_get_error (OfcTemplatePreview *self);

G_END_DECLS
