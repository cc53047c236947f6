/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplateEditor: the templates panel of the printers page: pick a document and its
 * paper, then choose which fields print, in which order and size, the shop's header and
 * footer, the font and the barcode, with a preview that is what prints; Save, or go back
 * to the built-in default.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

#include "ofc-template-preview.h"

G_BEGIN_DECLS

#define OFC_TYPE_TEMPLATE_EDITOR (ofc_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcTemplateEditor, ofc_template_editor, OFC, TEMPLATE_EDITOR, AdwBin)

OfcTemplateEditor *ofc_template_editor_new (OfcContext *context);
void ofc_template_editor_select (OfcTemplateEditor *self, OfcPrintJobKind kind, const char *size);
OfcPrintTemplate *ofc_template_editor_get_template (OfcTemplateEditor *self);
OfcTemplatePreview *ofc_template_editor_get_preview (OfcTemplateEditor *self);
gboolean ofc_template_editor_save (OfcTemplateEditor *self);

G_END_DECLS
