/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLabelDocument: what a label printer is sent, independent of its language: the media,
 * one rendered 1-bit image of the whole label, and optionally elements the printer draws
 * itself (text, Code 128, QR) for languages that have them.
 *
 * Labels are normally built with #OfcLabelLayout, which renders boxes at millimetre
 * positions into this document. Positions here are device dots at the media's resolution.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib-object.h>

#include "document/ofc-bitmap.h"

G_BEGIN_DECLS

/**
 * OfcMediaKind:
 * @OFC_MEDIA_GAP: die-cut labels separated by a gap the printer senses
 * @OFC_MEDIA_CONTINUOUS: an endless roll; the label is as long as its content
 * @OFC_MEDIA_BLACK_MARK: labels marked by a black line on the back
 */
typedef enum
{
  OFC_MEDIA_GAP,
  OFC_MEDIA_CONTINUOUS,
  OFC_MEDIA_BLACK_MARK,
} OfcMediaKind;

/**
 * OfcLabelPreset:
 * @OFC_LABEL_58X40: 58 × 40 mm die-cut, 2 mm gap (the usual repair-order sticker)
 * @OFC_LABEL_40X30: 40 × 30 mm die-cut, 2 mm gap
 * @OFC_LABEL_62_CONTINUOUS: Brother 62 mm endless tape (696 printable dots at 300 dpi);
 *   set @height_mm for a fixed label length, e.g. 40 mm for a sticker
 */
typedef enum
{
  OFC_LABEL_58X40,
  OFC_LABEL_40X30,
  OFC_LABEL_62_CONTINUOUS,
} OfcLabelPreset;

/**
 * OfcLabelMedia:
 * @kind: how labels are separated
 * @width_mm: the width of the stock
 * @height_mm: the label length; for continuous stock the default length (0 = from content)
 * @gap_mm: the gap or black-mark height
 * @printable_width_mm: the printable width when narrower than the stock, else 0
 * @dpi: the printer's resolution, 203 or 300 (600 works where the language allows)
 */
typedef struct
{
  OfcMediaKind kind;
  double width_mm;
  double height_mm;
  double gap_mm;
  double printable_width_mm;
  guint dpi;
} OfcLabelMedia;

void ofc_label_media_init_preset (OfcLabelMedia *media, OfcLabelPreset preset, guint dpi);
void ofc_label_media_init_custom (
    OfcLabelMedia *media, double width_mm, double height_mm, double gap_mm, guint dpi);
gboolean ofc_label_media_validate (const OfcLabelMedia *media,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
guint ofc_label_media_mm_to_dots (const OfcLabelMedia *media, double mm);
guint ofc_label_media_get_width_dots (const OfcLabelMedia *media);
guint ofc_label_media_get_height_dots (const OfcLabelMedia *media);

/**
 * OfcLabelNativeKind:
 * @OFC_LABEL_NATIVE_TEXT: one line of text in the printer's font
 * @OFC_LABEL_NATIVE_CODE128: a Code 128 barcode without human-readable text
 * @OFC_LABEL_NATIVE_QR: a QR code, error correction M
 */
typedef enum
{
  OFC_LABEL_NATIVE_TEXT = 1 << 0,
  OFC_LABEL_NATIVE_CODE128 = 1 << 1,
  OFC_LABEL_NATIVE_QR = 1 << 2,
} OfcLabelNativeKind;

/**
 * OfcLabelNative:
 * @kind: the element
 * @x: left edge in dots
 * @y: top edge in dots
 * @height: text: character height in dots; Code 128: bar height in dots
 * @module: barcode narrow bar or QR module size in dots
 * @data: the text or payload, UTF-8
 */
typedef struct
{
  OfcLabelNativeKind kind;
  guint x;
  guint y;
  guint height;
  guint module;
  char *data;
} OfcLabelNative;

#define OFC_TYPE_LABEL_DOCUMENT (ofc_label_document_get_type ())
G_DECLARE_FINAL_TYPE (OfcLabelDocument, ofc_label_document, OFC, LABEL_DOCUMENT, GObject)

OfcLabelDocument *ofc_label_document_new (const OfcLabelMedia *media, OfcBitmap *bitmap);
const OfcLabelMedia *ofc_label_document_get_media (OfcLabelDocument *self);
OfcBitmap *ofc_label_document_get_bitmap (OfcLabelDocument *self);
guint ofc_label_document_get_copies (OfcLabelDocument *self);
void ofc_label_document_set_copies (OfcLabelDocument *self, guint copies);
void ofc_label_document_add_native (OfcLabelDocument *self, const OfcLabelNative *element);
guint ofc_label_document_get_n_native (OfcLabelDocument *self);
const OfcLabelNative *ofc_label_document_get_native (OfcLabelDocument *self, guint index);

G_END_DECLS
