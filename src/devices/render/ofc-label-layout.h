/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLabelLayout: a label described as boxes at millimetre positions (text, Code 128, QR,
 * images, frames), rendered at the media's resolution into an #OfcLabelDocument.
 *
 * Templates build one layout per label:
 * |[<!-- language="C" -->
 * ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
 * layout = ofc_label_layout_new (&media);
 * ofc_label_layout_add_text (layout, 2, 2, 54, 8, "Заказ A-000123",
 *                            &(OfcTextFitOptions) { .font = "Sans Bold", .must_fit = "A-000123" });
 * ofc_label_layout_add_code128 (layout, 2, 12, 54, 12, "A-000123", TRUE);
 * document = ofc_label_layout_render (layout, 0, &error);
 * ]|
 * Text sizes in #OfcTextFitOptions are millimetres of font size here. Each add function
 * returns the element's index, for ofc_label_layout_get_fit() after rendering.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "document/ofc-label-document.h"
#include "render/ofc-text-fit.h"

G_BEGIN_DECLS

#define OFC_TYPE_LABEL_LAYOUT (ofc_label_layout_get_type ())
G_DECLARE_FINAL_TYPE (OfcLabelLayout, ofc_label_layout, OFC, LABEL_LAYOUT, GObject)

OfcLabelLayout *ofc_label_layout_new (const OfcLabelMedia *media);
const OfcLabelMedia *ofc_label_layout_get_media (OfcLabelLayout *self);

guint ofc_label_layout_add_text (OfcLabelLayout *self,
                                 double x,
                                 double y,
                                 double width,
                                 double height,
                                 const char *text,
                                 const OfcTextFitOptions *options);
guint ofc_label_layout_add_code128 (OfcLabelLayout *self,
                                    double x,
                                    double y,
                                    double width,
                                    double height,
                                    const char *data,
                                    gboolean show_text);
guint ofc_label_layout_add_ean13 (OfcLabelLayout *self,
                                  double x,
                                  double y,
                                  double width,
                                  double height,
                                  const char *data,
                                  gboolean show_text);
guint
ofc_label_layout_add_qr (OfcLabelLayout *self, double x, double y, double size, const char *data);
guint ofc_label_layout_add_image (OfcLabelLayout *self, double x, double y, OfcBitmap *image);
guint ofc_label_layout_add_frame (
    OfcLabelLayout *self, double x, double y, double width, double height, double line);

OfcLabelDocument *ofc_label_layout_render (OfcLabelLayout *self,
                                           OfcLabelNativeKind native,
                                           GError **error) G_GNUC_WARN_UNUSED_RESULT;
const OfcTextFit *ofc_label_layout_get_fit (OfcLabelLayout *self, guint index);
char **ofc_label_layout_get_warnings (OfcLabelLayout *self);

G_END_DECLS
