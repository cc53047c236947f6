/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcService: a line of the price list of works (diagnostics, screen replacement …) that
 * order works are taken from; the order keeps its own copy of name, price and warranty.
 *
 * Properties: "id", "name", "category", "price" (money, minor units), "warranty-days",
 * and read-only "archived", "version", "created-at", "updated-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

#define OFC_WARRANTY_DAYS_MAX 3650

#define OFC_TYPE_SERVICE (ofc_service_get_type ())
G_DECLARE_FINAL_TYPE (OfcService, ofc_service, OFC, SERVICE, GObject)

/* clang-format off */
OfcService    *ofc_service_new               (const char     *name,
                                              gint64          price);
const OfcUuid *ofc_service_get_id            (OfcService     *self);
const char    *ofc_service_get_name          (OfcService     *self);
void           ofc_service_set_name          (OfcService     *self,
                                              const char     *name);
const char    *ofc_service_get_category      (OfcService     *self);
void           ofc_service_set_category      (OfcService     *self,
                                              const char     *category);
gint64         ofc_service_get_price         (OfcService     *self);
void           ofc_service_set_price         (OfcService     *self,
                                              gint64          minor);
int            ofc_service_get_warranty_days (OfcService     *self);
void           ofc_service_set_warranty_days (OfcService     *self,
                                              int             days);
gboolean       ofc_service_get_archived      (OfcService     *self);
gint64         ofc_service_get_version       (OfcService     *self);

/* the store */
GListModel    *ofc_service_list              (OfcContext     *context,
                                              gboolean        with_archived,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcService    *ofc_service_load              (OfcContext     *context,
                                              const OfcUuid  *id,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OfcService    *ofc_service_find              (OfcContext     *context,
                                              const char     *name_or_id,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_service_save              (OfcContext     *context,
                                              OfcService     *service,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_service_archive           (OfcContext     *context,
                                              OfcService     *service,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_service_restore           (OfcContext     *context,
                                              OfcService     *service,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
