/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcA4Document: the blocks, their pagination, and the outputs (PDF, a page on a Cairo
 * context, a page as an image). The drawing of each block is in ofc-a4-draw.c.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ofc-a4-document-private.h"

/* room kept at the bottom of every page for "Page 1 of 2" */
#define FOOTER_PT 18.0

struct _OfcA4Document
{
  GObject parent_instance;

  char *font;
  char *title;
  GDateTime *date;
  GPtrArray *blocks;  /* OfcA4Block */
  GArray *placements; /* OfcA4Placement, filled by ofc_a4_document_layout() */
  guint n_pages;
  gboolean laid_out;
};

G_DEFINE_FINAL_TYPE (OfcA4Document, ofc_a4_document, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  OfcA4Block *block = data;

  g_free (block->text);
  g_free (block->value);
  g_strfreev (block->headers);
  g_free (block->widths);
  if (block->rows != NULL)
    g_ptr_array_unref (block->rows);
  g_free (block);
}

static void
ofc_a4_document_finalize (GObject *object)
{
  OfcA4Document *self = OFC_A4_DOCUMENT (object);

  g_free (self->font);
  g_free (self->title);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->placements);
  G_OBJECT_CLASS (ofc_a4_document_parent_class)->finalize (object);
}

static void
ofc_a4_document_class_init (OfcA4DocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_a4_document_finalize;
}

static void
ofc_a4_document_init (OfcA4Document *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->placements = g_array_new (FALSE, TRUE, sizeof (OfcA4Placement));
}

/**
 * ofc_a4_document_new:
 * @font: (nullable): a Pango family, e.g. "DejaVu Sans"; %NULL or "" for "Sans"
 *
 * Returns: (transfer full): an empty document
 */
OfcA4Document *
ofc_a4_document_new (const char *font)
{
  OfcA4Document *self = g_object_new (OFC_TYPE_A4_DOCUMENT, NULL);

  self->font = g_strdup (font != NULL && *font != '\0' ? font : "Sans");
  return self;
}

/* the PDF's title, e.g. "Intake receipt A-000123" */
void
ofc_a4_document_set_title (OfcA4Document *self, const char *title)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

/* the PDF's creation date; fixing it makes the same document give the same bytes */
void
ofc_a4_document_set_date (OfcA4Document *self, GDateTime *date)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
}

static OfcA4Block *
add_block (OfcA4Document *self, OfcA4BlockKind kind, const char *text, double size)
{
  OfcA4Block *block = g_new0 (OfcA4Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->size = size;
  g_ptr_array_add (self->blocks, block);
  self->laid_out = FALSE;
  return block;
}

/**
 * ofc_a4_document_add_text:
 * @size: the font size in points
 *
 * A paragraph over the full width, wrapped at words; newlines start new lines.
 */
void
ofc_a4_document_add_text (
    OfcA4Document *self, const char *text, double size, gboolean bold, OfcAlign align)
{
  OfcA4Block *block;

  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  block = add_block (self, OFC_A4_BLOCK_TEXT, text, size);
  block->bold = bold;
  block->align = align;
}

/**
 * ofc_a4_document_add_field:
 *
 * "Label   value" in two columns; a long value wraps in its column.
 */
void
ofc_a4_document_add_field (
    OfcA4Document *self, const char *label, const char *value, double size, gboolean bold)
{
  OfcA4Block *block;

  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  block = add_block (self, OFC_A4_BLOCK_FIELD, label, size);
  block->value = g_strdup (value);
  block->bold = bold;
}

/**
 * ofc_a4_document_add_table:
 * @headers: (array length=n_columns): the column titles
 * @widths: (array length=n_columns): each column's share of the width; they add up to 1
 * @rows: (element-type GStrv): the cells, @n_columns per row; the table keeps a reference
 *
 * A ruled table; a table longer than the page continues on the next one under its
 * header again.
 */
void
ofc_a4_document_add_table (OfcA4Document *self,
                           const char *const *headers,
                           const double *widths,
                           guint n_columns,
                           GPtrArray *rows,
                           double size)
{
  OfcA4Block *block;

  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);
  block = add_block (self, OFC_A4_BLOCK_TABLE, NULL, size);
  block->n_columns = n_columns;
  block->headers = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    block->headers[i] = g_strdup (headers[i]);
  block->widths = g_memdup2 (widths, n_columns * sizeof (double));
  block->rows = g_ptr_array_ref (rows);
}

