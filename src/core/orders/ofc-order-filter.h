/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFilter: which orders a list shows and in what order — status groups, one
 * status, executor, manager, type, location, client, urgent, overdue, a creation period,
 * free search text, and a sort column with its direction. A plain boxed struct: fill its
 * fields, hand it to OfcOrderList or ofc_order_search(). Filters can be saved by name in
 * the database (ofc_order_filter_save()).
 *
 * Free text matches the order number ("123", "A-000123", "a000123"), the client's name and
 * phone digits, the serial/IMEI and the device, each word as a prefix; results come
 * newest first unless another sort is chosen.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "base/ofc-uuid.h"
#include "ofc-context.h"

G_BEGIN_DECLS

/**
 * OfcOrderSort:
 * @OFC_ORDER_SORT_CREATED: when taken in (the default, newest first)
 * @OFC_ORDER_SORT_NUMBER: the number within its series
 * @OFC_ORDER_SORT_DEADLINE: the deadline; orders without one last
 * @OFC_ORDER_SORT_UPDATED: last change
 * @OFC_ORDER_SORT_STATUS: the status's position in the chain
 * @OFC_ORDER_SORT_STATUS_SINCE: how long in the current status
 * @OFC_ORDER_SORT_CLIENT: the client's name
 * @OFC_ORDER_SORT_DEVICE: brand and model
 * @OFC_ORDER_SORT_EXECUTOR: the executor's name
 * @OFC_ORDER_SORT_MANAGER: the manager's name
 * @OFC_ORDER_SORT_TYPE: the order type
 * @OFC_ORDER_SORT_LOCATION: the location
 * @OFC_ORDER_SORT_ESTIMATE: the estimated price
 * @OFC_ORDER_SORT_URGENT: urgent orders first (descending)
 */
typedef enum
{
  OFC_ORDER_SORT_CREATED,
  OFC_ORDER_SORT_NUMBER,
  OFC_ORDER_SORT_DEADLINE,
  OFC_ORDER_SORT_UPDATED,
  OFC_ORDER_SORT_STATUS,
  OFC_ORDER_SORT_STATUS_SINCE,
  OFC_ORDER_SORT_CLIENT,
  OFC_ORDER_SORT_DEVICE,
  OFC_ORDER_SORT_EXECUTOR,
  OFC_ORDER_SORT_MANAGER,
  OFC_ORDER_SORT_TYPE,
  OFC_ORDER_SORT_LOCATION,
  OFC_ORDER_SORT_ESTIMATE,
  OFC_ORDER_SORT_URGENT,
  OFC_N_ORDER_SORTS
} OfcOrderSort;

/**
 * OfcOrderFilter:
 * @status_groups: bit mask of `1 << OfcStatusGroup` (%OFC_STATUS_GROUPS_OPEN …); 0: any
 * @status_id: one status; nil: any
 * @executor_id: nil: any
 * @manager_id: nil: any
 * @type_id: nil: any
 * @location_id: nil: any
 * @client_id: one client's orders; nil: any
 * @urgent_only: only urgent orders
 * @overdue_only: only overdue orders (against the database clock)
 * @created_from: taken in at or after (µs, UTC); 0: no bound
 * @created_to: taken in before (µs, UTC); 0: no bound
 * @search: (nullable): free text
 * @sort: the sort column
 * @descending: sort direction
 */
typedef struct
{
  guint status_groups;
  OfcUuid status_id;
  OfcUuid executor_id;
  OfcUuid manager_id;
  OfcUuid type_id;
  OfcUuid location_id;
  OfcUuid client_id;
  gboolean urgent_only;
  gboolean overdue_only;
  gint64 created_from;
  gint64 created_to;
  char *search;
  OfcOrderSort sort;
  gboolean descending;
} OfcOrderFilter;

/**
 * OfcOrderCounts:
 * @all: every order
 * @open: orders not closed
 * @urgent: open urgent orders
 * @overdue: overdue orders (closed ones never are)
 *
 * What the header of the orders page shows.
 */
typedef struct
{
  gint64 all;
  gint64 open;
  gint64 urgent;
  gint64 overdue;
} OfcOrderCounts;

/* clang-format off */
const char     *ofc_order_sort_to_code       (OfcOrderSort           sort);
gboolean        ofc_order_sort_from_code     (const char            *code,
                                              OfcOrderSort          *out);

#define OFC_TYPE_ORDER_FILTER (ofc_order_filter_get_type ())
GType           ofc_order_filter_get_type    (void) G_GNUC_CONST;

OfcOrderFilter *ofc_order_filter_new         (void);
OfcOrderFilter *ofc_order_filter_copy        (const OfcOrderFilter  *filter);
void            ofc_order_filter_free        (OfcOrderFilter        *filter);
void            ofc_order_filter_set_search  (OfcOrderFilter        *filter,
                                              const char            *search);
gboolean        ofc_order_filter_equal       (const OfcOrderFilter  *a,
                                              const OfcOrderFilter  *b);
char           *ofc_order_filter_serialize   (const OfcOrderFilter  *filter);
OfcOrderFilter *ofc_order_filter_deserialize (const char            *text,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;

/* saved filters: name → filter, kept in the database */
gboolean        ofc_order_filter_save        (OfcContext            *context,
                                              const char            *name,
                                              const OfcOrderFilter  *filter,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderFilter *ofc_order_filter_load        (OfcContext            *context,
                                              const char            *name,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv           ofc_order_filter_list_names  (OfcContext            *context,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_filter_delete      (OfcContext            *context,
                                              const char            *name,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;

/* one-shot queries */
GListModel     *ofc_order_search             (OfcContext            *context,
                                              const OfcOrderFilter  *filter,
                                              guint                  limit,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_count              (OfcContext            *context,
                                              const OfcOrderFilter  *filter,
                                              gint64                *count,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        ofc_order_counts             (OfcContext            *context,
                                              OfcOrderCounts        *counts,
                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
char           *ofc_order_search_to_match    (const char            *text);
/* clang-format on */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcOrderFilter, ofc_order_filter_free)

G_END_DECLS
