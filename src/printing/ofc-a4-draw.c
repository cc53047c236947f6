/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Measuring and drawing the blocks of an A4 document. Measuring and drawing build their
 * Pango layouts the same way (points, no hinting of metrics), so what was measured is
 * what is drawn, on paper, in a PDF and on screen alike.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-a4-document-private.h"

#define FIELD_GAP     6.0
#define SIGNATURE_GAP 24.0

/* one unit is one point, and glyph metrics are not rounded to a screen's pixels */
void
_ofc_a4_context_prepare (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
}

PangoContext *
_ofc_a4_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  _ofc_a4_context_prepare (context);
  return context;
}

static PangoAlignment
pango_alignment (OfcAlign align)
{
  return align == OFC_ALIGN_CENTER  ? PANGO_ALIGN_CENTER
         : align == OFC_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                    : PANGO_ALIGN_LEFT;
}

PangoLayout *
_ofc_a4_layout_new (PangoContext *context,
                    const char *font,
                    const char *text,
                    double size,
                    gboolean bold,
                    double width,
                    OfcAlign align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_font_description_set_size (description, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, pango_alignment (align));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_font_description_free (description);
  return layout;
}

double
_ofc_a4_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
measure (PangoContext *context,
         const char *font,
         const char *text,
         double size,
         gboolean bold,
         double width)
{
  g_autoptr (PangoLayout) layout =
      _ofc_a4_layout_new (context, font, text, size, bold, width, OFC_ALIGN_LEFT);

  return _ofc_a4_layout_height (layout);
}

static double
column_width (const OfcA4Block *table, guint column)
{
  return table->widths[column] * OFC_A4_CONTENT_WIDTH;
}

double
_ofc_a4_row_height (
    PangoContext *context, const char *font, const OfcA4Block *table, char **cells, gboolean bold)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    height = MAX (height, measure (context, font, cells[i], table->size, bold,
                                   column_width (table, i) - 2 * OFC_A4_CELL_PADDING));
  return height + 2 * OFC_A4_CELL_PADDING;
}

static double
label_width (void)
{
  return OFC_A4_CONTENT_WIDTH * OFC_A4_LABEL_SHARE;
}

double
_ofc_a4_block_height (PangoContext *context, const char *font, const OfcA4Block *block)
{
  switch (block->kind)
    {
      case OFC_A4_BLOCK_TEXT:
        return measure (context, font, block->text, block->size, block->bold,
                        OFC_A4_CONTENT_WIDTH) +
               block->size * 0.4;
      case OFC_A4_BLOCK_FIELD:
        return MAX (measure (context, font, block->text, block->size, FALSE,
                             label_width () - FIELD_GAP),
                    measure (context, font, block->value, block->size, block->bold,
                             OFC_A4_CONTENT_WIDTH - label_width ())) +
               block->size * 0.3;
      case OFC_A4_BLOCK_CODE128:
        return block->size + 14;
      case OFC_A4_BLOCK_SIGNATURES:
        return SIGNATURE_GAP + block->size * 2;
      case OFC_A4_BLOCK_RULE:
      case OFC_A4_BLOCK_SPACE:
      case OFC_A4_BLOCK_TABLE:
      case OFC_A4_BLOCK_BREAK:
      default:
        return block->size;
    }
}

static void
show (cairo_t *cr,
      const char *font,
      const char *text,
      double size,
      gboolean bold,
      double x,
      double y,
      double width,
      OfcAlign align)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr (PangoLayout) layout = NULL;

  _ofc_a4_context_prepare (context);
  layout = _ofc_a4_layout_new (context, font, text, size, bold, width, align);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (context);
}

