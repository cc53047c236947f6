/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientEditor: the modal window for creating or editing a client, with the client's
 * history beside the details.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_EDITOR (ofc_client_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientEditor, ofc_client_editor, OFC, CLIENT_EDITOR, AdwWindow)

OfcClientEditor *ofc_client_editor_new        (GtkWindow       *parent,
                                               OfcClientStore  *store,
                                               OfcClient       *client);
OfcClient       *ofc_client_editor_get_client (OfcClientEditor *self);
gboolean         ofc_client_editor_save       (OfcClientEditor *self);

G_END_DECLS
