/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcServicesPanel: the price list of works: name, category, price and warranty, with a
 * quick search by name or category.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_SERVICES_PANEL (ofc_services_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcServicesPanel, ofc_services_panel, OFC, SERVICES_PANEL, OfcReferencePanel)

G_END_DECLS
