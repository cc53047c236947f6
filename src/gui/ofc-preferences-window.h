/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPreferencesWindow: database location and backups, stored with GSettings.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

#include "ofc-application.h"

G_BEGIN_DECLS

#define OFC_TYPE_PREFERENCES_WINDOW (ofc_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OfcPreferencesWindow, ofc_preferences_window, OFC, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

OfcPreferencesWindow *ofc_preferences_window_new  (OfcApplication       *application,
                                                   OfcContext           *context);
void                  ofc_preferences_window_back_up (OfcPreferencesWindow *self);

G_END_DECLS
