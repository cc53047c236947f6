/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcListsPanel: the lists the intake form completes from: malfunctions, appearance and
 * completeness phrases, brands and their models.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_LISTS_PANEL (ofc_lists_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcListsPanel, ofc_lists_panel, OFC, LISTS_PANEL, AdwBin)

G_END_DECLS
