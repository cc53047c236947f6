/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderTypesPanel: the kinds of repair orders (paid, warranty and the shop's own);
 * removing one that orders use asks whether to archive it or move its orders.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_TYPES_PANEL (ofc_order_types_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderTypesPanel, ofc_order_types_panel, OFC, ORDER_TYPES_PANEL,
                      OfcReferencePanel)

G_END_DECLS
