/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPicker: the client of an order, found by typing a phone number or part of a
 * name and picking from the matches, or created on the spot from a name and a phone
 * without leaving the form.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENT_PICKER (ofc_client_picker_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientPicker, ofc_client_picker, OFC, CLIENT_PICKER, AdwPreferencesGroup)

void           ofc_client_picker_set_store        (OfcClientPicker *self,
                                                   OfcClientStore  *store);
void           ofc_client_picker_set_client       (OfcClientPicker *self,
                                                   const OfcUuid   *id,
                                                   const char      *name,
                                                   const char      *phone);
const OfcUuid *ofc_client_picker_get_client_id    (OfcClientPicker *self);
gboolean       ofc_client_picker_is_creating      (OfcClientPicker *self);
gboolean       ofc_client_picker_resolve          (OfcClientPicker *self,
                                                   OfcUuid         *id,
                                                   GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget     *ofc_client_picker_get_field_widget (OfcClientPicker *self,
                                                   const char      *field);

G_END_DECLS
