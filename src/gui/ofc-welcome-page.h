/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWelcomePage: the first-start screen of an empty shop: load a demo shop or start empty.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_WELCOME_PAGE (ofc_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (OfcWelcomePage, ofc_welcome_page, OFC, WELCOME_PAGE, AdwBin)

GtkWidget *ofc_welcome_page_new       (OfcContext     *context);
gboolean   ofc_welcome_page_is_needed (OfcContext     *context);
void       ofc_welcome_page_load_demo (OfcWelcomePage *self);

G_END_DECLS
