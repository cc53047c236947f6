/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrder: a repair order as a plain model object. Every field is a GObject property
 * (names in quotes below) so an editor can bind widgets to it; setting a property writes
 * nothing: ofc_order_save() validates and stores the order and writes back what it
 * stored (cleaned text, number, status times, version, the names of referenced rows).
 *
 * Intake: "client-id", "type-id", "location-id", "device-type-id" (string ids, "" for
 * none), "brand", "model", "serial" (serial number or IMEI), "malfunction", "appearance",
 * "completeness", "receiver-notes", "estimate" (money, minor units), "urgent", "deadline"
 * (µs since the epoch, UTC; 0 for none), "manager-id", "executor-id".
 * Work: "status-id", "executor-notes", "verdict", "recommendations".
 * Kept by the store (read-only): "id", "number" ("A-000123"), "series", "seq",
 * "model-id" (the learned catalogue model), "status-group", "status-since", "overdue-at"
 * (0: never), "closed-at", "discount-works" (the client's discount on works when taken in,
 * basis points), "version", "created-at", "updated-at", and the display names
 * "client-name", "client-phone", "type-name", "location-name", "device-type-name",
 * "status-name", "status-color", "manager-name", "executor-name", and "works-total"
 * (money, minor units: the works lines less the order's discount, as
 * ofc_order_totals_compute() has them, read with the row for the lists).
 *
 * Validation errors (%OFC_ERROR_INVALID) name the field by these property names; the
 * journal records changes under the same names.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "base/ofc-uuid.h"
#include "reference/ofc-order-status.h"

G_BEGIN_DECLS

#define OFC_TYPE_ORDER (ofc_order_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrder, ofc_order, OFC, ORDER, GObject)

/* clang-format off */
OfcOrder       *ofc_order_new                  (void);
OfcOrder       *ofc_order_copy                 (OfcOrder      *self);

const OfcUuid  *ofc_order_get_id               (OfcOrder      *self);
gboolean        ofc_order_is_saved             (OfcOrder      *self);
const char     *ofc_order_get_number           (OfcOrder      *self);
const char     *ofc_order_get_series           (OfcOrder      *self);
gint64          ofc_order_get_seq              (OfcOrder      *self);

/* references: a nil id for none */
const OfcUuid  *ofc_order_get_client_id        (OfcOrder      *self);
void            ofc_order_set_client_id        (OfcOrder      *self,
                                                const OfcUuid *client_id);
const OfcUuid  *ofc_order_get_type_id          (OfcOrder      *self);
void            ofc_order_set_type_id          (OfcOrder      *self,
                                                const OfcUuid *type_id);
const OfcUuid  *ofc_order_get_location_id      (OfcOrder      *self);
void            ofc_order_set_location_id      (OfcOrder      *self,
                                                const OfcUuid *location_id);
const OfcUuid  *ofc_order_get_device_type_id   (OfcOrder      *self);
void            ofc_order_set_device_type_id   (OfcOrder      *self,
                                                const OfcUuid *device_type_id);
const OfcUuid  *ofc_order_get_model_id         (OfcOrder      *self);
const OfcUuid  *ofc_order_get_manager_id       (OfcOrder      *self);
void            ofc_order_set_manager_id       (OfcOrder      *self,
                                                const OfcUuid *employee_id);
const OfcUuid  *ofc_order_get_executor_id      (OfcOrder      *self);
void            ofc_order_set_executor_id      (OfcOrder      *self,
                                                const OfcUuid *employee_id);
const OfcUuid  *ofc_order_get_status_id        (OfcOrder      *self);
void            ofc_order_set_status_id        (OfcOrder      *self,
                                                const OfcUuid *status_id);

/* text: never %NULL, "" when empty */
const char     *ofc_order_get_brand            (OfcOrder      *self);
void            ofc_order_set_brand            (OfcOrder      *self,
                                                const char    *brand);
