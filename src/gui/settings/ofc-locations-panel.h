/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocationsPanel: the shop's counters and branches, each with its order-number series
 * and default order type; one is the default for new orders.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_LOCATIONS_PANEL (ofc_locations_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcLocationsPanel, ofc_locations_panel, OFC, LOCATIONS_PANEL,
                      OfcReferencePanel)

G_END_DECLS
