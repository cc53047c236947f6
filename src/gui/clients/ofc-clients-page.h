/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientsPage: the client book: search, the list of clients, and the way into the
 * client editor.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_CLIENTS_PAGE (ofc_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientsPage, ofc_clients_page, OFC, CLIENTS_PAGE, AdwBin)

OfcClientStore *ofc_clients_page_get_store (OfcClientsPage *self);
OfcClientList  *ofc_clients_page_get_list  (OfcClientsPage *self);

G_END_DECLS
