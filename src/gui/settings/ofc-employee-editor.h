/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployeeEditor: a member of staff: name, phone, roles, whether they still work here,
 * and the payroll rules (daily rate, share of works and of sales, amount per order).
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_EMPLOYEE_EDITOR (ofc_employee_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcEmployeeEditor, ofc_employee_editor, OFC, EMPLOYEE_EDITOR,
                      OfcReferenceEditor)

OfcReferenceEditor *ofc_employee_editor_new (OfcContext  *context,
                                             OfcEmployee *employee);

G_END_DECLS
