/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Barcode and QR module matrices from zint and libqrencode, and their drawing.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <qrencode.h>
#include <string.h>
#include <zint.h>

#include "ofc-printer-error.h"
#include "ofc-symbols.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QRcode, QRcode_free)

typedef struct zint_symbol ZintSymbol;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZintSymbol, ZBarcode_Delete)

/* zint keeps each row bit-packed, least significant bit first (1152 modules in 144 bytes) */
static gboolean
zint_module_is_set (const struct zint_symbol *symbol, int row, int column)
{
  return (symbol->encoded_data[row][column / 8] >> (column % 8)) & 1;
}

/**
 * ofc_code128_encode:
 * @data: the payload, UTF-8; characters outside ISO 8859-1 are refused
 *
 * Returns: (transfer full): one row, one pixel per module, black = bar, no quiet zone
 */
OfcBitmap *
ofc_code128_encode (const char *data, GError **error)
{
  g_autoptr (ZintSymbol) symbol = ZBarcode_Create ();
  OfcBitmap *modules;
  int status;

  symbol->symbology = BARCODE_CODE128;
  symbol->input_mode = UNICODE_MODE;
  status = data[0] == '\0' ? ZINT_ERROR
                           : ZBarcode_Encode (symbol, (const unsigned char *) data, strlen (data));
  if (status >= ZINT_ERROR || symbol->rows < 1)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                   _ ("“%s” cannot be printed as a Code 128 barcode"), data);
      return NULL;
    }
  modules = ofc_bitmap_new (symbol->width, 1);
  for (int x = 0; x < symbol->width; x++)
    ofc_bitmap_set_pixel (modules, x, 0, zint_module_is_set (symbol, 0, x));
  return modules;
}

static gboolean
is_digits (const char *data, gsize length)
{
  return strlen (data) == length && strspn (data, "0123456789") == length;
}

/**
 * ofc_ean13_encode:
 * @data: 13 digits with a correct check digit, or 12 digits (the check digit is computed)
 *
 * Returns: (transfer full): one row, one pixel per module (95 modules), no quiet zone
 */
OfcBitmap *
ofc_ean13_encode (const char *data, GError **error)
{
  g_autoptr (ZintSymbol) symbol = ZBarcode_Create ();
  OfcBitmap *modules;
  int status = ZINT_ERROR;

  symbol->symbology = BARCODE_EANX;
  if (is_digits (data, 12) || is_digits (data, 13))
    status = ZBarcode_Encode (symbol, (const unsigned char *) data, strlen (data));
  if (status >= ZINT_ERROR || symbol->rows < 1)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                   _ ("“%s” is not an EAN-13 code"), data);
      return NULL;
    }
  modules = ofc_bitmap_new (symbol->width, 1);
  for (int x = 0; x < symbol->width; x++)
    ofc_bitmap_set_pixel (modules, x, 0, zint_module_is_set (symbol, symbol->rows - 1, x));
  return modules;
}

/**
 * ofc_qr_encode:
 * @data: the payload, sent as UTF-8 bytes (numeric and alphanumeric runs are packed)
 *
 * Uses error correction level M, which survives a worn thermal print.
 *
 * Returns: (transfer full): a square, one pixel per module, no quiet zone
 */
OfcBitmap *
ofc_qr_encode (const char *data, GError **error)
{
  g_autoptr (QRcode) code = NULL;
  OfcBitmap *modules;

  if (data[0] != '\0')
    code = QRcode_encodeString (data, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == NULL && data[0] == '\0')
    g_set_error_literal (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                         _ ("A QR code needs some data"));
  else if (code == NULL)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                 _ ("The data is too long for a QR code (%zu bytes)"), strlen (data));
  if (code == NULL)
    return NULL;
  modules = ofc_bitmap_new (code->width, code->width);
  for (int y = 0; y < code->width; y++)
    for (int x = 0; x < code->width; x++)
      ofc_bitmap_set_pixel (modules, x, y, code->data[y * code->width + x] & 1);
  return modules;
}

/**
 * ofc_symbol_scale:
 * @modules: from ofc_code128_encode() or ofc_qr_encode()
 * @module_width: dots per module horizontally (and vertically for a QR code)
 * @height: for a one-row barcode the bar height in dots; ignored for a square symbol
 *
 * Whole-dot scaling keeps every bar the same width, which thermal heads need for scanners
 * to read narrow barcodes.
 *
 * Returns: (transfer full): the symbol in dots
 */
OfcBitmap *
ofc_symbol_scale (OfcBitmap *modules, guint module_width, guint height)
{
  guint columns = ofc_bitmap_get_width (modules), rows = ofc_bitmap_get_height (modules);
  guint row_height = rows == 1 ? height : module_width;
  OfcBitmap *scaled = ofc_bitmap_new (columns * module_width, rows * row_height);

  for (guint y = 0; y < rows; y++)
    for (guint x = 0; x < columns; x++)
      if (ofc_bitmap_get_pixel (modules, x, y))
        ofc_bitmap_fill_rect (scaled, x * module_width, y * row_height, module_width, row_height,
                              TRUE);
  return scaled;
}

/**
 * ofc_symbol_draw:
 * @cr: where to draw, in its current units
 * @x: left edge of the first module
 * @y: top edge
 * @module_width: width (and, for square symbols, height) of one module
 * @height: bar height of a one-row barcode
 *
 * Fills the dark modules in the current source colour, without antialiasing so module
 * edges stay sharp when the units are device dots.
 */
void
ofc_symbol_draw (
    cairo_t *cr, OfcBitmap *modules, double x, double y, double module_width, double height)
{
  guint columns = ofc_bitmap_get_width (modules), rows = ofc_bitmap_get_height (modules);
  double row_height = rows == 1 ? height : module_width;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint row = 0; row < rows; row++)
    for (guint column = 0; column < columns; column++)
      if (ofc_bitmap_get_pixel (modules, column, row))
        cairo_rectangle (cr, x + column * module_width, y + row * row_height, module_width,
                         row_height);
  cairo_fill (cr);
  cairo_restore (cr);
}

/**
 * ofc_render_code128:
 * @module: narrow bar width in @cr units
 * @height: bar height in @cr units
 * @width_out: (out) (optional): the drawn width, without quiet zones
 *
 * Draws the bars with their top-left corner at (@x, @y). Leave
 * %OFC_CODE128_QUIET_MODULES of white on either side.
 */
gboolean
ofc_render_code128 (cairo_t *cr,
                    double x,
                    double y,
                    const char *data,
                    double module,
                    double height,
                    double *width_out,
                    GError **error)
{
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (data, error);

  if (modules == NULL)
    return FALSE;
  ofc_symbol_draw (cr, modules, x, y, module, height);
  if (width_out != NULL)
    *width_out = ofc_bitmap_get_width (modules) * module;
  return TRUE;
}

/**
 * ofc_render_qr:
 * @module: module size in @cr units
 * @size_out: (out) (optional): the drawn side length, without the quiet zone
 *
 * Draws the symbol with its top-left corner at (@x, @y). Leave %OFC_QR_QUIET_MODULES of
 * white around it.
 */
gboolean
ofc_render_qr (cairo_t *cr,
               double x,
               double y,
               const char *data,
               double module,
               double *size_out,
               GError **error)
{
  g_autoptr (OfcBitmap) modules = ofc_qr_encode (data, error);

  if (modules == NULL)
    return FALSE;
  ofc_symbol_draw (cr, modules, x, y, module, module);
  if (size_out != NULL)
    *size_out = ofc_bitmap_get_width (modules) * module;
  return TRUE;
}
