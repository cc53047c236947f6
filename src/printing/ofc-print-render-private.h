/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What rendering's dispatch and its encoders share.
 */
#pragma once

#include "ofc-print-render.h"
#include "ofc-print-templates-private.h"

G_BEGIN_DECLS

gboolean _ofc_print_render_layouts (GPtrArray *layouts,
                                    GPtrArray *documents,
                                    GStrvBuilder *warnings,
                                    GError **error);
gboolean _ofc_print_label_media_for (OfcPrinter *printer, OfcLabelMedia *media, GError **error);
OfcPrintOutput *_ofc_print_output_labels (
    OfcPrinter *printer, GPtrArray *documents, guint copies, char **warnings, GError **error);
OfcPrintOutput *
_ofc_print_output_receipts (OfcPrinter *printer, GPtrArray *receipts, guint copies, GError **error);
OfcPrintOutput *_ofc_print_output_a4 (OfcA4Document *document, GDateTime *time, GError **error);

G_END_DECLS
