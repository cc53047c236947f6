/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientStore: the only way clients and client sources are read and written.
 *
 * Every write validates first (%OFC_ERROR_INVALID naming the field by its #OfcClient
 * property name), then runs in one transaction with its journal entry (old → new for each
 * field, phones and tags included): a write either happens with its history or not at all.
 * A full disk or a database locked by another program surfaces as %OFC_DATABASE_ERROR
 * with nothing changed. Clients are archived and restored, never deleted.
 *
 * After each committed write the store calls ofc_context_notify_changed (context,
 * "client") (or "client_source"), so open lists refresh. A write made inside a caller's
 * transaction (ofc_database_begin() already called) does not notify: the caller does, once
 * its own transaction commits.
 *
 * Threading: a store belongs to the thread of its context's database. A worker thread
 * makes its own context on ofc_database_open_another() and its own store.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "clients/ofc-client-source.h"
#include "clients/ofc-client.h"
#include "ofc-context.h"

G_BEGIN_DECLS

/* clang-format off */

/**
 * OfcClientSearchFlags:
 * @OFC_CLIENT_SEARCH_DEFAULT: active clients only
 * @OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED: archived clients too
 */
typedef enum
{
  OFC_CLIENT_SEARCH_DEFAULT = 0,
  OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED = 1 << 0,
} OfcClientSearchFlags;

#define OFC_CLIENT_SEARCH_PAGE 50

#define OFC_TYPE_CLIENT_STORE (ofc_client_store_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientStore, ofc_client_store, OFC, CLIENT_STORE, GObject)

OfcClientStore *ofc_client_store_new             (OfcContext      *context,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcContext     *ofc_client_store_get_context     (OfcClientStore  *self);
void            ofc_client_store_register_labels (void);

/* clients */
gboolean   ofc_client_store_validate          (OfcClientStore  *self,
                                               OfcClient       *client,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   ofc_client_store_create            (OfcClientStore  *self,
                                               OfcClient       *client,
                                               char           **warning,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   ofc_client_store_update            (OfcClientStore  *self,
                                               OfcClient       *client,
                                               char           **warning,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   ofc_client_store_archive           (OfcClientStore  *self,
                                               OfcClient       *client,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   ofc_client_store_restore           (OfcClientStore  *self,
                                               OfcClient       *client,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcClient *ofc_client_store_get               (OfcClientStore  *self,
                                               const OfcUuid   *id,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcClient *ofc_client_store_find_by_card_code (OfcClientStore  *self,
                                               const char      *card_code,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *ofc_client_store_find_by_phone     (OfcClientStore  *self,
                                               const char      *phone,
                                               const OfcUuid   *except_id,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;

/* search */
GPtrArray *ofc_client_store_search (OfcClientStore        *self,
                                    const char            *text,
                                    OfcClientSearchFlags   flags,
                                    guint                  offset,
                                    guint                  limit,
                                    GError               **error) G_GNUC_WARN_UNUSED_RESULT;

/* client sources ("how did you hear about us") */
GListModel      *ofc_client_store_list_sources   (OfcClientStore   *self,
                                                  gboolean          include_archived,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
OfcClientSource *ofc_client_store_add_source     (OfcClientStore   *self,
                                                  const char       *name,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
OfcClientSource *ofc_client_store_rename_source  (OfcClientStore   *self,
                                                  OfcClientSource  *source,
                                                  const char       *name,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_client_store_archive_source (OfcClientStore   *self,
                                                  OfcClientSource  *source,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_client_store_restore_source (OfcClientStore   *self,
                                                  OfcClientSource  *source,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;

/* clang-format on */

G_END_DECLS
