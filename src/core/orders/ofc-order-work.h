/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderWork: a line of works on a repair order, usually taken from the price list
 * (ofc_order_work_new_from_service()): the order keeps its own name, price and warranty,
 * so later price changes never alter it. Lines are removed by marking, never deleted;
 * each change is journaled into the order's history.
 *
 * Properties: "id", "order-id", "position" (read-only), "service-id", "name", "quantity",
 * "price" (money per unit, minor units), "executor-id", "warranty-days", and read-only
 * "removed", "version", "created-at", "updated-at", "executor-name", and the amounts of
 * the last listing: "amount" (quantity × price), "discount" (this line's share of the
 * client's discount) and "total".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "orders/ofc-order.h"
#include "reference/ofc-service.h"

G_BEGIN_DECLS

#define OFC_WORK_QUANTITY_MAX 10000

#define OFC_TYPE_ORDER_WORK (ofc_order_work_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderWork, ofc_order_work, OFC, ORDER_WORK, GObject)

/* clang-format off */
OfcOrderWork  *ofc_order_work_new               (const char     *name,
                                                 gint64          price);
OfcOrderWork  *ofc_order_work_new_from_service  (OfcService     *service);
const OfcUuid *ofc_order_work_get_id            (OfcOrderWork   *self);
const OfcUuid *ofc_order_work_get_order_id      (OfcOrderWork   *self);
int            ofc_order_work_get_position      (OfcOrderWork   *self);
const OfcUuid *ofc_order_work_get_service_id    (OfcOrderWork   *self);
void           ofc_order_work_set_service_id    (OfcOrderWork   *self,
                                                 const OfcUuid  *service_id);
const char    *ofc_order_work_get_name          (OfcOrderWork   *self);
void           ofc_order_work_set_name          (OfcOrderWork   *self,
                                                 const char     *name);
int            ofc_order_work_get_quantity      (OfcOrderWork   *self);
void           ofc_order_work_set_quantity      (OfcOrderWork   *self,
                                                 int             quantity);
gint64         ofc_order_work_get_price         (OfcOrderWork   *self);
void           ofc_order_work_set_price         (OfcOrderWork   *self,
                                                 gint64          minor);
const OfcUuid *ofc_order_work_get_executor_id   (OfcOrderWork   *self);
void           ofc_order_work_set_executor_id   (OfcOrderWork   *self,
                                                 const OfcUuid  *employee_id);
int            ofc_order_work_get_warranty_days (OfcOrderWork   *self);
void           ofc_order_work_set_warranty_days (OfcOrderWork   *self,
                                                 int             days);
gboolean       ofc_order_work_get_removed       (OfcOrderWork   *self);
gint64         ofc_order_work_get_version       (OfcOrderWork   *self);
const char    *ofc_order_work_get_executor_name (OfcOrderWork   *self);
gint64         ofc_order_work_get_amount        (OfcOrderWork   *self);
gint64         ofc_order_work_get_discount      (OfcOrderWork   *self);
gint64         ofc_order_work_get_total         (OfcOrderWork   *self);

/* the store: @order must be saved and not closed */
gboolean       ofc_order_add_work               (OfcContext     *context,
                                                 OfcOrder       *order,
                                                 OfcOrderWork   *work,
                                                 GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_save_work              (OfcContext     *context,
                                                 OfcOrder       *order,
                                                 OfcOrderWork   *work,
                                                 GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       ofc_order_remove_work            (OfcContext     *context,
                                                 OfcOrder       *order,
                                                 OfcOrderWork   *work,
                                                 GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel    *ofc_order_list_works             (OfcContext     *context,
                                                 OfcOrder       *order,
                                                 GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