static void
line (cairo_t *cr, double x1, double y1, double x2, double y2, double width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

static double
draw_row (
    cairo_t *cr, const char *font, const OfcA4Block *table, char **cells, gboolean bold, double y)
{
  PangoContext *context = pango_cairo_create_context (cr);
  double x = OFC_A4_MARGIN_PT;
  double height;

  _ofc_a4_context_prepare (context);
  height = _ofc_a4_row_height (context, font, table, cells, bold);
  g_object_unref (context);
  for (guint i = 0; i < table->n_columns; i++)
    {
      /* numbers (every column but the first) line up on the right */
      show (cr, font, cells[i], table->size, bold, x + OFC_A4_CELL_PADDING, y + OFC_A4_CELL_PADDING,
            column_width (table, i) - 2 * OFC_A4_CELL_PADDING,
            i == 0 ? OFC_ALIGN_LEFT : OFC_ALIGN_RIGHT);
      cairo_rectangle (cr, x, y, column_width (table, i), height);
      x += column_width (table, i);
    }
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  return height;
}

static void
draw_table (cairo_t *cr, const char *font, const OfcA4Block *table, const OfcA4Placement *placement)
{
  double y = placement->y;

  y += draw_row (cr, font, table, table->headers, TRUE, y);
  for (guint row = placement->first_row; row < placement->first_row + placement->n_rows; row++)
    y += draw_row (cr, font, table, g_ptr_array_index (table->rows, row), FALSE, y);
}

static void
draw_code128 (cairo_t *cr, const char *font, const OfcA4Block *block, double y)
{
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (block->text, NULL);
  double module = 1.0, width, x;

  if (modules == NULL)
    return;
  width = ofc_bitmap_get_width (modules) * module;
  x = OFC_A4_WIDTH_PT - OFC_A4_MARGIN_PT - width;
  ofc_symbol_draw (cr, modules, x, y, module, block->size);
  show (cr, font, block->text, 8, FALSE, x, y + block->size + 2, width, OFC_ALIGN_CENTER);
}

static void
draw_signatures (cairo_t *cr, const char *font, const OfcA4Block *block, double y)
{
  double half = OFC_A4_CONTENT_WIDTH / 2, left = OFC_A4_MARGIN_PT, right = left + half + 12;
  double base = y + SIGNATURE_GAP;

  line (cr, left, base, left + half - 12, base, 0.5);
  line (cr, right, base, right + half - 12, base, 0.5);
  show (cr, font, block->text, block->size, FALSE, left, base + 2, half - 12, OFC_ALIGN_LEFT);
  show (cr, font, block->value, block->size, FALSE, right, base + 2, half - 12, OFC_ALIGN_LEFT);
}

void
_ofc_a4_draw_block (cairo_t *cr,
                    const char *font,
                    const OfcA4Block *block,
                    const OfcA4Placement *placement)
{
  double x = OFC_A4_MARGIN_PT, y = placement->y;

  switch (block->kind)
    {
      case OFC_A4_BLOCK_TEXT:
        show (cr, font, block->text, block->size, block->bold, x, y, OFC_A4_CONTENT_WIDTH,
              block->align);
        break;
      case OFC_A4_BLOCK_FIELD:
        show (cr, font, block->text, block->size, FALSE, x, y, label_width () - FIELD_GAP,
              OFC_ALIGN_LEFT);
        show (cr, font, block->value, block->size, block->bold, x + label_width (), y,
              OFC_A4_CONTENT_WIDTH - label_width (), OFC_ALIGN_LEFT);
        break;
      case OFC_A4_BLOCK_TABLE:
        draw_table (cr, font, block, placement);
        break;
      case OFC_A4_BLOCK_CODE128:
        draw_code128 (cr, font, block, y);
        break;
      case OFC_A4_BLOCK_SIGNATURES:
        draw_signatures (cr, font, block, y);
        break;
      case OFC_A4_BLOCK_RULE:
        line (cr, x, y + block->size / 2, x + OFC_A4_CONTENT_WIDTH, y + block->size / 2, 0.75);
        break;
      case OFC_A4_BLOCK_SPACE:
      case OFC_A4_BLOCK_BREAK:
      default:
        break;
    }
}

void
_ofc_a4_draw_footer (cairo_t *cr, const char *font, guint page, guint n_pages)
{
  g_autofree char *text = g_strdup_printf (_ ("Page %u of %u"), page + 1, n_pages);

  show (cr, font, text, 8, FALSE, OFC_A4_MARGIN_PT, OFC_A4_HEIGHT_PT - OFC_A4_MARGIN_PT,
        OFC_A4_CONTENT_WIDTH, OFC_ALIGN_CENTER);
}
