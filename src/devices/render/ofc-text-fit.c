/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Fitting text into a box: shrink step by step down to a minimum size, then shorten with
 * "…" around the must-fit part, found by bisection on the number of characters kept.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-text-fit.h"

#define ELLIPSIS  "…"
#define SHRINK_BY 0.9
#define TOLERANCE 0.01

typedef struct
{
  PangoLayout *layout;
  PangoFontDescription *font;
  double width;
  double height;
  gboolean wrap;
} Fitter;

void
ofc_text_fit_clear (OfcTextFit *fit)
{
  g_clear_pointer (&fit->shown, g_free);
}

/* Hinted metrics would make widths depend on the size in odd steps and on the machine's
 * font settings; unhinted greyscale outlines thresholded later print cleanly. */
static void
set_font_options (PangoLayout *layout)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  /* whole-unit glyph positions would be whole millimetres on a label */
  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
}

static void
fitter_init (
    Fitter *fitter, cairo_t *cr, double width, double height, const OfcTextFitOptions *options)
{
  static const PangoAlignment alignments[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                               PANGO_ALIGN_RIGHT };

  fitter->layout = pango_cairo_create_layout (cr);
  fitter->font =
      pango_font_description_from_string (options->font != NULL ? options->font : "Sans");
  fitter->width = width;
  fitter->height = height;
  fitter->wrap = options->wrap;
  set_font_options (fitter->layout);
  pango_layout_set_alignment (fitter->layout, alignments[CLAMP (options->align, 0, 2)]);
  if (options->wrap)
    {
      pango_layout_set_width (fitter->layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (fitter->layout, PANGO_WRAP_WORD_CHAR);
    }
}

static void
fitter_clear (Fitter *fitter)
{
  g_clear_object (&fitter->layout);
  g_clear_pointer (&fitter->font, pango_font_description_free);
}

static void
fitter_set (Fitter *fitter, const char *text, double size)
{
  pango_font_description_set_absolute_size (fitter->font, size * PANGO_SCALE);
  pango_layout_set_font_description (fitter->layout, fitter->font);
  pango_layout_set_text (fitter->layout, text, -1);
}

static gboolean
fitter_fits (Fitter *fitter, const char *text, double size)
{
  PangoRectangle logical;

  fitter_set (fitter, text, size);
  pango_layout_get_extents (fitter->layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE <= fitter->width + TOLERANCE &&
         (double)logical.height / PANGO_SCALE <= fitter->height + TOLERANCE;
}

/* the text with at most @keep characters of @tail after @head, and "…" if any was cut */
static char *
compose (const char *head, const char *tail, glong keep, const char *after)
{
  g_autofree char *kept = g_utf8_substring (tail, 0, keep);

  if (keep >= g_utf8_strlen (tail, -1))
    return g_strconcat (head, tail, after, NULL);
  g_strchomp (kept);
  return g_strconcat (head, kept, ELLIPSIS, after, NULL);
}

/* the longest head + tail[0..k] (+ "…") + after that fits; NULL when even k = 0 fails */
static char *
bisect (Fitter *fitter, double size, const char *head, const char *tail, const char *after)
{
  glong low = 0, high = g_utf8_strlen (tail, -1);
  g_autofree char *shortest = compose (head, tail, 0, after);

  if (!fitter_fits (fitter, shortest, size))
    return NULL;
  while (low < high)
    {
      glong middle = (low + high + 1) / 2;
      g_autofree char *candidate = compose (head, tail, middle, after);

      if (fitter_fits (fitter, candidate, size))
        low = middle;
      else
        high = middle - 1;
    }
  return compose (head, tail, low, after);
}

/* shortens the text after the must-fit part first, then the text before it */
static char *
shorten (Fitter *fitter, double size, const char *text, const char *must_fit)
{
  const char *found = must_fit != NULL && must_fit[0] != '\0' ? strstr (text, must_fit) : NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *head = NULL;
  char *shown;

  if (found == NULL)
    return bisect (fitter, size, "", text, "");
  prefix = g_strndup (text, found - text);
  head = g_strconcat (prefix, must_fit, NULL);
  shown = bisect (fitter, size, head, found + strlen (must_fit), "");
  if (shown == NULL)
    shown = bisect (fitter, size, "", prefix, must_fit);
  if (shown == NULL && fitter_fits (fitter, must_fit, size))
    shown = g_strdup (must_fit);
  return shown;
}

static char *
single_line (const char *text, gboolean wrap)
{
  char *copy = g_strdup (text != NULL ? text : "");

  return wrap ? copy : g_strdelimit (copy, "\n", ' ');
}

static gboolean
fit_layout (Fitter *fitter,
            const char *text,
            const OfcTextFitOptions *options,
            OfcTextFit *fit,
            GError **error)
{
  double max = options->max_size > 0 ? options->max_size : fitter->height;
  double min = options->min_size > 0 ? MIN (options->min_size, max) : max / 3;
  double size = max;
  g_autofree char *whole = single_line (text, options->wrap);

  while (!fitter_fits (fitter, whole, size) && size > min)
    size = MAX (min, size * SHRINK_BY);
  *fit = (OfcTextFit){ .size = size, .shrunk = size < max };
  if (fitter_fits (fitter, whole, size))
    {
      fit->shown = g_steal_pointer (&whole);
      return TRUE;
    }
  fit->shown = shorten (fitter, size, whole, options->must_fit);
  if (fit->shown == NULL)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT,
                   _ ("“%s” does not fit in its box even at the smallest size"),
                   options->must_fit != NULL ? options->must_fit : whole);
      return FALSE;
    }
  /* leave the layout holding what will be drawn */
  fit->truncated = TRUE;
  fitter_fits (fitter, fit->shown, size);
  return TRUE;
}

