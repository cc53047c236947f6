/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Finding reference rows by what was typed, and removing them without orphaning the
 * orders that use them: they move to a replacement in the same journaled transaction.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-reference-private.h"

static gboolean
matches (GObject *object, OfcMatchKeyFunc match_key, const char *folded)
{
  for (guint which = 0; which < 2; which++)
    {
      g_autofree char *key = ofc_text_fold (match_key (object, which));

      if (*key != '\0' && g_str_equal (key, folded))
        return TRUE;
    }
  return FALSE;
}

/**
 * _ofc_reference_find:
 * @list_sql: the list query (?1: with archived rows), reading rows in table order
 * @text: an id, a code or a name, in any case
 * @what: the translated kind of row, for the message
 *
 * Lists are short (statuses, types, locations), so matching runs over the list in C with
 * Unicode case folding, which SQLite's lower() lacks. Active rows win over archived ones.
 *
 * Returns: (transfer full) (nullable): the row
 */
GObject *
_ofc_reference_find (OfcDatabase *database,
                     const OfcRecordStore *store,
                     const char *list_sql,
                     OfcMatchKeyFunc match_key,
                     const char *text,
                     const char *what,
                     GError **error)
{
  g_autoptr (GListModel) rows = NULL;
  g_autofree char *folded = ofc_text_fold (text);
  OfcUuid id;

  if (ofc_uuid_parse (text, &id))
    return _ofc_record_store_load (database, store, &id, error);
  rows = _ofc_record_store_query (database, store, list_sql, TRUE, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GObject) row = g_list_model_get_item (rows, i);

      if (matches (row, match_key, folded))
        return g_steal_pointer (&row);
    }
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no %s “%s”"), what, text);
  return NULL;
}

/* @sql counts rows; ?1 is @id unless %NULL; -1 on failure */
gint64
_ofc_reference_count (OfcDatabase *database, const char *sql, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return -1;
  if (id != NULL)
    ofc_statement_bind_uuid (statement, 1, id);
  if (!ofc_statement_step (statement, &local))
    {
      g_propagate_error (error, local);
      return local != NULL ? -1 : 0;
    }
  return ofc_statement_get_int64 (statement, 0);
}

/* ?1 is @id; ?2 the replacement and ?3 now, when there is a replacement (deletes use ?1 only) */
static gboolean
run (OfcDatabase *database,
     const char *sql,
     const OfcUuid *id,
     const OfcUuid *replacement_id,
     GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, id);
  if (replacement_id != NULL)
    {
      ofc_statement_bind_uuid (statement, 2, replacement_id);
      ofc_statement_bind_int64 (statement, 3, ofc_database_now (database));
    }
  return ofc_statement_exec (statement, error);
}

/* one journal entry per order, so each order's history tells why its status or type changed */
static gboolean
journal_orders (OfcDatabase *database,
                const OfcRemap *remap,
                const OfcUuid *id,
                const char *name,
                const OfcUuid *replacement_id,
                const char *replacement_name,
                GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, remap->orders_sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, id);
  while (ofc_statement_step (statement, &local))
    {
      g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
      OfcUuid order_id;

      ofc_statement_get_uuid (statement, 0, &order_id);
      ofc_change_set_ref (changes, remap->order_field, id, name, replacement_id, replacement_name);
      if (!ofc_journal_append (database, "order", &order_id, OFC_JOURNAL_UPDATE, changes, &local))
        break;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_replacement (
    const OfcUuid *id, const char *name, const OfcUuid *replacement_id, gint64 used, GError **error)
{
  if (replacement_id != NULL && ofc_uuid_equal (id, replacement_id))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                   _ ("“%s” cannot replace itself; choose another one"), name);
      return FALSE;
    }
  if (used > 0 && replacement_id == NULL)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is used by %u order; archive it, or choose where its "
                                "order moves",
                                "“%s” is used by %u orders; archive it, or choose where its "
                                "orders move",
                                (gulong) used),
                   name, (guint) used);
      return FALSE;
    }
  return TRUE;
}

static gboolean
remove_in_transaction (OfcDatabase *database,
                       const OfcRemap *remap,
                       const OfcUuid *id,
                       const char *name,
                       const OfcUuid *replacement_id,
                       const char *replacement_name,
                       GError **error)
{
  gint64 used = _ofc_reference_count (database, remap->count_sql, id, error);
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  if (used < 0 || !check_replacement (id, name, replacement_id, used, error))
    return FALSE;
  if (used > 0 &&
      (!journal_orders (database, remap, id, name, replacement_id, replacement_name, error) ||
       !run (database, remap->move_sql, id, replacement_id, error)))
    return FALSE;
  if (remap->move_others != NULL &&
      !remap->move_others (database, id, name, replacement_id, replacement_name, error))
    return FALSE;
  ofc_change_set_text (changes, "name", name, NULL);
  if (replacement_id != NULL)
    ofc_change_set_ref (changes, "replacement", NULL, NULL, replacement_id, replacement_name);
  return run (database, remap->delete_sql, id, NULL, error) &&
         ofc_journal_append (database, remap->entity, id, "delete", changes, error);
}

/**
 * _ofc_reference_remove:
 * @replacement_id: (nullable): where the users of @id move
 *
 * Deletes a reference row in one transaction: refused with %OFC_ERROR_IN_USE while orders
 * use it and no replacement is given; otherwise its orders move (each journaled), other
 * users follow, and the row goes. Never leaves an order pointing nowhere.
 */
gboolean
_ofc_reference_remove (OfcContext *context,
                       const OfcRemap *remap,
                       const OfcUuid *id,
                       const char *name,
                       const OfcUuid *replacement_id,
                       const char *replacement_name,
                       GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);

  if (transaction == NULL ||
      !remove_in_transaction (database, remap, id, name, replacement_id, replacement_name, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, remap->entity);
  ofc_context_notify_changed (context, "order");
  return TRUE;
}
