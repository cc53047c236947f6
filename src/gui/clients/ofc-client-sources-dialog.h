/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientSourcesDialog: the shop's answers to "how did you hear about us": add, rename,
 * archive and restore them.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_SOURCES_DIALOG (ofc_client_sources_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientSourcesDialog, ofc_client_sources_dialog, OFC, CLIENT_SOURCES_DIALOG,
                      AdwWindow)

OfcClientSourcesDialog *ofc_client_sources_dialog_new (GtkWindow      *parent,
                                                       OfcClientStore *store);

G_END_DECLS
