/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderStatus: a stage of a repair order, configured by the shop. Each status belongs
 * to a group (what the stage means: new, in progress, waiting, ready, closed with success,
 * closed with failure), has a colour, a time norm (an order staying longer is overdue) and
 * the set of statuses an order may move to next. Orders start in the first status of the
 * "new" group.
 *
 * Properties: "id", "code" (read-only: the default chain's "new", "diagnostics",
 * "waiting-parts", "in-repair", "ready", "issued", "refused"; "" for the shop's own),
 * "name", "group" (#OfcStatusGroup), "color" ("#rrggbb"), "norm-hours" (0: no norm),
 * "position", and read-only "archived", "version", "created-at", "updated-at".
 *
 * A status that orders use cannot be deleted: archive it (its orders keep it and can
 * leave it along its transitions), or remove it while moving its orders to another status
 * in the same journaled transaction.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

/**
 * OfcStatusGroup:
 * @OFC_STATUS_GROUP_NEW: just taken in
 * @OFC_STATUS_GROUP_IN_PROGRESS: being diagnosed or repaired
 * @OFC_STATUS_GROUP_WAITING: waiting for parts or the client's answer
 * @OFC_STATUS_GROUP_READY: ready to be picked up
 * @OFC_STATUS_GROUP_CLOSED_SUCCESS: closed, repaired and issued
 * @OFC_STATUS_GROUP_CLOSED_FAILURE: closed without repair (refused, cannot be repaired)
 */
typedef enum
{
  OFC_STATUS_GROUP_NEW,
  OFC_STATUS_GROUP_IN_PROGRESS,
  OFC_STATUS_GROUP_WAITING,
  OFC_STATUS_GROUP_READY,
  OFC_STATUS_GROUP_CLOSED_SUCCESS,
  OFC_STATUS_GROUP_CLOSED_FAILURE,
  OFC_N_STATUS_GROUPS
} OfcStatusGroup;

/* bit masks of groups for filters: 1 << group */
#define OFC_STATUS_GROUPS_OPEN   0x0F
#define OFC_STATUS_GROUPS_CLOSED 0x30

/* clang-format off */
gboolean        ofc_status_group_is_closed      (OfcStatusGroup   group);
const char     *ofc_status_group_to_code        (OfcStatusGroup   group);
gboolean        ofc_status_group_from_code      (const char      *code,
                                                 OfcStatusGroup  *out);
const char     *ofc_status_group_get_label      (OfcStatusGroup   group);

#define OFC_TYPE_ORDER_STATUS (ofc_order_status_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderStatus, ofc_order_status, OFC, ORDER_STATUS, GObject)

OfcOrderStatus *ofc_order_status_new            (const char      *name,
                                                 OfcStatusGroup   group);
const OfcUuid  *ofc_order_status_get_id         (OfcOrderStatus  *self);
const char     *ofc_order_status_get_code       (OfcOrderStatus  *self);
const char     *ofc_order_status_get_name       (OfcOrderStatus  *self);
void            ofc_order_status_set_name       (OfcOrderStatus  *self,
                                                 const char      *name);
OfcStatusGroup  ofc_order_status_get_group      (OfcOrderStatus  *self);
void            ofc_order_status_set_group      (OfcOrderStatus  *self,
                                                 OfcStatusGroup   group);
const char     *ofc_order_status_get_color      (OfcOrderStatus  *self);
void            ofc_order_status_set_color      (OfcOrderStatus  *self,
                                                 const char      *color);
int             ofc_order_status_get_norm_hours (OfcOrderStatus  *self);
void            ofc_order_status_set_norm_hours (OfcOrderStatus  *self,
                                                 int              hours);
int             ofc_order_status_get_position   (OfcOrderStatus  *self);
void            ofc_order_status_set_position   (OfcOrderStatus  *self,
                                                 int              position);
gboolean        ofc_order_status_get_archived   (OfcOrderStatus  *self);
gint64          ofc_order_status_get_version    (OfcOrderStatus  *self);

/* the store */
GListModel     *ofc_order_status_list           (OfcContext      *context,
                                                 gboolean         with_archived,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderStatus *ofc_order_status_load           (OfcContext      *context,
                                                 const OfcUuid   *id,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderStatus *ofc_order_status_find           (OfcContext      *context,
                                                 const char      *code_name_or_id,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderStatus *ofc_order_status_get_initial    (OfcContext      *context,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_save           (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_archive        (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_restore        (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_swap           (OfcContext      *context,
                                                 OfcOrderStatus  *a,
                                                 OfcOrderStatus  *b,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_remove         (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 OfcOrderStatus  *replacement,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;

/* transitions */
GListModel     *ofc_order_status_list_next      (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_set_next       (OfcContext      *context,
                                                 OfcOrderStatus  *status,
                                                 GPtrArray       *next,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_status_allows         (OfcContext      *context,
                                                 const OfcUuid   *from_id,
                                                 const OfcUuid   *to_id);
/* clang-format on */

G_END_DECLS
