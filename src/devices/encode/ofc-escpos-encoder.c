/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * ESC/POS encoding. Text goes out in the selected code page; a line with a character the
 * page lacks goes out as a raster image of that line instead, so the receipt is always
 * complete. Styles are sent only when they change.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-escpos-encoder.h"
#include "render/ofc-receipt-raster.h"

#define ESC 0x1B
#define GS  0x1D
#define FS  0x1C
#define LF  0x0A

/* GS k function B payload limit (n is one byte, "{B" takes two) */
#define CODE128_MAX_DATA 253
/* GS ( k store: pL pH count the data plus "1 P 0" */
#define QR_MAX_DATA 7089
/* drawer pulse: on and off times in units of 2 ms, as python-escpos sends (100 ms each) */
#define DRAWER_PULSE 50

typedef struct
{
  GByteArray *out;
  const OfcEscposOptions *options;
  const OfcEscposProfile *profile;
  OfcPaperWidth paper;
  int bold, size, underline, align;
} Encoder;

/**
 * ofc_escpos_options_init:
 *
 * Fills @options with the defaults: Epson profile, CP866 with the profile's table number,
 * native QR, four lines fed before a cut.
 */
void
ofc_escpos_options_init (OfcEscposOptions *options)
{
  *options = (OfcEscposOptions){ 0 };
  options->profile = OFC_ESCPOS_DEFAULT_PROFILE;
  options->code_page = OFC_CODE_PAGE_CP866;
  options->table = -1;
  options->cut_feed_lines = 4;
}

static void
put (Encoder *encoder, guint n, ...)
{
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      guint8 byte = (guint8)va_arg (args, int);

      g_byte_array_append (encoder->out, &byte, 1);
    }
  va_end (args);
}

static void
put_data (Encoder *encoder, const void *data, gsize size)
{
  g_byte_array_append (encoder->out, data, size);
}

static void
set_align (Encoder *encoder, int align)
{
  if (encoder->align != align)
    put (encoder, 3, ESC, 'a', align);
  encoder->align = align;
}

static void
set_style (Encoder *encoder, OfcTextStyle style)
{
  int bold = (style & OFC_TEXT_BOLD) ? 1 : 0;
  int underline = (style & OFC_TEXT_UNDERLINE) ? 1 : 0;
  int size =
      ((style & OFC_TEXT_DOUBLE_WIDTH) ? 0x10 : 0) | ((style & OFC_TEXT_DOUBLE_HEIGHT) ? 1 : 0);

  if (encoder->bold != bold)
    put (encoder, 3, ESC, 'E', bold);
  if (encoder->underline != underline)
    put (encoder, 3, ESC, '-', underline);
  if (encoder->size != size)
    put (encoder, 3, GS, '!', size);
  encoder->bold = bold;
  encoder->underline = underline;
  encoder->size = size;
}

/* ESC @ resets the code table and, on Chinese firmware, turns double-byte mode back on:
 * FS . and the table selection must follow it every time */
static void
put_initialise (Encoder *encoder, int table)
{
  put (encoder, 4, ESC, '@', FS, '.');
  if (encoder->profile->star_table_command)
    put (encoder, 4, ESC, GS, 't', table);
  else
    put (encoder, 3, ESC, 't', table);
  encoder->bold = encoder->underline = encoder->size = encoder->align = 0;
}

static void
put_raster (Encoder *encoder, OfcBitmap *bitmap)
{
  guint stride = ofc_bitmap_get_stride (bitmap), height = ofc_bitmap_get_height (bitmap);

  /* images are placed by the renderer; a left alignment keeps printers from shifting them */
  set_align (encoder, 0);
  for (guint top = 0; top < height; top += OFC_ESCPOS_RASTER_SLICE_ROWS)
    {
      guint rows = MIN (OFC_ESCPOS_RASTER_SLICE_ROWS, height - top);

      put (encoder, 8, GS, 'v', '0', 0, stride & 0xFF, stride >> 8, rows & 0xFF, rows >> 8);
      put_data (encoder, ofc_bitmap_get_row (bitmap, top), (gsize)stride * rows);
    }
}

static void
put_text_line (Encoder *encoder, const OfcReceiptBlock *block, const char *line)
{
  OfcAlign align = block->kind == OFC_RECEIPT_BLOCK_TEXT ? block->align : OFC_ALIGN_LEFT;
  g_autoptr (GBytes) bytes = NULL;

  if (!encoder->options->raster_text)
    bytes = ofc_code_page_encode (encoder->options->code_page, line, NULL);
  if (bytes == NULL)
    {
      g_autoptr (OfcBitmap) image =
          ofc_receipt_raster_line (line, block->style, align, encoder->paper);

      put_raster (encoder, image);
      return;
    }
  set_align (encoder, align);
  set_style (encoder, block->style);
  put_data (encoder, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  put (encoder, 1, LF);
}

static void
put_lines (Encoder *encoder, const OfcReceiptBlock *block)
{
  g_auto (GStrv) lines = ofc_receipt_block_format_lines (block, encoder->paper);

  for (guint i = 0; lines[i] != NULL; i++)
    put_text_line (encoder, block, lines[i]);
}

static gboolean
put_code128 (Encoder *encoder, const OfcReceiptBlock *block, GError **error)
{
  gsize length = strlen (block->text);

  for (gsize i = 0; i < length; i++)
    if (block->text[i] < 0x20 || block->text[i] > 0x7E)
      length = 0;
  if (length == 0 || length > CODE128_MAX_DATA)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                   _ ("“%s” cannot be printed as a Code 128 barcode: use 1 to %d Latin letters, "
                      "digits or signs"),
                   block->text, CODE128_MAX_DATA);
      return FALSE;
    }
  set_align (encoder, 1);
  set_style (encoder, OFC_TEXT_PLAIN);
  put (encoder, 12, GS, 'h', block->height, GS, 'w', 2, GS, 'H', 2, GS, 'f', 0);
  put (encoder, 6, GS, 'k', 73, (int)length + 2, '{', 'B');
  put_data (encoder, block->text, length);
  put (encoder, 1, LF);
  return TRUE;
}

