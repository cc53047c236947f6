/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderType: the kind of a repair order — paid, warranty, or one the shop defines.
 * Each location names the type its new orders get. Properties: "id", "code" (read-only:
 * "paid" or "warranty" for the built-in types, "" otherwise), "name", "position", and
 * read-only "archived", "version", "created-at", "updated-at".
 *
 * A type that orders use cannot be deleted: archive it, or remove it while moving its
 * orders to another type in the same journaled transaction.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

#define OFC_ORDER_TYPE_PAID     "paid"
#define OFC_ORDER_TYPE_WARRANTY "warranty"

#define OFC_TYPE_ORDER_TYPE (ofc_order_type_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderType, ofc_order_type, OFC, ORDER_TYPE, GObject)

/* clang-format off */
OfcOrderType  *ofc_order_type_new          (const char     *name);
const OfcUuid *ofc_order_type_get_id       (OfcOrderType   *self);
const char    *ofc_order_type_get_code     (OfcOrderType   *self);
const char    *ofc_order_type_get_name     (OfcOrderType   *self);
void           ofc_order_type_set_name     (OfcOrderType   *self,
                                            const char     *name);
int            ofc_order_type_get_position (OfcOrderType   *self);
void           ofc_order_type_set_position (OfcOrderType   *self,
                                            int             position);
gboolean       ofc_order_type_get_archived (OfcOrderType   *self);
gint64         ofc_order_type_get_version  (OfcOrderType   *self);

/* the store */
GListModel    *ofc_order_type_list         (OfcContext     *context,
                                            gboolean        with_archived,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderType  *ofc_order_type_load         (OfcContext     *context,
                                            const OfcUuid  *id,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderType  *ofc_order_type_find         (OfcContext     *context,
                                            const char     *code_name_or_id,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_type_save         (OfcContext     *context,
                                            OfcOrderType   *type,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_type_archive      (OfcContext     *context,
                                            OfcOrderType   *type,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_type_restore      (OfcContext     *context,
                                            OfcOrderType   *type,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_type_remove       (OfcContext     *context,
                                            OfcOrderType   *type,
                                            OfcOrderType   *replacement,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
