/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Rendering receipt blocks with Pango, zint and libqrencode into strips of the paper's
 * width, stacked into one bitmap. Text uses a monospace font sized so that a full line of
 * the paper's columns fits, so a rasterised line looks like a printed one.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ofc-printer-error.h"
#include "ofc-receipt-raster.h"
#include "ofc-symbols.h"

#define FONT_FAMILY  "Monospace"
#define LINE_GAP     4
#define SYMBOL_SPACE 8

static PangoLayout *
create_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  /* rounded glyph positions would drift the monospace columns of a long line */
  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  cairo_font_options_destroy (options);
  return layout;
}

static void
set_font (PangoLayout *layout, double size, gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

/* the font size at which the paper's columns of "0" fill its width */
static double
font_size_for (PangoLayout *layout, OfcPaperWidth paper)
{
  guint columns = ofc_paper_width_get_columns (paper);
  g_autofree char *probe = g_strnfill (columns, '0');
  PangoRectangle logical;

  set_font (layout, 100, FALSE);
  pango_layout_set_text (layout, probe, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return floor (100.0 * ofc_paper_width_get_dots (paper) * PANGO_SCALE / logical.width * 4) / 4;
}

static OfcBitmap *
surface_to_bitmap (cairo_surface_t *surface)
{
  OfcBitmap *bitmap = ofc_bitmap_new_from_surface (surface, OFC_BITMAP_DEFAULT_THRESHOLD);

  cairo_surface_destroy (surface);
  return bitmap;
}

static void
apply_style (PangoLayout *layout, OfcTextStyle style)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  if (style & OFC_TEXT_UNDERLINE)
    pango_attr_list_insert (attributes, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

/**
 * ofc_receipt_raster_line:
 * @line: one line of text, at most the columns of @style on @paper
 *
 * Returns: (transfer full): the line as the printer would print it in a font it has,
 *   @paper's width and one line pitch high (two with double height)
 */
OfcBitmap *
ofc_receipt_raster_line (const char *line, OfcTextStyle style, OfcAlign align, OfcPaperWidth paper)
{
  double sx = (style & OFC_TEXT_DOUBLE_WIDTH) ? 2 : 1,
         sy = (style & OFC_TEXT_DOUBLE_HEIGHT) ? 2 : 1;
  guint width = ofc_paper_width_get_dots (paper);
  cairo_surface_t *surface =
      cairo_image_surface_create (CAIRO_FORMAT_A8, width, OFC_RECEIPT_LINE_DOTS * sy);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (PangoLayout) layout = create_layout (cr);
  PangoRectangle logical;
  double x = 0;

  set_font (layout, font_size_for (layout, paper), style & OFC_TEXT_BOLD);
  pango_layout_set_text (layout, line, -1);
  apply_style (layout, style);
  pango_layout_get_extents (layout, NULL, &logical);
  if (align != OFC_ALIGN_LEFT)
    x = (width / sx - (double)logical.width / PANGO_SCALE) / (align == OFC_ALIGN_CENTER ? 2 : 1);
  cairo_scale (cr, sx, sy);
  cairo_move_to (cr, MAX (x, 0), LINE_GAP / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  return surface_to_bitmap (surface);
}

static OfcBitmap *
raster_lines (const OfcReceiptBlock *block, OfcPaperWidth paper)
{
  g_auto (GStrv) lines = ofc_receipt_block_format_lines (block, paper);
  g_autoptr (GPtrArray) strips = g_ptr_array_new_with_free_func (g_object_unref);
  OfcAlign align = block->kind == OFC_RECEIPT_BLOCK_TEXT ? block->align : OFC_ALIGN_LEFT;

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (strips, ofc_receipt_raster_line (lines[i], block->style, align, paper));
  return ofc_bitmap_stack (strips, ofc_paper_width_get_dots (paper));
}

static OfcBitmap *
place (OfcBitmap *content, OfcAlign align, guint width, guint margin)
{
  guint used = ofc_bitmap_get_width (content);
  OfcBitmap *strip = ofc_bitmap_new (width, ofc_bitmap_get_height (content) + 2 * margin);
  int x = align == OFC_ALIGN_LEFT ? 0 : (int)(width - used) / (align == OFC_ALIGN_CENTER ? 2 : 1);

  ofc_bitmap_blit (strip, content, x, margin);
  return strip;
}

static gboolean
check_width (OfcBitmap *content, guint width, GError **error)
{
  if (ofc_bitmap_get_width (content) <= width)
    return TRUE;
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
               _ ("An image %u dots wide does not fit paper %u dots wide"),
               ofc_bitmap_get_width (content), width);
  return FALSE;
}

static OfcBitmap *
raster_code128 (const OfcReceiptBlock *block, OfcPaperWidth paper, GError **error)
{
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (block->text, error);
  g_autoptr (OfcBitmap) bars = NULL;
  g_autoptr (GPtrArray) strips = g_ptr_array_new_with_free_func (g_object_unref);
  guint width = ofc_paper_width_get_dots (paper);
  guint module;

  if (modules == NULL)
    return NULL;
  module = ofc_bitmap_get_width (modules) * 2 <= width ? 2 : 1;
  bars = ofc_symbol_scale (modules, module, block->height);
  if (!check_width (bars, width, error))
    return NULL;
  g_ptr_array_add (strips, place (bars, OFC_ALIGN_CENTER, width, SYMBOL_SPACE));
  g_ptr_array_add (strips,
                   ofc_receipt_raster_line (block->text, OFC_TEXT_PLAIN, OFC_ALIGN_CENTER, paper));
  return ofc_bitmap_stack (strips, width);
}

static OfcBitmap *
raster_qr (const OfcReceiptBlock *block, OfcPaperWidth paper, GError **error)
{
  g_autoptr (OfcBitmap) modules = ofc_qr_encode (block->text, error);
  g_autoptr (OfcBitmap) symbol = NULL;
  guint width = ofc_paper_width_get_dots (paper);
  guint module;

  if (modules == NULL)
    return NULL;
  module = MIN (block->module, width / (ofc_bitmap_get_width (modules) + 2 * OFC_QR_QUIET_MODULES));
  if (module == 0)
    module = 1;
  symbol = ofc_symbol_scale (modules, module, 0);
  if (!check_width (symbol, width, error))
    return NULL;
  return place (symbol, OFC_ALIGN_CENTER, width, OFC_QR_QUIET_MODULES * module);
}

/**
 * ofc_receipt_raster_block:
 *
 * Returns: (transfer full): @block as a strip of the paper's width (zero rows high for
 *   cuts and drawer kicks), or %NULL when its content cannot be printed
 */
OfcBitmap *
ofc_receipt_raster_block (const OfcReceiptBlock *block, OfcPaperWidth paper, GError **error)
{
  guint width = ofc_paper_width_get_dots (paper);

  switch (block->kind)
    {
      case OFC_RECEIPT_BLOCK_CODE128:
        return raster_code128 (block, paper, error);
      case OFC_RECEIPT_BLOCK_QR:
        return raster_qr (block, paper, error);
      case OFC_RECEIPT_BLOCK_IMAGE:
        if (!check_width (block->image, width, error))
          return NULL;
        return place (block->image, block->align, width, 0);
      case OFC_RECEIPT_BLOCK_FEED:
        return ofc_bitmap_new (width, block->lines * OFC_RECEIPT_LINE_DOTS);
      case OFC_RECEIPT_BLOCK_CUT:
      case OFC_RECEIPT_BLOCK_DRAWER:
        return ofc_bitmap_new (width, 0);
      default:
        return raster_lines (block, paper);
    }
}

/**
 * ofc_receipt_raster_document:
 *
 * Returns: (transfer full): the whole receipt as one bitmap of its paper's width
 */
OfcBitmap *
ofc_receipt_raster_document (OfcReceiptDocument *document, GError **error)
{
  g_autoptr (GPtrArray) strips = g_ptr_array_new_with_free_func (g_object_unref);
  OfcPaperWidth paper = ofc_receipt_document_get_paper (document);

  for (guint i = 0; i < ofc_receipt_document_get_n_blocks (document); i++)
    {
      OfcBitmap *strip =
          ofc_receipt_raster_block (ofc_receipt_document_get_block (document, i), paper, error);

      if (strip == NULL)
        return NULL;
      g_ptr_array_add (strips, strip);
    }
  return ofc_bitmap_stack (strips, ofc_paper_width_get_dots (paper));
}
