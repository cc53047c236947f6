/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintTemplate: what a printed document shows, editable by the shop: which fields, in
 * which order and size, the barcode, the shop's header and footer text, the font. One
 * template per document kind and size ("58x40", "40x30", "62" for continuous tape, "80mm",
 * "58mm", "a4"); without a stored one the built-in default applies, so every document
 * prints before anyone edits anything.
 *
 * Field sizes depend on the paper: on labels the text height in millimetres, on receipt
 * paper 1 (normal) or 2 (double height), on A4 the font size in points. "lines" is how many
 * lines a field may wrap to; a field that does not fit its lines is made smaller, then
 * shortened with "…". The order number is never shortened: when it cannot fit, the label
 * is refused with a message saying so.
 *
 * A template editor works on a copy (ofc_print_template_copy()), previews it with the
 * print layer's render functions, then saves it with ofc_print_template_save().
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "printing/ofc-print-types.h"

G_BEGIN_DECLS

/**
 * OfcPrintSymbology:
 * @OFC_PRINT_SYMBOLOGY_NONE: no barcode
 * @OFC_PRINT_SYMBOLOGY_CODE128: a Code 128 barcode
 * @OFC_PRINT_SYMBOLOGY_QR: a QR code
 * @OFC_PRINT_SYMBOLOGY_BOTH: Code 128 and a QR code
 * @OFC_PRINT_SYMBOLOGY_EAN13: an EAN-13 barcode (discount cards; codes that are not valid
 *   EAN-13 fall back to Code 128)
 */
typedef enum
{
  OFC_PRINT_SYMBOLOGY_NONE,
  OFC_PRINT_SYMBOLOGY_CODE128,
  OFC_PRINT_SYMBOLOGY_QR,
  OFC_PRINT_SYMBOLOGY_BOTH,
  OFC_PRINT_SYMBOLOGY_EAN13,
} OfcPrintSymbology;

/**
 * OfcPrintField:
 * @id: the field, e.g. "client-name" (see ofc_print_template_list_fields())
 * @visible: printed or not
 * @size: label text height in mm; receipt 1 or 2; A4 points
 * @bold: printed in bold
 * @lines: the lines the field may wrap to, 1 to 5
 */
typedef struct
{
  char *id;
  gboolean visible;
  double size;
  gboolean bold;
  guint lines;
} OfcPrintField;

/**
 * OfcPrintFieldInfo:
 * @id: the field's stable id
 * @label: its translated name, for an editor and for "Label: value" rows
 */
typedef struct
{
  const char *id;
  const char *label;
} OfcPrintFieldInfo;

#define OFC_PRINT_TEMPLATE_SIZE_A4 "a4"

#define OFC_TYPE_PRINT_TEMPLATE (ofc_print_template_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintTemplate, ofc_print_template, OFC, PRINT_TEMPLATE, GObject)

OfcPrintTemplate *ofc_print_template_new_default (OfcPrintJobKind kind, const char *size);
OfcPrintTemplate *ofc_print_template_copy (OfcPrintTemplate *self);

OfcPrintJobKind ofc_print_template_get_kind (OfcPrintTemplate *self);
const char *ofc_print_template_get_size (OfcPrintTemplate *self);
gboolean ofc_print_template_is_stored (OfcPrintTemplate *self);
const char *ofc_print_template_get_header (OfcPrintTemplate *self);
void ofc_print_template_set_header (OfcPrintTemplate *self, const char *header);
const char *ofc_print_template_get_footer (OfcPrintTemplate *self);
void ofc_print_template_set_footer (OfcPrintTemplate *self, const char *footer);
const char *ofc_print_template_get_font (OfcPrintTemplate *self);
void ofc_print_template_set_font (OfcPrintTemplate *self, const char *font);
OfcPrintSymbology ofc_print_template_get_symbology (OfcPrintTemplate *self);
void ofc_print_template_set_symbology (OfcPrintTemplate *self, OfcPrintSymbology symbology);

guint ofc_print_template_get_n_fields (OfcPrintTemplate *self);
const OfcPrintField *ofc_print_template_get_field (OfcPrintTemplate *self, guint index);
const OfcPrintField *ofc_print_template_find_field (OfcPrintTemplate *self, const char *id);
gboolean ofc_print_template_set_field (OfcPrintTemplate *self,
                                       const char *id,
                                       gboolean visible,
                                       double size,
                                       gboolean bold,
                                       guint lines);
gboolean ofc_print_template_move_field (OfcPrintTemplate *self, const char *id, guint position);

const OfcPrintFieldInfo *ofc_print_template_list_fields (OfcPrintJobKind kind, guint *n_fields);
const char *ofc_print_template_get_field_label (OfcPrintJobKind kind, const char *id);
const char *const *ofc_print_template_list_sizes (OfcPrintJobKind kind);

char *ofc_print_template_to_text (OfcPrintTemplate *self);
gboolean ofc_print_template_set_fields_from_text (OfcPrintTemplate *self,
                                                  const char *text,
                                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;

OfcPrintTemplate *ofc_print_template_load (OfcContext *context,
                                           OfcPrintJobKind kind,
                                           const char *size,
                                           GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_template_save (OfcContext *context,
                                  OfcPrintTemplate *template_,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_template_reset (OfcContext *context,
                                   OfcPrintJobKind kind,
                                   const char *size,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
