/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The instance struct of OfcOrder and the internals shared by the files of the order
 * store. Private to the core.
 */
#pragma once

#include "base/ofc-money.h"
#include "ofc-context.h"
#include "orders/ofc-order.h"
#include "orders/ofc-order-comment.h"
#include "orders/ofc-order-work.h"
#include "reference/ofc-record-private.h"

G_BEGIN_DECLS

struct _OfcOrder
{
  GObject parent_instance;

  /* stored, in the column order of repair_order */
  OfcUuid id;
  char *number;
  char *series;
  gint64 seq;
  OfcUuid client_id;
  OfcUuid type_id;
  OfcUuid location_id;
  OfcUuid device_type_id;
  OfcUuid model_id;
  char *brand;
  char *model;
  char *serial;
  char *malfunction;
  char *appearance;
  char *completeness;
  char *receiver_notes;
  gint64 estimate;
  gboolean urgent;
  gint64 deadline;
  OfcUuid manager_id;
  OfcUuid executor_id;
  OfcUuid status_id;
  int status_group;
  gint64 status_since;
  gint64 overdue_at;
  gint64 closed_at;
  int discount_works;
  char *executor_notes;
  char *verdict;
  char *recommendations;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;

  /* display names, read with the row */
  char *client_name;
  char *client_phone;
  char *type_name;
  char *location_name;
  char *device_type_name;
  char *status_name;
  char *status_color;
  char *manager_name;
  char *executor_name;

  /* derived with the row: the works lines less the discount (see OFC_ORDER_NAMES) */
  gint64 works_total;
};

extern OfcRecordClass _ofc_order_record;

/* the columns of repair_order in field-table order, and the joins giving the names */
#define OFC_ORDER_COLUMNS                                                                   \
  "o.id, o.number, o.series, o.seq, o.client_id, o.type_id, o.location_id,"                 \
  " o.device_type_id, o.model_id, o.brand, o.model, o.serial, o.malfunction, o.appearance," \
  " o.completeness, o.receiver_notes, o.estimate, o.urgent, o.deadline, o.manager_id,"      \
  " o.executor_id, o.status_id, o.status_group, o.status_since, o.overdue_at, o.closed_at," \
  " o.discount_works, o.executor_notes, o.verdict, o.recommendations, o.version,"           \
  " o.created_at, o.updated_at"
#define OFC_ORDER_N_COLUMNS 33

/* the display names, then the works subtotal for "works-total": summed per row through
 * the order_work_order index, so a page of the list costs one short range scan per order */
#define OFC_ORDER_NAMES                                                                      \
  " c.name, (SELECT p.display FROM client_phone AS p WHERE p.client_id = o.client_id"        \
  " ORDER BY p.position LIMIT 1), t.name, l.name, dt.name, s.name, s.color, m.name, e.name," \
  " (SELECT IFNULL(SUM(w.quantity * w.price), 0) FROM order_work AS w"                       \
  " WHERE w.order_id = o.id AND w.removed = 0)"
#define OFC_ORDER_N_NAMES 10

#define OFC_ORDER_JOINS                                                                  \
  " FROM repair_order AS o JOIN client AS c ON c.id = o.client_id"                       \
  " JOIN order_type AS t ON t.id = o.type_id JOIN location AS l ON l.id = o.location_id" \
  " JOIN order_status AS s ON s.id = o.status_id"                                        \
  " LEFT JOIN device_type AS dt ON dt.id = o.device_type_id"                             \
  " LEFT JOIN employee AS m ON m.id = o.manager_id"                                      \
  " LEFT JOIN employee AS e ON e.id = o.executor_id"

/* clang-format off */
gboolean         _ofc_totals_take_discount (OfcMoney         subtotal,
                                           int              discount_bp,
                                           OfcMoney        *discount,
                                           OfcMoney        *total,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gint64           _ofc_order_overdue_at    (gint64           deadline,
                                           gint64           status_since,
                                           int              norm_hours,
                                           OfcStatusGroup   group);
void             _ofc_order_read_names    (OfcOrder        *order,
                                           OfcStatement    *statement,
                                           int              first_column);
OfcOrder        *_ofc_order_load          (OfcDatabase     *database,
                                           const OfcUuid   *id,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         _ofc_order_write         (OfcDatabase     *database,
                                           OfcOrder        *order,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
char            *_ofc_order_join_device   (const char *const *parts,
                                           gsize            n_parts);
char            *_ofc_order_format_number (const char      *series,
                                           gint64           seq);
gboolean         _ofc_order_next_number   (OfcDatabase     *database,
                                           const char      *series,
                                           gint64          *seq,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderComment *_ofc_order_add_comment   (OfcDatabase     *database,
                                           OfcOrder        *order,
                                           const char      *text,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         _ofc_order_work_write    (OfcDatabase     *database,
                                           OfcOrder        *order,
                                           OfcOrderWork    *work,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *_ofc_order_list_works    (OfcDatabase     *database,
                                           OfcOrder        *order,
                                           GError         **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
