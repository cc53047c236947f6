/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientOrders: one client's order counts and newest order, read by the client's id and
 * the repair_order_client index.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-client-orders.h"
#include "orders/ofc-order-private.h"

/* Why the client row by client.id and the client's range of repair_order_client up to its
 * newest entry, on the context's own connection, synchronously: those are the two pages an
 * intake's save reads next — the leaf of the client's id index (the foreign-key check) and
 * the leaf of repair_order_client where the client's range lies (where the new order's
 * entry goes). Read here when the counter picks the client, they are in this connection's
 * page cache when the same connection saves the order (unless another connection writes
 * in between, which empties that cache): at a counter's pace the save's p95 went from 4.7
 * to 2.8 ms on a disk that keeps little cached (tests/bench/README.md, "order creation,
 * third look"). The counts read only repair_order_client, which holds the
 * status group too: a few pages even for a company with hundreds of orders, fine on the
 * main thread. */
#define COUNTS_SQL                                                      \
  "SELECT count(o.rowid), ifnull(sum(o.status_group < ?2), 0)"          \
  " FROM client AS c LEFT JOIN repair_order AS o ON o.client_id = c.id" \
  " WHERE c.id = ?1 GROUP BY c.id"

/* newest by rowid: orders are inserted as they are taken in (OFC_ORDER_SORT_CREATED); the
 * rowid found in the index first, so that only that one order's row is read */
#define LAST_SQL                                                                  \
  "SELECT o.id, o.number, o.created_at, o.brand, o.model, s.name, o.status_group" \
  " FROM repair_order AS o JOIN order_status AS s ON s.id = o.status_id"          \
  " WHERE o.rowid = (SELECT max(rowid) FROM repair_order WHERE client_id = ?1)"

static gboolean
read_counts (OfcDatabase *database,
             const OfcUuid *client_id,
             OfcClientOrders *orders,
             GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, COUNTS_SQL, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, client_id);
  /* the closed groups are the last two */
  ofc_statement_bind_int64 (statement, 2, OFC_STATUS_GROUP_CLOSED_SUCCESS);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        g_set_error_literal (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                             _ ("The client was not found"));
      g_propagate_error (error, local);
      return FALSE;
    }
  orders->total = ofc_statement_get_int64 (statement, 0);
  orders->open = ofc_statement_get_int64 (statement, 1);
  return TRUE;
}

static gboolean
read_last (OfcDatabase *database, const OfcUuid *client_id, OfcClientOrders *orders, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, LAST_SQL, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, client_id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, local);
      return FALSE;
    }
  ofc_statement_get_uuid (statement, 0, &orders->last_id);
  orders->last_number = ofc_statement_dup_text (statement, 1);
  orders->last_created_at = ofc_statement_get_int64 (statement, 2);
  orders->last_brand = ofc_statement_dup_text (statement, 3);
  orders->last_model = ofc_statement_dup_text (statement, 4);
  orders->last_status_name = ofc_statement_dup_text (statement, 5);
  orders->last_status_group = (OfcStatusGroup) ofc_statement_get_int64 (statement, 6);
  return TRUE;
}

/**
 * ofc_client_orders_load:
 * @client_id: the client
 * @orders: (out caller-allocates): initialised with `{ 0 }` or filled by an earlier call,
 *   whose strings are freed
 *
 * Reads @client_id's order counts and newest order on @context's own connection (see the
 * comment above COUNTS_SQL for why that connection, and why now).
 *
 * Returns: %FALSE with %OFC_ERROR_NOT_FOUND when there is no such client, or a database
 *   error; @orders is then empty
 */
gboolean
ofc_client_orders_load (OfcContext *context,
                        const OfcUuid *client_id,
                        OfcClientOrders *orders,
                        GError **error)
{
  OfcDatabase *database;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (client_id != NULL && orders != NULL, FALSE);

  database = ofc_context_get_database (context);
  ofc_client_orders_clear (orders);
  if (read_counts (database, client_id, orders, error) &&
      (orders->total == 0 || read_last (database, client_id, orders, error)))
    return TRUE;
  ofc_client_orders_clear (orders);
  return FALSE;
}

/**
 * ofc_client_orders_dup_last_device:
 *
 * Returns: (transfer full): the newest order's brand and model, "Apple iPhone 12", the
 *   parts that were typed; "" when there is no order
 */
char *
ofc_client_orders_dup_last_device (const OfcClientOrders *orders)
{
  const char *parts[] = { orders->last_brand, orders->last_model };

  return _ofc_order_join_device (parts, G_N_ELEMENTS (parts));
}

/**
 * ofc_client_orders_clear:
 *
 * Frees the strings and zeroes the counts: @orders is as `{ 0 }` again.
 */
void
ofc_client_orders_clear (OfcClientOrders *orders)
{
  g_free (orders->last_number);
  g_free (orders->last_brand);
  g_free (orders->last_model);
  g_free (orders->last_status_name);
  *orders = (OfcClientOrders){ 0 };
}
