/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientOrders: what the shop already knows about one client's repairs, for the counter
 * at intake — how many orders, how many still open (a device of theirs may be in the shop
 * now) and the newest one. A plain struct: declare it with g_auto(), fill it with
 * ofc_client_orders_load().
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

#include "base/ofc-uuid.h"
#include "ofc-context.h"
#include "reference/ofc-order-status.h"

G_BEGIN_DECLS

/**
 * OfcClientOrders:
 * @total: every order of the client
 * @open: the orders not closed (status groups %OFC_STATUS_GROUPS_OPEN)
 * @last_id: the newest order (the last taken in); nil when the client has none
 * @last_number: its number, "A-000123"; %NULL when there is none
 * @last_created_at: when it was taken in (µs, UTC); 0 when there is none
 * @last_brand: its device's brand as typed; %NULL when there is none
 * @last_model: its device's model as typed; %NULL when there is none
 * @last_status_name: the name of its status; %NULL when there is none
 * @last_status_group: the group of its status
 */
typedef struct
{
  gint64 total;
  gint64 open;
  OfcUuid last_id;
  char *last_number;
  gint64 last_created_at;
  char *last_brand;
  char *last_model;
  char *last_status_name;
  OfcStatusGroup last_status_group;
} OfcClientOrders;

/* clang-format off */
gboolean ofc_client_orders_load            (OfcContext             *context,
                                            const OfcUuid          *client_id,
                                            OfcClientOrders        *orders,
                                            GError                **error) G_GNUC_WARN_UNUSED_RESULT;
char    *ofc_client_orders_dup_last_device (const OfcClientOrders  *orders);
void     ofc_client_orders_clear           (OfcClientOrders        *orders);
/* clang-format on */

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OfcClientOrders, ofc_client_orders_clear)

G_END_DECLS
