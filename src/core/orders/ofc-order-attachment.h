/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderAttachment: a file attached to an order — a photo of the device at intake, a
 * scanned warranty card, a PDF. The file is copied into the folder beside the database,
 * "<database>.files/", under the SHA-256 of its content (the same photo attached twice is
 * stored once), so the database and its folder move and back up together. Removing an
 * attachment marks it; the file stays for the history.
 *
 * Properties (read-only): "id", "order-id", "name" (the file's name as attached), "sha256",
 * "size" (bytes), "mime-type", "removed", "created-at".
 *
 * Attaching reads and writes a whole file: call it from a worker thread (GTask with its
 * own connection from ofc_database_open_another()) in the GUI.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "orders/ofc-order.h"

G_BEGIN_DECLS

#define OFC_ATTACHMENT_MAX_SIZE (25 * 1024 * 1024)

#define OFC_TYPE_ORDER_ATTACHMENT (ofc_order_attachment_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderAttachment, ofc_order_attachment, OFC, ORDER_ATTACHMENT, GObject)

/* clang-format off */
const OfcUuid      *ofc_order_attachment_get_id         (OfcOrderAttachment  *self);
const char         *ofc_order_attachment_get_name       (OfcOrderAttachment  *self);
const char         *ofc_order_attachment_get_sha256     (OfcOrderAttachment  *self);
gint64              ofc_order_attachment_get_size       (OfcOrderAttachment  *self);
const char         *ofc_order_attachment_get_mime_type  (OfcOrderAttachment  *self);
gboolean            ofc_order_attachment_get_removed    (OfcOrderAttachment  *self);
gint64              ofc_order_attachment_get_created_at (OfcOrderAttachment  *self);

char               *ofc_order_attachments_dup_folder    (OfcDatabase         *database);
OfcOrderAttachment *ofc_order_attach_file               (OfcContext          *context,
                                                         OfcOrder            *order,
                                                         GFile               *file,
                                                         GCancellable        *cancellable,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel         *ofc_order_list_attachments          (OfcContext          *context,
                                                         OfcOrder            *order,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GFile              *ofc_order_attachment_get_file       (OfcContext          *context,
                                                         OfcOrderAttachment  *attachment,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            ofc_order_remove_attachment         (OfcContext          *context,
                                                         OfcOrder            *order,
                                                         OfcOrderAttachment  *attachment,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
