/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Helpers the label encoders share; not part of the library's API.
 */
#pragma once

#include "document/ofc-label-document.h"

G_BEGIN_DECLS

void ofc_label_put_printf (GByteArray *out, const char *format, ...) G_GNUC_PRINTF (2, 3);
void ofc_label_put_rows (GByteArray *out, OfcBitmap *bitmap, gboolean white_is_one);
char *ofc_label_format_mm (double mm);
gboolean ofc_label_check_document (OfcLabelDocument *document,
                                   OfcLabelNativeKind supported,
                                   const char *language,
                                   GError **error);
guint ofc_label_get_length_dots (OfcLabelDocument *document);

G_END_DECLS