/**
 * ofc_a4_document_add_code128:
 * @height: the bar height in points
 *
 * A Code 128 barcode at the right margin, its data printed under it.
 */
void
ofc_a4_document_add_code128 (OfcA4Document *self, const char *data, double height)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  add_block (self, OFC_A4_BLOCK_CODE128, data, height);
}

/**
 * ofc_a4_document_add_signatures:
 * @left: e.g. "Received by"
 * @right: e.g. "Client"
 *
 * Two signature lines side by side with their captions.
 */
void
ofc_a4_document_add_signatures (OfcA4Document *self,
                                const char *left,
                                const char *right,
                                double size)
{
  OfcA4Block *block;

  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  block = add_block (self, OFC_A4_BLOCK_SIGNATURES, left, size);
  block->value = g_strdup (right);
}

void
ofc_a4_document_add_rule (OfcA4Document *self)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  add_block (self, OFC_A4_BLOCK_RULE, NULL, 8);
}

void
ofc_a4_document_add_space (OfcA4Document *self, double points)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  add_block (self, OFC_A4_BLOCK_SPACE, NULL, points);
}

void
ofc_a4_document_add_page_break (OfcA4Document *self)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  add_block (self, OFC_A4_BLOCK_BREAK, NULL, 0);
}

typedef struct
{
  OfcA4Document *self;
  PangoContext *context;
  guint page;
  double y;
} Cursor;

static double
bottom (void)
{
  return OFC_A4_HEIGHT_PT - OFC_A4_MARGIN_PT - FOOTER_PT;
}

static void
new_page (Cursor *cursor)
{
  cursor->page++;
  cursor->y = OFC_A4_MARGIN_PT;
}

static void
place (Cursor *cursor, guint block, double height, guint first_row, guint n_rows)
{
  OfcA4Placement placement = { block, cursor->page, cursor->y, height, first_row, n_rows };

  g_array_append_val (cursor->self->placements, placement);
  cursor->y += height;
}

/* a table goes on in runs of rows, each under its own header */
static void
place_table (Cursor *cursor, guint index, OfcA4Block *table)
{
  const char *font = cursor->self->font;
  double header = _ofc_a4_row_height (cursor->context, font, table, table->headers, TRUE);
  guint row = 0;

  if (cursor->y + header > bottom ())
    new_page (cursor);
  while (row < table->rows->len || row == 0)
    {
      double height = header;
      guint first = row;

      while (row < table->rows->len)
        {
          double next = _ofc_a4_row_height (cursor->context, font, table,
                                            g_ptr_array_index (table->rows, row), FALSE);

          if (cursor->y + height + next > bottom () && row > first)
            break;
          height += next;
          row++;
        }
      place (cursor, index, height, first, row - first);
      if (row < table->rows->len)
        new_page (cursor);
      else
        break;
    }
  cursor->y += table->size * 0.6;
}

static void
place_block (Cursor *cursor, guint index)
{
  OfcA4Block *block = g_ptr_array_index (cursor->self->blocks, index);
  double height;

  if (block->kind == OFC_A4_BLOCK_BREAK)
    {
      new_page (cursor);
      return;
    }
  if (block->kind == OFC_A4_BLOCK_TABLE)
    {
      place_table (cursor, index, block);
      return;
    }
  height = _ofc_a4_block_height (cursor->context, cursor->self->font, block);
  if (cursor->y + height > bottom () && cursor->y > OFC_A4_MARGIN_PT)
    new_page (cursor);
  place (cursor, index, height, 0, 0);
}

