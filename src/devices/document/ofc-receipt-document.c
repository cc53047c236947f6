/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReceiptDocument: the block list, text sanitising, and the line layout shared by the
 * ESC/POS encoder and the raster renderer so both wrap a receipt the same way.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <string.h>

#include "ofc-devices-private.h"
#include "ofc-receipt-document.h"

struct _OfcReceiptDocument
{
  GObject parent_instance;

  OfcPaperWidth paper;
  GPtrArray *blocks;
};

G_DEFINE_FINAL_TYPE (OfcReceiptDocument, ofc_receipt_document, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  OfcReceiptBlock *block = data;

  g_free (block->text);
  g_free (block->value);
  g_clear_object (&block->image);
  g_free (block);
}

static void
ofc_receipt_document_finalize (GObject *object)
{
  OfcReceiptDocument *self = OFC_RECEIPT_DOCUMENT (object);

  g_ptr_array_unref (self->blocks);
  G_OBJECT_CLASS (ofc_receipt_document_parent_class)->finalize (object);
}

static void
ofc_receipt_document_class_init (OfcReceiptDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_receipt_document_finalize;
}

static void
ofc_receipt_document_init (OfcReceiptDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/**
 * ofc_paper_width_get_dots:
 *
 * Returns: the printable width in dots at 203 dpi: 384 or 576
 */
guint
ofc_paper_width_get_dots (OfcPaperWidth paper)
{
  return paper == OFC_PAPER_80MM ? 576 : 384;
}

/**
 * ofc_paper_width_get_columns:
 *
 * Returns: characters per line of the 12 × 24 font A: 32 or 48
 */
guint
ofc_paper_width_get_columns (OfcPaperWidth paper)
{
  return paper == OFC_PAPER_80MM ? 48 : 32;
}

/**
 * ofc_receipt_document_new:
 *
 * Returns: (transfer full): an empty receipt for @paper
 */
OfcReceiptDocument *
ofc_receipt_document_new (OfcPaperWidth paper)
{
  OfcReceiptDocument *self = g_object_new (OFC_TYPE_RECEIPT_DOCUMENT, NULL);

  self->paper = paper;
  return self;
}

OfcPaperWidth
ofc_receipt_document_get_paper (OfcReceiptDocument *self)
{
  g_return_val_if_fail (OFC_IS_RECEIPT_DOCUMENT (self), OFC_PAPER_58MM);
  return self->paper;
}

guint
ofc_receipt_document_get_n_blocks (OfcReceiptDocument *self)
{
  g_return_val_if_fail (OFC_IS_RECEIPT_DOCUMENT (self), 0);
  return self->blocks->len;
}

/**
 * ofc_receipt_document_get_block:
 *
 * Returns: (transfer none): the block at @index, owned by @self
 */
const OfcReceiptBlock *
ofc_receipt_document_get_block (OfcReceiptDocument *self, guint index)
{
  g_return_val_if_fail (OFC_IS_RECEIPT_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}

static OfcReceiptBlock *
append_block (OfcReceiptDocument *self, OfcReceiptBlockKind kind)
{
  OfcReceiptBlock *block = g_new0 (OfcReceiptBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
ofc_receipt_document_add_text (OfcReceiptDocument *self,
                               const char *text,
                               OfcTextStyle style,
                               OfcAlign align)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_TEXT);
  block->text = ofc_device_text_sanitize (text, TRUE);
  block->style = style;
  block->align = align;
}

/**
 * ofc_receipt_document_add_separator:
 * @character: a printable ASCII character, usually '-' or '='
 */
void
ofc_receipt_document_add_separator (OfcReceiptDocument *self, char character)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_SEPARATOR);
  block->text = g_strnfill (1, g_ascii_isgraph (character) ? character : '-');
}

void
ofc_receipt_document_add_columns (OfcReceiptDocument *self,
                                  const char *label,
                                  const char *value,
                                  OfcTextStyle style)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_COLUMNS);
  block->text = ofc_device_text_sanitize (label, FALSE);
  block->value = ofc_device_text_sanitize (value, FALSE);
  block->style = style;
}

/**
 * ofc_receipt_document_add_code128:
 * @data: the payload; ESC/POS prints it natively with code set B, so printable ASCII only
 * @height: bar height in dots, 0 for %OFC_RECEIPT_DEFAULT_BARCODE_HEIGHT
 */
void
ofc_receipt_document_add_code128 (OfcReceiptDocument *self, const char *data, guint height)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_CODE128);
  block->text = g_strdup (data != NULL ? data : "");
  block->height = height > 0 ? MIN (height, 255) : OFC_RECEIPT_DEFAULT_BARCODE_HEIGHT;
  block->align = OFC_ALIGN_CENTER;
}

/**
 * ofc_receipt_document_add_qr:
 * @data: the payload (a URL, the fiscal 1196 string…), encoded as UTF-8 bytes
 * @module: module size in dots (1–16), 0 for %OFC_RECEIPT_DEFAULT_QR_MODULE
 */
void
ofc_receipt_document_add_qr (OfcReceiptDocument *self, const char *data, guint module)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_QR);
  block->text = g_strdup (data != NULL ? data : "");
  block->module = module > 0 ? CLAMP (module, 1, 16) : OFC_RECEIPT_DEFAULT_QR_MODULE;
  block->align = OFC_ALIGN_CENTER;
}

void
ofc_receipt_document_add_image (OfcReceiptDocument *self, OfcBitmap *image, OfcAlign align)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  g_return_if_fail (OFC_IS_BITMAP (image));
  block = append_block (self, OFC_RECEIPT_BLOCK_IMAGE);
  block->image = g_object_ref (image);
  block->align = align;
}