const char     *ofc_order_get_model            (OfcOrder      *self);
void            ofc_order_set_model            (OfcOrder      *self,
                                                const char    *model);
const char     *ofc_order_get_serial           (OfcOrder      *self);
void            ofc_order_set_serial           (OfcOrder      *self,
                                                const char    *serial);
const char     *ofc_order_get_malfunction      (OfcOrder      *self);
void            ofc_order_set_malfunction      (OfcOrder      *self,
                                                const char    *malfunction);
const char     *ofc_order_get_appearance       (OfcOrder      *self);
void            ofc_order_set_appearance       (OfcOrder      *self,
                                                const char    *appearance);
const char     *ofc_order_get_completeness     (OfcOrder      *self);
void            ofc_order_set_completeness     (OfcOrder      *self,
                                                const char    *completeness);
const char     *ofc_order_get_receiver_notes   (OfcOrder      *self);
void            ofc_order_set_receiver_notes   (OfcOrder      *self,
                                                const char    *notes);
const char     *ofc_order_get_executor_notes   (OfcOrder      *self);
void            ofc_order_set_executor_notes   (OfcOrder      *self,
                                                const char    *notes);
const char     *ofc_order_get_verdict          (OfcOrder      *self);
void            ofc_order_set_verdict          (OfcOrder      *self,
                                                const char    *verdict);
const char     *ofc_order_get_recommendations  (OfcOrder      *self);
void            ofc_order_set_recommendations  (OfcOrder      *self,
                                                const char    *recommendations);

gint64          ofc_order_get_estimate         (OfcOrder      *self);
void            ofc_order_set_estimate         (OfcOrder      *self,
                                                gint64         minor);
gboolean        ofc_order_get_urgent           (OfcOrder      *self);
void            ofc_order_set_urgent           (OfcOrder      *self,
                                                gboolean       urgent);
gint64          ofc_order_get_deadline         (OfcOrder      *self);
void            ofc_order_set_deadline         (OfcOrder      *self,
                                                gint64         deadline_us);

/* kept by the store */
OfcStatusGroup  ofc_order_get_status_group     (OfcOrder      *self);
gint64          ofc_order_get_status_since     (OfcOrder      *self);
gint64          ofc_order_get_overdue_at       (OfcOrder      *self);
gint64          ofc_order_get_closed_at        (OfcOrder      *self);
int             ofc_order_get_discount_works   (OfcOrder      *self);
gint64          ofc_order_get_version          (OfcOrder      *self);
gint64          ofc_order_get_created_at       (OfcOrder      *self);
gint64          ofc_order_get_updated_at       (OfcOrder      *self);
gboolean        ofc_order_is_closed            (OfcOrder      *self);
gboolean        ofc_order_is_overdue           (OfcOrder      *self,
                                                gint64         now_us);

/* display names of the referenced rows, as of the last load or save */
const char     *ofc_order_get_client_name      (OfcOrder      *self);
const char     *ofc_order_get_client_phone     (OfcOrder      *self);
const char     *ofc_order_get_type_name        (OfcOrder      *self);
const char     *ofc_order_get_location_name    (OfcOrder      *self);
const char     *ofc_order_get_device_type_name (OfcOrder      *self);
const char     *ofc_order_get_status_name      (OfcOrder      *self);
const char     *ofc_order_get_status_color     (OfcOrder      *self);
const char     *ofc_order_get_manager_name     (OfcOrder      *self);
const char     *ofc_order_get_executor_name    (OfcOrder      *self);
char           *ofc_order_dup_device_text      (OfcOrder      *self);
gint64          ofc_order_get_works_total      (OfcOrder      *self);

/* checks that warn without refusing: an IMEI whose check digit is wrong, say */
GStrv           ofc_order_check_warnings       (OfcOrder      *self);
gboolean        ofc_imei_is_valid              (const char    *text);
gboolean        ofc_imei_looks_like            (const char    *text);
/* clang-format on */

G_END_DECLS