/**
 * ofc_a4_document_layout:
 *
 * Measures every block and assigns it to a page. The output functions lay the document
 * out themselves when needed; call this to learn the page count early.
 */
gboolean
ofc_a4_document_layout (OfcA4Document *self, GError **error)
{
  Cursor cursor = { self, NULL, 0, OFC_A4_MARGIN_PT };

  g_return_val_if_fail (OFC_IS_A4_DOCUMENT (self), FALSE);
  if (self->laid_out)
    return TRUE;
  cursor.context = _ofc_a4_context_new ();
  g_array_set_size (self->placements, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    place_block (&cursor, i);
  g_object_unref (cursor.context);
  self->n_pages = cursor.page + 1;
  self->laid_out = TRUE;
  return TRUE;
}

guint
ofc_a4_document_get_n_pages (OfcA4Document *self)
{
  g_return_val_if_fail (OFC_IS_A4_DOCUMENT (self), 0);
  if (!ofc_a4_document_layout (self, NULL))
    return 0;
  return self->n_pages;
}

/**
 * ofc_a4_document_draw_page:
 * @cr: a context in points with the page's top-left corner at the origin
 * @page: from 0
 *
 * Draws in black on what is there (fill the page white first on screen).
 */
void
ofc_a4_document_draw_page (OfcA4Document *self, cairo_t *cr, guint page)
{
  g_return_if_fail (OFC_IS_A4_DOCUMENT (self));
  if (!ofc_a4_document_layout (self, NULL) || page >= self->n_pages)
    return;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const OfcA4Placement *placement = &g_array_index (self->placements, OfcA4Placement, i);

      if (placement->page == page)
        _ofc_a4_draw_block (cr, self->font, g_ptr_array_index (self->blocks, placement->block),
                            placement);
    }
  if (self->n_pages > 1)
    _ofc_a4_draw_footer (cr, self->font, page, self->n_pages);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (OfcA4Document *self, cairo_surface_t *surface)
{
  g_autofree char *date = NULL;

  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Officina");
  if (self->date == NULL)
    return;
  date = g_date_time_format (self->date, "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/**
 * ofc_a4_document_to_pdf:
 *
 * Returns: (transfer full) (nullable): the PDF file's bytes
 */
GBytes *
ofc_a4_document_to_pdf (OfcA4Document *self, GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (OFC_IS_A4_DOCUMENT (self), NULL);
  if (!ofc_a4_document_layout (self, error))
    return NULL;
  surface =
      cairo_pdf_surface_create_for_stream (append_bytes, out, OFC_A4_WIDTH_PT, OFC_A4_HEIGHT_PT);
  set_metadata (self, surface);
  cr = cairo_create (surface);
  for (guint page = 0; page < self->n_pages; page++)
    {
      ofc_a4_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return g_byte_array_free_to_bytes (g_steal_pointer (&out));
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
               _ ("Cannot make the PDF document: %s"), cairo_status_to_string (status));
  return NULL;
}

/**
 * ofc_a4_document_render_page:
 * @dpi: the resolution, e.g. 96 for a screen
 *
 * Returns: (transfer full): the page on white, an ARGB32 image surface
 */
cairo_surface_t *
ofc_a4_document_render_page (OfcA4Document *self, guint page, double dpi)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (OFC_IS_A4_DOCUMENT (self), NULL);
  surface =
      cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (OFC_A4_WIDTH_PT * dpi / 72 + 0.5),
                                  (int) (OFC_A4_HEIGHT_PT * dpi / 72 + 0.5));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72, dpi / 72);
  ofc_a4_document_draw_page (self, cr, page);
  cairo_destroy (cr);
  return surface;
}
