/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The queries behind OfcClientList: the ordered row ids of a list, and which clients the
 * journal says changed since the list last looked.
 *
 * Every order has its index on (key, archived), so listing all clients is one walk of a
 * covering index, with no sort and no table reads. The ORDER BY names the index's columns
 * in full (archived, then the rowid every index ends with) so SQLite needs no sort even for
 * ties.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-client-private.h"

#define MAX_CHANGED 1000

/* [with search text][sort key][descending]; ?1 includes archived clients, ?2 is MATCH */
/* ?3 is the LIMIT: -1 for every row, or the first screen */
#define LIMIT_3 " LIMIT ?3"

static const char *const list_sql[2][3][2] = {
  {
      {
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY name_key, archived, rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY name_key DESC, archived "
          "DESC, rowid DESC" LIMIT_3,
      },
      {
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY created_at, archived, rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY created_at DESC, archived "
          "DESC, rowid DESC" LIMIT_3,
      },
      {
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY updated_at, archived, rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE ?1 OR archived = 0 ORDER BY updated_at DESC, archived "
          "DESC, rowid DESC" LIMIT_3,
      },
  },
  {
      {
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2) ORDER BY name_key, archived, "
          "rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2)"
          " ORDER BY name_key DESC, archived DESC, rowid DESC" LIMIT_3,
      },
      {
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2) ORDER BY created_at, "
          "archived, rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2)"
          " ORDER BY created_at DESC, archived DESC, rowid DESC" LIMIT_3,
      },
      {
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2) ORDER BY updated_at, "
          "archived, rowid" LIMIT_3,
          "SELECT rowid FROM client WHERE (?1 OR archived = 0) AND rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?2)"
          " ORDER BY updated_at DESC, archived DESC, rowid DESC" LIMIT_3,
      },
  },
};

/**
 * _ofc_client_list_is_batched:
 *
 * Returns: %TRUE when the list loads in batches: search text, newest first
 */
gboolean
_ofc_client_list_is_batched (const char *text, OfcClientSortKey key, gboolean descending)
{
  return !ofc_text_is_blank (text) && key == OFC_CLIENT_SORT_CREATED && descending;
}

static gboolean
read_rowids (OfcStatement *statement, GArray *rowids, GError **error)
{
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    {
      gint64 rowid = ofc_statement_get_int64 (statement, 0);

      g_array_append_val (rowids, rowid);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_sorted (OfcDatabase *database,
             const char *match,
             gboolean include_archived,
             OfcClientSortKey key,
             gboolean descending,
             gint64 limit,
             GArray *rowids,
             GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database, list_sql[match != NULL][key][descending != 0], error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_bool (statement, 1, include_archived);
  if (match != NULL)
    ofc_statement_bind_text (statement, 2, match);
  ofc_statement_bind_int64 (statement, 3, limit);
  return read_rowids (statement, rowids, error);
}

/**
 * _ofc_client_list_load_first_ids:
 * @database: the connection to read with; a worker thread passes its own
 * @limit: how many ids, or -1 for all
 *
 * The ordered ids of an unsearched list, or their first @limit: one walk of the order's
 * covering index, so the first screen costs a fraction of a millisecond however large the
 * book is.
 */
gboolean
_ofc_client_list_load_first_ids (OfcDatabase *database,
                                 gboolean include_archived,
                                 OfcClientSortKey key,
                                 gboolean descending,
                                 gint64 limit,
                                 GArray *rowids,
                                 GError **error)
{
  return load_sorted (database, NULL, include_archived, key, descending, limit, rowids, error);
}

/**
 * _ofc_client_list_load_ids:
 * @count: in batched mode, how many matches to load (at least one batch)
 * @rowids: receives the row ids in list order
 * @has_more: (out): whether a batched list has more matches to load
 */
gboolean
_ofc_client_list_load_ids (OfcClientStore *store,
                           const char *text,
                           gboolean include_archived,
                           OfcClientSortKey key,
                           gboolean descending,
                           guint count,
                           GArray *rowids,
                           gboolean *has_more,
                           GError **error)
{
  g_autofree char *match = _ofc_client_search_build_match (text);
  guint limit = MAX (count, OFC_CLIENT_LIST_BATCH);

  *has_more = FALSE;
  if (match != NULL && *match == '\0')
    return TRUE;
  if (!_ofc_client_list_is_batched (text, key, descending))
    return load_sorted (ofc_context_get_database (store->context), match, include_archived, key,
                        descending, -1, rowids, error);
  if (!_ofc_client_store_search_rowids (store, text, include_archived, G_MAXINT64, limit + 1,
                                        rowids, error))
    return FALSE;
  *has_more = rowids->len > limit;
  if (*has_more)
    g_array_set_size (rowids, limit);
  return TRUE;
}

/**
 * _ofc_client_list_load_batch:
 * @rowids: the batch is appended here, after the rowids already loaded
 */
gboolean
_ofc_client_list_load_batch (OfcClientStore *store,
                             const char *text,
                             gboolean include_archived,
                             GArray *rowids,
                             gboolean *has_more,
                             GError **error)
{
  gint64 before = rowids->len > 0 ? g_array_index (rowids, gint64, rowids->len - 1) : G_MAXINT64;
  guint start = rowids->len;

  if (!_ofc_client_store_search_rowids (store, text, include_archived, before,
                                        OFC_CLIENT_LIST_BATCH + 1, rowids, error))
    return FALSE;
  *has_more = rowids->len - start > OFC_CLIENT_LIST_BATCH;
  if (*has_more)
    g_array_set_size (rowids, start + OFC_CLIENT_LIST_BATCH);
  return TRUE;
}

/**
 * _ofc_client_list_get_journal_seq:
 *
 * Returns: the sequence number of the latest journal entry, 0 for none
 */
gint64
_ofc_client_list_get_journal_seq (OfcClientStore *store)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (ofc_context_get_database (store->context),
                                    "SELECT coalesce(max(seq), 0) FROM journal", NULL);
  if (statement == NULL || !ofc_statement_step (statement, NULL))
    return 0;
  return ofc_statement_get_int64 (statement, 0);
}

/**
 * _ofc_client_list_dup_changed:
 * @since: a journal sequence number
 *
 * Returns: (transfer full) (nullable): the set of rowids (as gint64 keys) of clients
 * written after @since, or %NULL when there are too many to treat one by one
 */
GHashTable *
_ofc_client_list_dup_changed (OfcClientStore *store, gint64 since)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GHashTable) changed =
      g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;

  statement = ofc_database_prepare (ofc_context_get_database (store->context),
                                    "SELECT DISTINCT c.rowid FROM journal AS j"
                                    " JOIN client AS c ON c.id = j.entity_id"
                                    " WHERE j.seq > ?1 AND j.entity = 'client' LIMIT ?2",
                                    NULL);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_int64 (statement, 1, since);
  ofc_statement_bind_int64 (statement, 2, MAX_CHANGED + 1);
  while (ofc_statement_step (statement, &error))
    {
      gint64 rowid = ofc_statement_get_int64 (statement, 0);

      g_hash_table_add (changed, g_memdup2 (&rowid, sizeof rowid));
    }
  if (error != NULL)
    g_debug ("cannot read changed clients: %s", error->message);
  if (error != NULL || g_hash_table_size (changed) > MAX_CHANGED)
    return NULL;
  return g_steal_pointer (&changed);
}
