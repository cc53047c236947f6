/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientHistory: who changed what in a client's card, and when, newest first.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_HISTORY (ofc_client_history_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientHistory, ofc_client_history, OFC, CLIENT_HISTORY, AdwBin)

gboolean ofc_client_history_load (OfcClientHistory *self,
                                  OfcDatabase      *database,
                                  const OfcUuid    *client_id,
                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
