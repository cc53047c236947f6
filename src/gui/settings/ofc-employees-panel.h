/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployeesPanel: the staff, with their roles and payroll rules; people who left are
 * made inactive rather than deleted, and listed on request.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_EMPLOYEES_PANEL (ofc_employees_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcEmployeesPanel, ofc_employees_panel, OFC, EMPLOYEES_PANEL,
                      OfcReferencePanel)

G_END_DECLS
