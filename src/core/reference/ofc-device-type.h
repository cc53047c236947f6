/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceType: what kind of device an order is about (smartphone, laptop …), a list the
 * shop manages; intake presets and learned models hang off it. Orders typing an unknown
 * type add it (ofc_device_type_find_or_add()).
 *
 * Properties: "id", "name" (unique, any case), "position", and read-only "use-count",
 * "archived", "version", "created-at", "updated-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

#define OFC_TYPE_DEVICE_TYPE (ofc_device_type_get_type ())
G_DECLARE_FINAL_TYPE (OfcDeviceType, ofc_device_type, OFC, DEVICE_TYPE, GObject)

/* clang-format off */
OfcDeviceType *ofc_device_type_new           (const char     *name);
const OfcUuid *ofc_device_type_get_id        (OfcDeviceType  *self);
const char    *ofc_device_type_get_name      (OfcDeviceType  *self);
void           ofc_device_type_set_name      (OfcDeviceType  *self,
                                              const char     *name);
int            ofc_device_type_get_position  (OfcDeviceType  *self);
void           ofc_device_type_set_position  (OfcDeviceType  *self,
                                              int             position);
gint64         ofc_device_type_get_use_count (OfcDeviceType  *self);
gboolean       ofc_device_type_get_archived  (OfcDeviceType  *self);
gint64         ofc_device_type_get_version   (OfcDeviceType  *self);

/* the store */
GListModel    *ofc_device_type_list          (OfcContext     *context,
                                              gboolean        with_archived,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDeviceType *ofc_device_type_load          (OfcContext     *context,
                                              const OfcUuid  *id,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDeviceType *ofc_device_type_find          (OfcContext     *context,
                                              const char     *name_or_id,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDeviceType *ofc_device_type_find_or_add   (OfcContext     *context,
                                              const char     *name,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_device_type_save          (OfcContext     *context,
                                              OfcDeviceType  *type,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_device_type_archive       (OfcContext     *context,
                                              OfcDeviceType  *type,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_device_type_restore       (OfcContext     *context,
                                              OfcDeviceType  *type,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
