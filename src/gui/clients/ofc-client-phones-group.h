/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhonesGroup: the phones of a client in the editor, one row each, and an
 * "Add Phone" row.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_PHONES_GROUP (ofc_client_phones_group_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientPhonesGroup, ofc_client_phones_group, OFC, CLIENT_PHONES_GROUP,
                      AdwPreferencesGroup)

void     ofc_client_phones_group_set_client   (OfcClientPhonesGroup *self,
                                               OfcClient            *client);
void     ofc_client_phones_group_add_phone    (OfcClientPhonesGroup *self);
gboolean ofc_client_phones_group_focus_invalid (OfcClientPhonesGroup *self);

G_END_DECLS
