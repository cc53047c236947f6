/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplateFieldRow: one field of a print template in the template editor: printed or
 * not, its size and weight, and buttons to move it up or down the document.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

/**
 * OfcFieldSizeUnit:
 * @OFC_FIELD_SIZE_MM: label text height in millimetres
 * @OFC_FIELD_SIZE_RECEIPT: receipt paper, 1 (normal) or 2 (double height)
 * @OFC_FIELD_SIZE_POINTS: A4, font size in points
 */
typedef enum
{
  OFC_FIELD_SIZE_MM,
  OFC_FIELD_SIZE_RECEIPT,
  OFC_FIELD_SIZE_POINTS,
} OfcFieldSizeUnit;

#define OFC_TYPE_TEMPLATE_FIELD_ROW (ofc_template_field_row_get_type ())
G_DECLARE_FINAL_TYPE (
    OfcTemplateFieldRow, ofc_template_field_row, OFC, TEMPLATE_FIELD_ROW, AdwActionRow)

OfcTemplateFieldRow *
ofc_template_field_row_new (const char *title, const OfcPrintField *field, OfcFieldSizeUnit unit);
const char *ofc_template_field_row_get_id (OfcTemplateFieldRow *self);
gboolean ofc_template_field_row_get_visible_field (OfcTemplateFieldRow *self);
double ofc_template_field_row_get_size (OfcTemplateFieldRow *self);
gboolean ofc_template_field_row_get_bold (OfcTemplateFieldRow *self);
void ofc_template_field_row_set_movable (OfcTemplateFieldRow *self, gboolean up, gboolean down);
void ofc_template_field_row_focus_move (OfcTemplateFieldRow *self, int direction);

G_END_DECLS
