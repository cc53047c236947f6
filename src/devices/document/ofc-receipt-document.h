/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReceiptDocument: a device-neutral receipt, an ordered list of typed blocks that every
 * receipt encoder (ESC/POS today, fiscal registers later) and the raster renderer read.
 *
 * Extending it: a new kind of content gets a new #OfcReceiptBlockKind and an add function;
 * encoders treat a kind they do not know through ofc_receipt_block_format_lines(), which
 * must then learn to print it as text. Fiscal requisites travel as %OFC_RECEIPT_BLOCK_FISCAL
 * blocks carrying the 54-FZ tag, so a fiscal driver can pick them by tag while a plain
 * printer prints them as "label … value" lines. Sale lines and payments are meant to become
 * their own kinds the same way, holding typed values (money, quantity, VAT rate) next to
 * their printed form.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib-object.h>

#include "document/ofc-bitmap.h"

G_BEGIN_DECLS

/**
 * OfcPaperWidth:
 * @OFC_PAPER_58MM: 58 mm roll, 384 dots, 32 characters of font A
 * @OFC_PAPER_80MM: 80 mm roll, 576 dots, 48 characters of font A
 */
typedef enum
{
  OFC_PAPER_58MM,
  OFC_PAPER_80MM,
} OfcPaperWidth;

typedef enum
{
  OFC_ALIGN_LEFT,
  OFC_ALIGN_CENTER,
  OFC_ALIGN_RIGHT,
} OfcAlign;

typedef enum /*< flags >*/
{
  OFC_TEXT_PLAIN = 0,
  OFC_TEXT_BOLD = 1 << 0,
  OFC_TEXT_DOUBLE_WIDTH = 1 << 1,
  OFC_TEXT_DOUBLE_HEIGHT = 1 << 2,
  OFC_TEXT_UNDERLINE = 1 << 3,
} OfcTextStyle;

/**
 * OfcReceiptBlockKind:
 * @OFC_RECEIPT_BLOCK_TEXT: a paragraph, wrapped at words; may contain newlines
 * @OFC_RECEIPT_BLOCK_SEPARATOR: a full-width line of one character
 * @OFC_RECEIPT_BLOCK_COLUMNS: "label … value" with the value flush right (totals, payments)
 * @OFC_RECEIPT_BLOCK_CODE128: a Code 128 barcode, centred
 * @OFC_RECEIPT_BLOCK_QR: a QR code, centred
 * @OFC_RECEIPT_BLOCK_IMAGE: an #OfcBitmap (a logo, or text in a script the printer lacks)
 * @OFC_RECEIPT_BLOCK_FEED: blank lines
 * @OFC_RECEIPT_BLOCK_CUT: cut the paper (after feeding it past the cutter)
 * @OFC_RECEIPT_BLOCK_DRAWER: open the cash drawer
 * @OFC_RECEIPT_BLOCK_FISCAL: a fiscal requisite: tag, printed label and value
 */
typedef enum
{
  OFC_RECEIPT_BLOCK_TEXT,
  OFC_RECEIPT_BLOCK_SEPARATOR,
  OFC_RECEIPT_BLOCK_COLUMNS,
  OFC_RECEIPT_BLOCK_CODE128,
  OFC_RECEIPT_BLOCK_QR,
  OFC_RECEIPT_BLOCK_IMAGE,
  OFC_RECEIPT_BLOCK_FEED,
  OFC_RECEIPT_BLOCK_CUT,
  OFC_RECEIPT_BLOCK_DRAWER,
  OFC_RECEIPT_BLOCK_FISCAL,
} OfcReceiptBlockKind;

/**
 * OfcReceiptBlock:
 * @kind: what the block is
 * @style: text style (text, columns and fiscal blocks)
 * @align: alignment (text and image blocks)
 * @text: the text; the left column; the barcode or QR payload; the fiscal label; for a
 *   separator the character to repeat
 * @value: the right column; the fiscal value
 * @tag: the fiscal requisite tag (e.g. 1021 cashier, 1187 place), 0 when none
 * @lines: feed: the number of lines
 * @height: Code 128: the bar height in dots
 * @module: QR: the module size in dots
 * @partial: cut: a partial cut (leaves a hinge)
 * @pin: drawer: the connector pin, 2 or 5
 * @image: (nullable): the image of an image block
 *
 * Blocks are read-only once added; text is valid UTF-8 without control characters other
 * than newlines in paragraphs, so no encoder can be made to emit stray commands.
 */
typedef struct
{
  OfcReceiptBlockKind kind;
  OfcTextStyle style;
  OfcAlign align;
  char *text;
  char *value;
  guint tag;
  guint lines;
  guint height;
  guint module;
  gboolean partial;
  guint pin;
  OfcBitmap *image;
} OfcReceiptBlock;

#define OFC_RECEIPT_DEFAULT_BARCODE_HEIGHT 80
#define OFC_RECEIPT_DEFAULT_QR_MODULE      6

guint ofc_paper_width_get_dots (OfcPaperWidth paper);
guint ofc_paper_width_get_columns (OfcPaperWidth paper);

#define OFC_TYPE_RECEIPT_DOCUMENT (ofc_receipt_document_get_type ())
G_DECLARE_FINAL_TYPE (OfcReceiptDocument, ofc_receipt_document, OFC, RECEIPT_DOCUMENT, GObject)

OfcReceiptDocument *ofc_receipt_document_new (OfcPaperWidth paper);
OfcPaperWidth ofc_receipt_document_get_paper (OfcReceiptDocument *self);
guint ofc_receipt_document_get_n_blocks (OfcReceiptDocument *self);
const OfcReceiptBlock *ofc_receipt_document_get_block (OfcReceiptDocument *self, guint index);

void ofc_receipt_document_add_text (OfcReceiptDocument *self,
                                    const char *text,
                                    OfcTextStyle style,
                                    OfcAlign align);
void ofc_receipt_document_add_separator (OfcReceiptDocument *self, char character);
void ofc_receipt_document_add_columns (OfcReceiptDocument *self,
                                       const char *label,
                                       const char *value,
                                       OfcTextStyle style);
void ofc_receipt_document_add_code128 (OfcReceiptDocument *self, const char *data, guint height);
void ofc_receipt_document_add_qr (OfcReceiptDocument *self, const char *data, guint module);
void ofc_receipt_document_add_image (OfcReceiptDocument *self, OfcBitmap *image, OfcAlign align);
void ofc_receipt_document_add_feed (OfcReceiptDocument *self, guint lines);
void ofc_receipt_document_add_cut (OfcReceiptDocument *self, gboolean partial);
void ofc_receipt_document_add_drawer_kick (OfcReceiptDocument *self, guint pin);
void ofc_receipt_document_add_fiscal (OfcReceiptDocument *self,
                                      guint tag,
                                      const char *label,
                                      const char *value);

guint ofc_receipt_block_get_columns (const OfcReceiptBlock *block, OfcPaperWidth paper);
char **ofc_receipt_block_format_lines (const OfcReceiptBlock *block, OfcPaperWidth paper);

G_END_DECLS
