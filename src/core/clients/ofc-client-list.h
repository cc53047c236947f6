/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientList: a GListModel of #OfcClient over a query of the client book, for a
 * GtkColumnView or GtkListView over hundreds of thousands of clients.
 *
 * The list holds only row ids; items are read from the database when a view asks for
 * them, a page at a time, and only a few pages are kept. Sort with
 * ofc_client_list_set_sort(), not with a GtkSortListModel (which would read every row).
 *
 * Without search text the list holds every client in the chosen order. With search text
 * sorted newest first (the default), matches load in batches: #OfcClientList:has-more
 * tells a view to offer "show more" (or call ofc_client_list_load_more() when scrolled
 * to the end); with another order every match is loaded and sorted at once.
 *
 * The list refreshes itself when the context emits "changed::client": rows that moved,
 * appeared or disappeared are reported as one items-changed range, and rows whose client
 * was edited in place as single-row changes, so a view keeps its scroll position and
 * selection.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "clients/ofc-client-store.h"

G_BEGIN_DECLS

/* clang-format off */

/**
 * OfcClientSortKey:
 * @OFC_CLIENT_SORT_NAME: by name, case-insensitively
 * @OFC_CLIENT_SORT_CREATED: by creation time
 * @OFC_CLIENT_SORT_UPDATED: by the time of the last change
 */
typedef enum
{
  OFC_CLIENT_SORT_NAME,
  OFC_CLIENT_SORT_CREATED,
  OFC_CLIENT_SORT_UPDATED,
} OfcClientSortKey;

#define OFC_CLIENT_LIST_BATCH 200

#define OFC_TYPE_CLIENT_SORT_KEY (ofc_client_sort_key_get_type ())
GType ofc_client_sort_key_get_type (void);

#define OFC_TYPE_CLIENT_LIST (ofc_client_list_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientList, ofc_client_list, OFC, CLIENT_LIST, GObject)

OfcClientList    *ofc_client_list_new                  (OfcClientStore    *store);
OfcClientList    *ofc_client_list_new_for_view        (OfcClientStore   *store);
OfcClientStore   *ofc_client_list_get_store            (OfcClientList     *self);
gboolean          ofc_client_list_set_query            (OfcClientList     *self,
                                                        const char        *text,
                                                        gboolean           include_archived,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
const char       *ofc_client_list_get_text             (OfcClientList     *self);
gboolean          ofc_client_list_get_include_archived (OfcClientList     *self);
gboolean          ofc_client_list_set_sort             (OfcClientList     *self,
                                                        OfcClientSortKey   key,
                                                        gboolean           descending,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
OfcClientSortKey  ofc_client_list_get_sort_key         (OfcClientList     *self);
gboolean          ofc_client_list_get_sort_descending  (OfcClientList     *self);
gboolean          ofc_client_list_refresh              (OfcClientList     *self,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          ofc_client_list_get_has_more         (OfcClientList     *self);
gboolean          ofc_client_list_load_more            (OfcClientList     *self,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          ofc_client_list_get_loading         (OfcClientList    *self);
guint             ofc_client_list_find                 (OfcClientList     *self,
                                                        const OfcUuid     *id);

/* clang-format on */

G_END_DECLS