void
ofc_receipt_document_add_feed (OfcReceiptDocument *self, guint lines)
{
  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  append_block (self, OFC_RECEIPT_BLOCK_FEED)->lines = MIN (lines, 255);
}

void
ofc_receipt_document_add_cut (OfcReceiptDocument *self, gboolean partial)
{
  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  append_block (self, OFC_RECEIPT_BLOCK_CUT)->partial = partial;
}

/**
 * ofc_receipt_document_add_drawer_kick:
 * @pin: 2 or 5, the drawer connector pin the drawer is wired to (2 is the usual one)
 */
void
ofc_receipt_document_add_drawer_kick (OfcReceiptDocument *self, guint pin)
{
  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  append_block (self, OFC_RECEIPT_BLOCK_DRAWER)->pin = pin == 5 ? 5 : 2;
}

/**
 * ofc_receipt_document_add_fiscal:
 * @tag: the requisite's tag number in the fiscal data format (54-FZ, FFD), 0 if none
 * @label: the printed name, e.g. "Кассир"
 * @value: the printed value
 */
void
ofc_receipt_document_add_fiscal (OfcReceiptDocument *self,
                                 guint tag,
                                 const char *label,
                                 const char *value)
{
  OfcReceiptBlock *block;

  g_return_if_fail (OFC_IS_RECEIPT_DOCUMENT (self));
  block = append_block (self, OFC_RECEIPT_BLOCK_FISCAL);
  block->tag = tag;
  block->text = ofc_device_text_sanitize (label, FALSE);
  block->value = ofc_device_text_sanitize (value, FALSE);
}

/**
 * ofc_receipt_block_get_columns:
 *
 * Returns: characters per line for @block's style on @paper (half with double width)
 */
guint
ofc_receipt_block_get_columns (const OfcReceiptBlock *block, OfcPaperWidth paper)
{
  guint columns = ofc_paper_width_get_columns (paper);

  return (block->style & OFC_TEXT_DOUBLE_WIDTH) ? columns / 2 : columns;
}

static guint
ulen (const char *text)
{
  return g_utf8_strlen (text, -1);
}

/* the first @n characters of @text */
static char *
uprefix (const char *text, guint n)
{
  return g_strndup (text, g_utf8_offset_to_pointer (text, n) - text);
}

static void
push_long_word (GPtrArray *out, GString *line, const char *word, guint width)
{
  while (ulen (word) > width)
    {
      g_ptr_array_add (out, uprefix (word, width));
      word = g_utf8_offset_to_pointer (word, width);
    }
  g_string_assign (line, word);
}

static void
wrap_paragraph (GPtrArray *out, const char *paragraph, guint width)
{
  g_auto (GStrv) words = g_strsplit (paragraph, " ", -1);
  g_autoptr (GString) line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (line->len > 0 && ulen (line->str) + 1 + ulen (words[i]) <= width)
        {
          g_string_append_c (line, ' ');
          g_string_append (line, words[i]);
          continue;
        }
      if (line->len > 0)
        g_ptr_array_add (out, g_strdup (line->str));
      push_long_word (out, line, words[i], width);
    }
  g_ptr_array_add (out, g_strdup (line->str));
}

static void
wrap_text (GPtrArray *out, const char *text, guint width)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    wrap_paragraph (out, paragraphs[i], MAX (width, 1));
}

static char *
pad_between (const char *left, const char *right, guint width)
{
  guint used = ulen (left) + ulen (right);
  g_autofree char *spaces = g_strnfill (used < width ? width - used : 1, ' ');

  return g_strconcat (left, spaces, right, NULL);
}

/* "label … value": the value stays flush right on the label's last line; a label too long
 * for that wraps in the space left of the value, or above it when the value is very wide */
static void
format_columns (GPtrArray *out, const char *left, const char *right, guint width)
{
  guint right_len = ulen (right);
  char *last;

  if (ulen (left) + 1 + right_len <= width)
    {
      g_ptr_array_add (out, pad_between (left, right, width));
      return;
    }
  if (right_len + 1 >= width / 2)
    {
      g_autofree char *spaces = g_strnfill (right_len < width ? width - right_len : 0, ' ');

      wrap_text (out, left, width);
      g_ptr_array_add (out, g_strconcat (spaces, right, NULL));
      return;
    }
  wrap_text (out, left, width - right_len - 1);
  last = g_ptr_array_index (out, out->len - 1);
  out->pdata[out->len - 1] = pad_between (last, right, width);
  g_free (last);
}

/**
 * ofc_receipt_block_format_lines:
 * @block: a text, separator, columns or fiscal block
 * @paper: the paper it prints on
 *
 * Lays @block out as lines of at most ofc_receipt_block_get_columns() characters. Text
 * lines are not padded for alignment (the printer aligns them); column lines are padded.
 *
 * Returns: (transfer full): the lines, empty for blocks that are not text
 */
char **
ofc_receipt_block_format_lines (const OfcReceiptBlock *block, OfcPaperWidth paper)
{
  GPtrArray *out = g_ptr_array_new ();
  guint width = ofc_receipt_block_get_columns (block, paper);

  switch (block->kind)
    {
      case OFC_RECEIPT_BLOCK_TEXT:
        wrap_text (out, block->text, width);
        break;
      case OFC_RECEIPT_BLOCK_SEPARATOR:
        g_ptr_array_add (out, g_strnfill (width, block->text[0]));
        break;
      case OFC_RECEIPT_BLOCK_COLUMNS:
      case OFC_RECEIPT_BLOCK_FISCAL:
        format_columns (out, block->text, block->value, width);
        break;
      default:
        break;
    }
  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (out, FALSE);
}
