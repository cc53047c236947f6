/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The transitions between order statuses, and how removing a status moves its orders.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-order-status.h"
#include "reference/ofc-reference-private.h"

#define NEXT_SQL                                                                           \
  "SELECT s.id FROM order_status_transition AS t JOIN order_status AS s ON s.id = t.to_id" \
  " WHERE t.from_id = ?1 AND s.archived = 0 ORDER BY s.position, s.name"

/* the names of @status's next statuses, for the journal */
static char *
dup_next_names (OfcDatabase *database, const OfcUuid *status_id)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GString) names = g_string_new (NULL);

  statement = ofc_database_prepare (database,
                                    "SELECT s.name FROM order_status_transition AS t"
                                    " JOIN order_status AS s ON s.id = t.to_id"
                                    " WHERE t.from_id = ?1 ORDER BY s.position, s.name",
                                    NULL);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, status_id);
  while (ofc_statement_step (statement, NULL))
    g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                            ofc_statement_get_text (statement, 0));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/**
 * ofc_order_status_list_next:
 *
 * Returns: (transfer full) (nullable): the active statuses an order in @status may move to
 */
GListModel *
ofc_order_status_list_next (OfcContext *context, OfcOrderStatus *status, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, NEXT_SQL, error);
  g_autoptr (GListStore) next = g_list_store_new (OFC_TYPE_ORDER_STATUS);
  GError *local = NULL;

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, ofc_order_status_get_id (status));
  while (local == NULL && ofc_statement_step (statement, &local))
    {
      OfcUuid id;
      g_autoptr (OfcOrderStatus) item = NULL;

      ofc_statement_get_uuid (statement, 0, &id);
      item = _ofc_order_status_load (database, &id, &local);
      if (item != NULL)
        g_list_store_append (next, item);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&next));
}

static gboolean
insert_transitions (OfcDatabase *database, const OfcUuid *from_id, GPtrArray *next, GError **error)
{
  g_autoptr (OfcStatement) clear = NULL;

  clear = ofc_database_prepare (database, "DELETE FROM order_status_transition WHERE from_id = ?1",
                                error);
  if (clear == NULL)
    return FALSE;
  ofc_statement_bind_uuid (clear, 1, from_id);
  if (!ofc_statement_exec (clear, error))
    return FALSE;
  for (guint i = 0; i < next->len; i++)
    {
      g_autoptr (OfcStatement) insert = NULL;
      const OfcUuid *to_id = ofc_order_status_get_id (g_ptr_array_index (next, i));

      if (ofc_uuid_equal (to_id, from_id))
        continue;
      insert = ofc_database_prepare (database,
                                     "INSERT OR IGNORE INTO order_status_transition"
                                     " (from_id, to_id) VALUES (?1, ?2)",
                                     error);
      if (insert == NULL)
        return FALSE;
      ofc_statement_bind_uuid (insert, 1, from_id);
      ofc_statement_bind_uuid (insert, 2, to_id);
      if (!ofc_statement_exec (insert, error))
        return FALSE;
    }
  return TRUE;
}

/* inside the caller's transaction */
gboolean
_ofc_order_status_write_next (OfcDatabase *database,
                              OfcOrderStatus *status,
                              GPtrArray *next,
                              GError **error)
{
  const OfcUuid *id = ofc_order_status_get_id (status);
  g_autofree char *before = dup_next_names (database, id);
  g_autofree char *after = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  if (!insert_transitions (database, id, next, error))
    return FALSE;
  after = dup_next_names (database, id);
  ofc_change_set_text (changes, "next", before, after);
  return ofc_journal_append (database, "order_status", id, OFC_JOURNAL_UPDATE, changes, error);
}

/**
 * ofc_order_status_set_next:
 * @next: (element-type OfcOrderStatus): the statuses an order in @status may move to
 *
 * Replaces @status's allowed transitions.
 */
gboolean
ofc_order_status_set_next (OfcContext *context,
                           OfcOrderStatus *status,
                           GPtrArray *next,
                           GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;

  g_return_val_if_fail (!ofc_uuid_is_nil (ofc_order_status_get_id (status)), FALSE);

  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !_ofc_order_status_write_next (database, status, next, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "order_status");
  return TRUE;
}

gboolean
_ofc_order_status_allows (OfcDatabase *database, const OfcUuid *from_id, const OfcUuid *to_id)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database,
                                    "SELECT 1 FROM order_status_transition AS t"
                                    " JOIN order_status AS s ON s.id = t.to_id"
                                    " WHERE t.from_id = ?1 AND t.to_id = ?2 AND s.archived = 0",
                                    NULL);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, from_id);
  ofc_statement_bind_uuid (statement, 2, to_id);
  return ofc_statement_step (statement, NULL);
}

/**
 * ofc_order_status_allows:
 *
 * Returns: whether an order may move from @from_id to @to_id (an active status)
 */
gboolean
ofc_order_status_allows (OfcContext *context, const OfcUuid *from_id, const OfcUuid *to_id)
{
  return _ofc_order_status_allows (ofc_context_get_database (context), from_id, to_id);
}

static gboolean
drop_transitions (OfcDatabase *database,
                  const OfcUuid *id,
                  const char *name,
                  const OfcUuid *replacement_id,
                  const char *replacement_name,
                  GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database,
                                    "DELETE FROM order_status_transition"
                                    " WHERE from_id = ?1 OR to_id = ?1",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, id);
  return ofc_statement_exec (statement, error);
}

/* orders take the replacement's group; overdue and closing time follow as in
 * ofc-order-overdue.c and the order_status_follow trigger */
const OfcRemap _ofc_remap_order_status = {
  .entity = "order_status",
  .order_field = "status-id",
  .count_sql = "SELECT count(*) FROM repair_order WHERE status_id = ?1",
  .orders_sql = "SELECT id FROM repair_order WHERE status_id = ?1",
  .move_sql = "UPDATE repair_order SET status_id = ?2, version = version + 1, updated_at = ?3,"
              " (status_group, overdue_at, closed_at) = (SELECT s.status_group,"
              "   CASE WHEN s.status_group >= 4 THEN NULL"
              "        WHEN s.norm_hours = 0 THEN repair_order.deadline"
              "        ELSE min(ifnull(repair_order.deadline, 9223372036854775807),"
              "                 repair_order.status_since + s.norm_hours * 3600000000) END,"
              "   CASE WHEN s.status_group >= 4 THEN ifnull(repair_order.closed_at, ?3) END"
              "  FROM order_status AS s WHERE s.id = ?2)"
              " WHERE status_id = ?1",
  .delete_sql = "DELETE FROM order_status WHERE id = ?1",
  .move_others = drop_transitions,
};
