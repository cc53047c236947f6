/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Label printer languages and their encoders: pure functions from an #OfcLabelDocument to
 * the bytes of one job. Every language prints the document's bitmap with its graphics
 * command; ZPL and TSPL can also print native text, Code 128 and QR elements.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "document/ofc-label-document.h"

G_BEGIN_DECLS

/**
 * OfcLabelLanguage:
 * @OFC_LABEL_ZPL: Zebra ZPL II
 * @OFC_LABEL_TSPL: TSC TSPL/TSPL2, spoken by most inexpensive label printers
 * @OFC_LABEL_EPL: Eltron/Zebra EPL2
 * @OFC_LABEL_BROTHER_QL: Brother QL raster (62 mm endless tape, 300 dpi)
 */
typedef enum
{
  OFC_LABEL_ZPL,
  OFC_LABEL_TSPL,
  OFC_LABEL_EPL,
  OFC_LABEL_BROTHER_QL,
} OfcLabelLanguage;

const char *ofc_label_language_get_name (OfcLabelLanguage language);
gboolean ofc_label_language_from_name (const char *name, OfcLabelLanguage *language);
OfcLabelNativeKind ofc_label_language_get_native (OfcLabelLanguage language);

GBytes *ofc_label_encode (OfcLabelDocument *document,
                          OfcLabelLanguage language,
                          GError **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *ofc_zpl_encode (OfcLabelDocument *document, GError **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *ofc_tspl_encode (OfcLabelDocument *document, GError **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *ofc_epl_encode (OfcLabelDocument *document, GError **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *ofc_brother_ql_encode (OfcLabelDocument *document,
                               GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
