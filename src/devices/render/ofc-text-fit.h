/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Text in a box with Pango: shrink, then wrap or shorten to fit, never cutting the part
 * that must be printed whole (an order number), and say what was done.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <cairo.h>

#include "document/ofc-receipt-document.h"

G_BEGIN_DECLS

/**
 * OfcTextFitOptions:
 * @font: a Pango font description without size, e.g. "Sans Bold"; %NULL for "Sans"
 * @max_size: the size to try first, in the units of the Cairo context (dots); 0 means
 *   the box height
 * @min_size: the smallest size allowed before text is shortened; 0 means a third of
 *   @max_size
 * @align: horizontal alignment in the box
 * @wrap: break into several lines at words (and inside long words); otherwise one line
 * @middle: centre the text vertically instead of placing it at the top
 * @must_fit: (nullable): a substring of the text that must appear whole, or the
 *   fitting fails with %OFC_PRINTER_ERROR_DOES_NOT_FIT
 */
typedef struct
{
  const char *font;
  double max_size;
  double min_size;
  OfcAlign align;
  gboolean wrap;
  gboolean middle;
  const char *must_fit;
} OfcTextFitOptions;

/**
 * OfcTextFit:
 * @size: the font size used
 * @shrunk: the text was made smaller than @max_size
 * @truncated: part of the text was left out and "…" put in its place
 * @shown: the text as drawn
 * @width: the width of the drawn text
 * @height: the height of the drawn text
 */
typedef struct
{
  double size;
  gboolean shrunk;
  gboolean truncated;
  char *shown;
  double width;
  double height;
} OfcTextFit;

void ofc_text_fit_clear (OfcTextFit *fit);

gboolean ofc_text_fit_measure (cairo_t *cr,
                               double width,
                               double height,
                               const char *text,
                               const OfcTextFitOptions *options,
                               OfcTextFit *fit,
                               GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_render_text_box (cairo_t *cr,
                              double x,
                              double y,
                              double width,
                              double height,
                              const char *text,
                              const OfcTextFitOptions *options,
                              OfcTextFit *fit,
                              GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