static void
record_extents (Fitter *fitter, OfcTextFit *fit)
{
  PangoRectangle logical;

  pango_layout_get_extents (fitter->layout, NULL, &logical);
  fit->width = (double)logical.width / PANGO_SCALE;
  fit->height = (double)logical.height / PANGO_SCALE;
}

/**
 * ofc_text_fit_measure:
 * @cr: a context whose units are the target's (dots); nothing is drawn
 * @fit: (out caller-allocates): how the text fits; clear with ofc_text_fit_clear()
 *
 * Finds the largest size from @options->max_size down to @options->min_size at which
 * @text fits a @width × @height box, shortening it at the minimum size if needed.
 *
 * Returns: %FALSE with %OFC_PRINTER_ERROR_DOES_NOT_FIT when the must-fit part (or, without
 *   one, a single character and "…") does not fit
 */
gboolean
ofc_text_fit_measure (cairo_t *cr,
                      double width,
                      double height,
                      const char *text,
                      const OfcTextFitOptions *options,
                      OfcTextFit *fit,
                      GError **error)
{
  Fitter fitter;
  gboolean ok;

  fitter_init (&fitter, cr, width, height, options);
  ok = fit_layout (&fitter, text, options, fit, error);
  if (ok)
    record_extents (&fitter, fit);
  fitter_clear (&fitter);
  return ok;
}

static double
line_offset (const OfcTextFitOptions *options, double box, double used)
{
  if (options->wrap || options->align == OFC_ALIGN_LEFT)
    return 0;
  return options->align == OFC_ALIGN_CENTER ? (box - used) / 2 : box - used;
}

/**
 * ofc_render_text_box:
 * @fit: (out caller-allocates) (optional): how the text was fitted
 *
 * Draws @text into the box at (@x, @y) in the current source colour, fitted as
 * ofc_text_fit_measure() describes. Nothing is drawn on failure.
 */
gboolean
ofc_render_text_box (cairo_t *cr,
                     double x,
                     double y,
                     double width,
                     double height,
                     const char *text,
                     const OfcTextFitOptions *options,
                     OfcTextFit *fit,
                     GError **error)
{
  OfcTextFit local = { 0 };
  OfcTextFit *result = fit != NULL ? fit : &local;
  Fitter fitter;
  gboolean ok;

  fitter_init (&fitter, cr, width, height, options);
  ok = fit_layout (&fitter, text, options, result, error);
  if (ok)
    {
      record_extents (&fitter, result);
      cairo_move_to (cr, x + line_offset (options, width, result->width),
                     y + (options->middle ? (height - result->height) / 2 : 0));
      pango_cairo_show_layout (cr, fitter.layout);
    }
  fitter_clear (&fitter);
  ofc_text_fit_clear (&local);
  return ok;
}
