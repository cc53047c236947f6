/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhoneRow: one phone of a client in the editor: the number, an optional label
 * ("mobile", "work") and a button to remove it.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_PHONE_ROW (ofc_client_phone_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientPhoneRow, ofc_client_phone_row, OFC, CLIENT_PHONE_ROW, AdwEntryRow)

GtkWidget      *ofc_client_phone_row_new       (OfcClientPhone    *phone);
OfcClientPhone *ofc_client_phone_row_get_phone (OfcClientPhoneRow *self);

G_END_DECLS
