/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcApplication: opens the database, builds the OfcContext and the main window, and owns
 * the application-wide actions (preferences, about, quit, choose database).
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_APPLICATION (ofc_application_get_type ())
G_DECLARE_FINAL_TYPE (OfcApplication, ofc_application, OFC, APPLICATION, AdwApplication)

OfcApplication *ofc_application_new           (void);
OfcContext     *ofc_application_get_context   (OfcApplication *self);
void            ofc_application_open_database (OfcApplication *self,
                                               const char     *path);

G_END_DECLS