static void
put_qr_native (Encoder *encoder, const OfcReceiptBlock *block)
{
  gsize stored = strlen (block->text) + 3;

  set_align (encoder, 1);
  put (encoder, 9, GS, '(', 'k', 4, 0, '1', 'A', '2', 0);
  put (encoder, 8, GS, '(', 'k', 3, 0, '1', 'C', block->module);
  put (encoder, 8, GS, '(', 'k', 3, 0, '1', 'E', '1');
  put (encoder, 8, GS, '(', 'k', (int)(stored & 0xFF), (int)(stored >> 8), '1', 'P', '0');
  put_data (encoder, block->text, stored - 3);
  put (encoder, 8, GS, '(', 'k', 3, 0, '1', 'Q', '0');
  put (encoder, 1, LF);
}

static gboolean
put_raster_block (Encoder *encoder, const OfcReceiptBlock *block, GError **error)
{
  g_autoptr (OfcBitmap) image = ofc_receipt_raster_block (block, encoder->paper, error);

  if (image == NULL)
    return FALSE;
  put_raster (encoder, image);
  return TRUE;
}

static gboolean
put_qr (Encoder *encoder, const OfcReceiptBlock *block, GError **error)
{
  if (block->text[0] == '\0' || strlen (block->text) > QR_MAX_DATA)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                   _ ("A QR code needs 1 to %d bytes of data"), QR_MAX_DATA);
      return FALSE;
    }
  if (encoder->options->raster_qr || !encoder->profile->native_qr)
    return put_raster_block (encoder, block, error);
  put_qr_native (encoder, block);
  return TRUE;
}

static gboolean
put_block (Encoder *encoder, const OfcReceiptBlock *block, GError **error)
{
  switch (block->kind)
    {
      case OFC_RECEIPT_BLOCK_CODE128:
        return put_code128 (encoder, block, error);
      case OFC_RECEIPT_BLOCK_QR:
        return put_qr (encoder, block, error);
      case OFC_RECEIPT_BLOCK_IMAGE:
        return put_raster_block (encoder, block, error);
      case OFC_RECEIPT_BLOCK_FEED:
        put (encoder, 3, ESC, 'd', block->lines);
        return TRUE;
      case OFC_RECEIPT_BLOCK_CUT:
        put (encoder, 6, ESC, 'd', encoder->options->cut_feed_lines, GS, 'V',
             block->partial ? 1 : 0);
        return TRUE;
      case OFC_RECEIPT_BLOCK_DRAWER:
        put (encoder, 5, ESC, 'p', block->pin == 5 ? 1 : 0, DRAWER_PULSE, DRAWER_PULSE);
        return TRUE;
      default:
        put_lines (encoder, block);
        return TRUE;
    }
}

static int
select_table (const OfcEscposOptions *options, const OfcEscposProfile *profile, GError **error)
{
  int table = options->table >= 0 ? options->table
                                  : ofc_escpos_profile_get_table (profile, options->code_page);

  if (table < 0 || table > 255)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                 _ ("Printers of the “%s” profile have no %s code page; choose another code page "
                    "or enter the table number by hand"),
                 profile->id, ofc_code_page_get_name (options->code_page));
  return table;
}

/**
 * ofc_escpos_encode:
 * @options: (nullable): encoding options, %NULL for the defaults
 *
 * Encodes one job: initialise, cancel Chinese mode, select the code table, then every
 * block in order. The job does not end with a cut unless the document has one.
 *
 * Returns: (transfer full): the bytes, or %NULL when the profile is unknown or lacks the
 *   code page, or a barcode, QR or image cannot be printed
 */
GBytes *
ofc_escpos_encode (OfcReceiptDocument *document, const OfcEscposOptions *options, GError **error)
{
  OfcEscposOptions defaults;
  Encoder encoder = { 0 };
  int table;

  g_return_val_if_fail (OFC_IS_RECEIPT_DOCUMENT (document), NULL);
  ofc_escpos_options_init (&defaults);
  encoder.options = options != NULL ? options : &defaults;
  encoder.profile = ofc_escpos_profile_lookup (
      encoder.options->profile != NULL ? encoder.options->profile : OFC_ESCPOS_DEFAULT_PROFILE);
  encoder.paper = ofc_receipt_document_get_paper (document);
  if (encoder.profile == NULL)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                   _ ("Unknown ESC/POS printer profile “%s”"), encoder.options->profile);
      return NULL;
    }
  if ((table = select_table (encoder.options, encoder.profile, error)) < 0)
    return NULL;
  encoder.out = g_byte_array_new ();
  put_initialise (&encoder, table);
  for (guint i = 0; i < ofc_receipt_document_get_n_blocks (document); i++)
    if (!put_block (&encoder, ofc_receipt_document_get_block (document, i), error))
      {
        g_byte_array_unref (encoder.out);
        return NULL;
      }
  return g_byte_array_free_to_bytes (encoder.out);
}
