/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSettingsPage: the shop's reference data, one panel per kind — locations, employees,
 * order types, device types with their presets, statuses, the price list and the intake
 * lists — chosen from the page's own sidebar.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_SETTINGS_PAGE (ofc_settings_page_get_type ())
G_DECLARE_FINAL_TYPE (OfcSettingsPage, ofc_settings_page, OFC, SETTINGS_PAGE, AdwBin)

/* clang-format off */
gboolean   ofc_settings_page_show_panel (OfcSettingsPage *self,
                                         const char      *name);
GtkWidget *ofc_settings_page_get_panel  (OfcSettingsPage *self,
                                         const char      *name);
/* clang-format on */

G_END_DECLS
