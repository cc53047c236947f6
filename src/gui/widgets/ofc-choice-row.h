/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcChoiceRow: a combo row choosing one record (an employee, an order type, a location)
 * by its id, with a first choice meaning "none" or "any".
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CHOICE_ROW (ofc_choice_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcChoiceRow, ofc_choice_row, OFC, CHOICE_ROW, AdwComboRow)

void           ofc_choice_row_clear   (OfcChoiceRow  *self,
                                       const char    *none_label);
void           ofc_choice_row_fill    (OfcChoiceRow  *self,
                                       const char    *none_label,
                                       GListModel    *records);
void           ofc_choice_row_add     (OfcChoiceRow  *self,
                                       const OfcUuid *id,
                                       const char    *name);
const OfcUuid *ofc_choice_row_get_id  (OfcChoiceRow  *self);
void           ofc_choice_row_set_id  (OfcChoiceRow  *self,
                                       const OfcUuid *id,
                                       const char    *name);
gboolean       ofc_choice_row_is_none (OfcChoiceRow  *self);

G_END_DECLS
