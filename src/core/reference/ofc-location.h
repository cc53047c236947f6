/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocation: a branch of the workshop. Its order-number series prefix ("A" numbers its
 * orders A-000001, A-000002 …) and the order type its new orders get. Exactly one location
 * is the default; the first one created becomes it.
 *
 * Properties: "id", "name", "address", "phone", "series-prefix" (up to 5 letters or
 * digits, may be empty), "order-type-id" (string id, "" for none: the first paid type
 * applies), "position", and read-only "is-default", "archived", "version", "created-at",
 * "updated-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

#define OFC_SERIES_PREFIX_MAX 5

#define OFC_TYPE_LOCATION (ofc_location_get_type ())
G_DECLARE_FINAL_TYPE (OfcLocation, ofc_location, OFC, LOCATION, GObject)

/* clang-format off */
OfcLocation   *ofc_location_new               (const char     *name);
const OfcUuid *ofc_location_get_id            (OfcLocation    *self);
const char    *ofc_location_get_name          (OfcLocation    *self);
void           ofc_location_set_name          (OfcLocation    *self,
                                               const char     *name);
const char    *ofc_location_get_address       (OfcLocation    *self);
void           ofc_location_set_address       (OfcLocation    *self,
                                               const char     *address);
const char    *ofc_location_get_phone         (OfcLocation    *self);
void           ofc_location_set_phone         (OfcLocation    *self,
                                               const char     *phone);
const char    *ofc_location_get_series_prefix (OfcLocation    *self);
void           ofc_location_set_series_prefix (OfcLocation    *self,
                                               const char     *prefix);
const OfcUuid *ofc_location_get_order_type_id (OfcLocation    *self);
void           ofc_location_set_order_type_id (OfcLocation    *self,
                                               const OfcUuid  *type_id);
int            ofc_location_get_position      (OfcLocation    *self);
void           ofc_location_set_position      (OfcLocation    *self,
                                               int             position);
gboolean       ofc_location_get_is_default    (OfcLocation    *self);
gboolean       ofc_location_get_archived      (OfcLocation    *self);
gint64         ofc_location_get_version       (OfcLocation    *self);

/* the store */
GListModel    *ofc_location_list              (OfcContext     *context,
                                               gboolean        with_archived,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcLocation   *ofc_location_load              (OfcContext     *context,
                                               const OfcUuid  *id,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcLocation   *ofc_location_find              (OfcContext     *context,
                                               const char     *name_or_id,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcLocation   *ofc_location_get_default       (OfcContext     *context,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_location_save              (OfcContext     *context,
                                               OfcLocation    *location,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_location_make_default      (OfcContext     *context,
                                               OfcLocation    *location,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_location_archive           (OfcContext     *context,
                                               OfcLocation    *location,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_location_restore           (OfcContext     *context,
                                               OfcLocation    *location,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
