/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusesPanel: the order status chain: each status with its colour, group, time norm
 * and where an order may go next, in the order the chain runs (Alt+Up and Alt+Down move
 * the focused one), with the main path drawn above them.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_STATUSES_PANEL (ofc_statuses_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcStatusesPanel, ofc_statuses_panel, OFC, STATUSES_PANEL, OfcReferencePanel)

G_END_DECLS
