/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order queries: the search expression, list SQL from a filter, materialising orders by
 * rowid, one-shot searches and the header counts.
 *
 * Speed rules (1,000,000 orders): a search runs the FTS index newest first and stops at
 * the limit, never ranking (ranking a common name means scoring every match); status
 * groups, executor, overdue and urgent filters have indexes; the deadline sort within a
 * status group walks the (status_group, deadline) index.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "clients/ofc-phone.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-query-private.h"
#include "reference/ofc-order-status.h"

enum
{
  P_STATUS = 1,
  P_EXECUTOR,
  P_MANAGER,
  P_TYPE,
  P_LOCATION,
  P_CLIENT,
  P_NOW,
  P_FROM,
  P_TO,
  P_MATCH,
  P_GROUP0, /* ?11 … ?16, one per status group */
  P_LIMIT = P_GROUP0 + OFC_N_STATUS_GROUPS,
  P_OFFSET,
};

#define PARAM(n) (G_GUINT64_CONSTANT (1) << (n))

/* Orders are never deleted (a trigger refuses it) and rowids are never given, so rowids
 * run 1, 2, 3 … without gaps and the largest is the count: an index probe instead of a
 * walk over a million rows. */
#define ALL_ORDERS_SQL "SELECT ifnull(max(rowid), 0) FROM repair_order"

static const struct
{
  const char *expression;
  const char *join;  /* the table the expression needs, or NULL */
  gboolean optional; /* joined with LEFT JOIN: the order may have none */
} sorts[OFC_N_ORDER_SORTS] = {
  [OFC_ORDER_SORT_CREATED] = { "o.rowid", NULL },
  [OFC_ORDER_SORT_NUMBER] = { "o.seq", NULL },
  [OFC_ORDER_SORT_DEADLINE] = { "ifnull(o.deadline, 9223372036854775807)", NULL },
  [OFC_ORDER_SORT_UPDATED] = { "o.updated_at", NULL },
  [OFC_ORDER_SORT_STATUS] = { "s.position", "order_status AS s ON s.id = o.status_id" },
  [OFC_ORDER_SORT_STATUS_SINCE] = { "o.status_since", NULL },
  [OFC_ORDER_SORT_CLIENT] = { "c.name_key", "client AS c ON c.id = o.client_id" },
  [OFC_ORDER_SORT_DEVICE] = { "o.brand || ' ' || o.model", NULL },
  [OFC_ORDER_SORT_EXECUTOR] = { "e.name_key", "employee AS e ON e.id = o.executor_id", TRUE },
  [OFC_ORDER_SORT_MANAGER] = { "m.name_key", "employee AS m ON m.id = o.manager_id", TRUE },
  [OFC_ORDER_SORT_TYPE] = { "t.position", "order_type AS t ON t.id = o.type_id" },
  [OFC_ORDER_SORT_LOCATION] = { "l.position", "location AS l ON l.id = o.location_id" },
  [OFC_ORDER_SORT_ESTIMATE] = { "o.estimate", NULL },
  [OFC_ORDER_SORT_URGENT] = { "o.urgent", NULL },
};

static const struct
{
  gsize offset;
  int param;
  const char *clause;
} id_filters[] = {
  { G_STRUCT_OFFSET (OfcOrderFilter, status_id), P_STATUS, "o.status_id = ?1" },
  { G_STRUCT_OFFSET (OfcOrderFilter, executor_id), P_EXECUTOR, "o.executor_id = ?2" },
  { G_STRUCT_OFFSET (OfcOrderFilter, manager_id), P_MANAGER, "o.manager_id = ?3" },
  { G_STRUCT_OFFSET (OfcOrderFilter, type_id), P_TYPE, "o.type_id = ?4" },
  { G_STRUCT_OFFSET (OfcOrderFilter, location_id), P_LOCATION, "o.location_id = ?5" },
  { G_STRUCT_OFFSET (OfcOrderFilter, client_id), P_CLIENT, "o.client_id = ?6" },
};

static const char *const group_params[OFC_N_STATUS_GROUPS] = {
  "?11", "?12", "?13", "?14", "?15", "?16",
};

/*
 * The search expression
 */

/* NFC, and "ё" as "е": the index holds client names that way, as client_fts does */
static char *
fold_yo (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_auto (GStrv) lower = g_strsplit (normal != NULL ? normal : "", "ё", -1);
  g_autofree char *half = g_strjoinv ("е", lower);
  g_auto (GStrv) upper = g_strsplit (half, "Ё", -1);

  return g_strjoinv ("Е", upper);
}

/* a piece of a word as a term: a prefix, except a single character, which would merge
 * the lists of a good part of the vocabulary (there is no one-character prefix index) */
static void
append_term (GString *match, const char *piece)
{
  g_string_append_printf (match, g_utf8_strlen (piece, -1) > 1 ? "\"%s\"*" : "\"%s\"", piece);
}

/* a phone number as the client book reads it (ofc_phone_query_digits ()): its digits; a
 * partial number with the trunk prefix 8 is also tried as 7…, the stored form. Digits
 * are also order numbers and IMEIs, so every column is searched. */
static void
append_phone (GString *match, const char *text)
{
  g_autofree char *digits = ofc_phone_query_digits (text);

  if (match->len > 0)
    g_string_append (match, " AND ");
  if (digits[0] != '8' || strlen (digits) < 2)
    {
      append_term (match, digits);
      return;
    }
  g_string_append_c (match, '(');
  append_term (match, digits);
  g_string_append (match, " OR \"7");
  g_string_append (match, digits + 1);
  g_string_append (match, "\"*)");
}

/* one typed word as FTS terms. The tokenizer splits "SM-A525F" into "sm" and "a525f";
 * numbers and serials are also indexed without separators. So a word with separators
 * matches all its pieces, or the whole without separators:
 * (("sm"* AND "a525f"*) OR "sma525f"*) */
static void
append_word (GString *match, const char *word)
{
  g_autoptr (GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) piece = g_string_new (NULL);
  g_autoptr (GString) joined = g_string_new (NULL);

  for (const char *p = word;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (piece, c);
          g_string_append_unichar (joined, c);
          continue;
        }
      if (piece->len > 0)
        g_ptr_array_add (pieces, g_string_free (g_steal_pointer (&piece), FALSE));
      piece = g_string_new (NULL);
      if (c == 0)
        break;
    }
  if (pieces->len == 0)
    return;
  if (match->len > 0)
    g_string_append (match, " AND ");
  if (pieces->len == 1)
    {
      append_term (match, joined->str);
      return;
    }
  g_string_append (match, "((");
  for (guint i = 0; i < pieces->len; i++)
    {
      if (i > 0)
        g_string_append (match, " AND ");
      append_term (match, g_ptr_array_index (pieces, i));
    }
  g_string_append (match, ") OR ");
  append_term (match, joined->str);
  g_string_append_c (match, ')');
}

/**
 * ofc_order_search_to_match:
 * @text: what a person typed into the search field
 *
 * Turns free text into an FTS5 expression: every word must match the start of a token;
 * "ё" is "е"; a phone number typed with separators becomes its digits, and one starting
 * with the trunk prefix 8 is also tried with 7, as the client book stores it. Quotes and
 * operators typed by the person are never passed through.
 *
 * Returns: (transfer full) (nullable): the expression, or %NULL when @text has nothing
 * to search for
 */
char *
ofc_order_search_to_match (const char *text)
{
  g_autofree char *clean = NULL;
  g_auto (GStrv) words = NULL;
  g_autoptr (GString) match = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  clean = g_strstrip (fold_yo (text));
  if (ofc_phone_is_query (clean))
    append_phone (match, clean);
  else
    {
      words = g_strsplit_set (clean, " \t\n\r\f\v", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (ofc_phone_is_query (words[i]))
          append_phone (match, words[i]);
        else
          append_word (match, words[i]);
    }
  if (match->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&match), FALSE);
}

/*
 * Building the SQL
 */

static void
add_clause (GString *where, const char *clause)
{
  g_string_append (where, where->len == 0 ? " WHERE " : " AND ");
  g_string_append (where, clause);
}

static void
add_groups (OfcOrderQuery *query, GString *where, const OfcOrderFilter *filter)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint group = 0; group < OFC_N_STATUS_GROUPS; group++)
    if ((filter->status_groups & (1u << group)) != 0)
      {
        g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", group_params[group]);
        query->params |= PARAM (P_GROUP0 + group);
      }
  if (list->len == 0)
    return;
  g_string_prepend (list, "o.status_group IN (");
  g_string_append_c (list, ')');
  add_clause (where, list->str);
}

static void
add_filters (OfcOrderQuery *query, GString *where, const OfcOrderFilter *filter)
{
  for (gsize i = 0; i < G_N_ELEMENTS (id_filters); i++)
    if (!ofc_uuid_is_nil (G_STRUCT_MEMBER_P ((gpointer) filter, id_filters[i].offset)))
      {
        add_clause (where, id_filters[i].clause);
        query->params |= PARAM (id_filters[i].param);
      }
  add_groups (query, where, filter);
  /* literal "= 1" so the partial index on urgent orders applies */
  if (filter->urgent_only)
    add_clause (where, "o.urgent = 1");
  if (filter->overdue_only)
    add_clause (where, "o.overdue_at < ?7");
  if (filter->created_from != 0)
    add_clause (where, "o.created_at >= ?8");
  if (filter->created_to != 0)
    add_clause (where, "o.created_at < ?9");
  query->params |= (filter->overdue_only ? PARAM (P_NOW) : 0) |
                   (filter->created_from != 0 ? PARAM (P_FROM) : 0) |
                   (filter->created_to != 0 ? PARAM (P_TO) : 0);
}

/* the FROM clause: a search by creation order is driven by the FTS index, newest first,
 * so it stops at the limit; other sorts collect the matches first */
static void
add_source (OfcOrderQuery *query,
            GString *sql,
            GString *where,
            const OfcOrderFilter *filter,
            gboolean fts_first)
{
  if (fts_first)
    {
      g_string_append (sql, " FROM repair_order_fts AS f CROSS JOIN repair_order AS o"
                            " ON o.rowid = f.rowid");
      add_clause (where, "f.repair_order_fts MATCH ?10");
    }
  else
    {
      g_string_append (sql, " FROM repair_order AS o");
      if (query->match != NULL)
        add_clause (where, "o.rowid IN (SELECT rowid FROM repair_order_fts"
                           " WHERE repair_order_fts MATCH ?10)");
    }
  if (query->match != NULL)
    query->params |= PARAM (P_MATCH);
}

/* A filtered list is small: read it, then sort it (CROSS JOIN keeps the orders outside).
 * Left to itself SQLite walks the sort column's index instead — every client by name,
 * each one's orders checked against the filter: seconds on a million orders. Unfiltered,
 * that walk is the better plan, so it is left to choose. */
static void
add_sort_join (GString *sql, const OfcOrderFilter *filter, gboolean filtered)
{
  if (sorts[filter->sort].join == NULL)
    return;
  if (sorts[filter->sort].optional)
    g_string_append (sql, " LEFT JOIN ");
  else
    g_string_append (sql, filtered ? " CROSS JOIN " : " JOIN ");
  g_string_append (sql, sorts[filter->sort].join);
}

static void
add_order (GString *sql, const OfcOrderFilter *filter, gboolean fts_first)
{
  const char *direction = filter->descending ? " DESC" : "";
  const char *expression = sorts[filter->sort].expression;
  const char *rowid = fts_first ? "f.rowid" : "o.rowid";

  if (filter->sort == OFC_ORDER_SORT_CREATED)
    g_string_append_printf (sql, " ORDER BY %s%s", rowid, direction);
  else
    g_string_append_printf (sql, " ORDER BY %s%s, %s%s", expression, direction, rowid, direction);
}

/**
 * _ofc_order_query_init:
 * @limited: ?17 limits the rows and ?18 skips some (ids queries)
 *
 * Builds the SQL of @filter from literal fragments only; values are parameters that
 * _ofc_order_query_bind() binds.
 */
void
_ofc_order_query_init (OfcOrderQuery *query,
                       const OfcOrderFilter *filter,
                       OfcOrderQueryKind kind,
                       gboolean limited)
{
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autoptr (GString) where = g_string_new (NULL);
  gboolean fts_first;

  g_return_if_fail (filter->sort < OFC_N_ORDER_SORTS);

  query->params = 0;
  query->match = ofc_order_search_to_match (filter->search);
  fts_first = query->match != NULL &&
              (kind == OFC_ORDER_QUERY_COUNT || filter->sort == OFC_ORDER_SORT_CREATED);
  g_string_append (sql, kind == OFC_ORDER_QUERY_COUNT ? "SELECT count(*)" : "SELECT o.rowid");
  add_source (query, sql, where, filter, fts_first);
  add_filters (query, where, filter);
  if (kind == OFC_ORDER_QUERY_IDS)
    add_sort_join (sql, filter, where->len > 0);
  if (kind == OFC_ORDER_QUERY_COUNT && where->len == 0)
    g_string_assign (sql, ALL_ORDERS_SQL);
  g_string_append (sql, where->str);
  if (kind == OFC_ORDER_QUERY_IDS)
    add_order (sql, filter, fts_first);
  if (limited)
    {
      g_string_append (sql, " LIMIT ?17 OFFSET ?18");
      query->params |= PARAM (P_LIMIT) | PARAM (P_OFFSET);
    }
  query->sql = g_string_free (g_steal_pointer (&sql), FALSE);
}

void
_ofc_order_query_clear (OfcOrderQuery *query)
{
  g_clear_pointer (&query->sql, g_free);
  g_clear_pointer (&query->match, g_free);
}

/**
 * _ofc_order_query_bind:
 * @now: the database clock, for the overdue filter
 */
void
_ofc_order_query_bind (const OfcOrderQuery *query,
                       OfcStatement *statement,
                       const OfcOrderFilter *filter,
                       gint64 now,
                       gint64 limit,
                       gint64 offset)
{
  for (gsize i = 0; i < G_N_ELEMENTS (id_filters); i++)
    if ((query->params & PARAM (id_filters[i].param)) != 0)
      ofc_statement_bind_uuid (statement, id_filters[i].param,
                               G_STRUCT_MEMBER_P ((gpointer) filter, id_filters[i].offset));
  for (guint group = 0; group < OFC_N_STATUS_GROUPS; group++)
    if ((query->params & PARAM (P_GROUP0 + group)) != 0)
      ofc_statement_bind_int64 (statement, P_GROUP0 + (int) group, group);
  if ((query->params & PARAM (P_NOW)) != 0)
    ofc_statement_bind_int64 (statement, P_NOW, now);
  if ((query->params & PARAM (P_FROM)) != 0)
    ofc_statement_bind_int64 (statement, P_FROM, filter->created_from);
  if ((query->params & PARAM (P_TO)) != 0)
    ofc_statement_bind_int64 (statement, P_TO, filter->created_to);
  if ((query->params & PARAM (P_MATCH)) != 0)
    ofc_statement_bind_text (statement, P_MATCH, query->match);
  if ((query->params & PARAM (P_LIMIT)) != 0)
    {
      ofc_statement_bind_int64 (statement, P_LIMIT, limit);
      ofc_statement_bind_int64 (statement, P_OFFSET, offset);
    }
}

/*
 * Materialising
 */

static char *
rowids_to_json (const gint64 *rowids, guint n)
{
  GString *json = g_string_sized_new (n * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", rowids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static void
put_in_place (GPtrArray *orders, GHashTable *positions, OfcStatement *statement)
{
  gint64 rowid = ofc_statement_get_int64 (statement, OFC_ORDER_N_COLUMNS + OFC_ORDER_N_NAMES);
  gpointer position;
  OfcOrder *order;

  if (!g_hash_table_lookup_extended (positions, &rowid, NULL, &position))
    return;
  order = ofc_order_new ();
  _ofc_record_read_row (G_OBJECT (order), &_ofc_order_record, statement, 0);
  _ofc_order_read_names (order, statement, OFC_ORDER_N_COLUMNS);
  g_ptr_array_index (orders, GPOINTER_TO_UINT (position)) = order;
}

static void
unref_order (gpointer order)
{
  if (order != NULL)
    g_object_unref (order);
}

/**
 * _ofc_order_load_rowids:
 * @rowids: (array length=n): orders by rowid
 *
 * Returns: (transfer full) (element-type OfcOrder) (nullable): the orders in the order of
 * @rowids
 */
GPtrArray *
_ofc_order_load_rowids (OfcDatabase *database, const gint64 *rowids, guint n, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GHashTable) positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) orders = g_ptr_array_new_full (n, unref_order);
  g_autofree char *json = rowids_to_json (rowids, n);
  GError *local = NULL;

  statement = ofc_database_prepare (database,
                                    "SELECT " OFC_ORDER_COLUMNS "," OFC_ORDER_NAMES
                                    ", o.rowid" OFC_ORDER_JOINS
                                    " WHERE o.rowid IN (SELECT value FROM json_each(?1))",
                                    error);
  if (statement == NULL)
    return NULL;
  g_ptr_array_set_size (orders, (gint) n);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (positions, (gpointer) &rowids[i], GUINT_TO_POINTER (i));
  ofc_statement_bind_text (statement, 1, json);
  while (ofc_statement_step (statement, &local))
    put_in_place (orders, positions, statement);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  for (guint i = orders->len; i > 0; i--)
    if (g_ptr_array_index (orders, i - 1) == NULL)
      g_ptr_array_remove_index (orders, i - 1);
  return g_steal_pointer (&orders);
}

/*
 * One-shot queries
 */

static GArray *
run_ids (OfcDatabase *database, const OfcOrderFilter *filter, guint limit, GError **error)
{
  g_auto (OfcOrderQuery) query = { 0 };
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local = NULL;

  _ofc_order_query_init (&query, filter, OFC_ORDER_QUERY_IDS, TRUE);
  if (filter->search != NULL && query.match == NULL)
    return g_steal_pointer (&ids);
  statement = ofc_database_prepare (database, query.sql, error);
  if (statement == NULL)
    return NULL;
  _ofc_order_query_bind (&query, statement, filter, ofc_database_now (database), limit, 0);
  while (ofc_statement_step (statement, &local))
    {
      gint64 rowid = ofc_statement_get_int64 (statement, 0);

      g_array_append_val (ids, rowid);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * ofc_order_search:
 * @filter: what to find, usually just its search text
 * @limit: the most orders to return
 *
 * Returns: (transfer full) (nullable): the first @limit matching orders (#OfcOrder) in
 * @filter's order, newest first by default
 */
GListModel *
ofc_order_search (OfcContext *context, const OfcOrderFilter *filter, guint limit, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (GArray) ids = run_ids (database, filter, limit, error);
  g_autoptr (GPtrArray) orders = NULL;
  GListStore *list;

  if (ids == NULL)
    return NULL;
  orders = _ofc_order_load_rowids (database, (gint64 *) ids->data, ids->len, error);
  if (orders == NULL)
    return NULL;
  list = g_list_store_new (OFC_TYPE_ORDER);
  g_list_store_splice (list, 0, 0, orders->pdata, orders->len);
  return G_LIST_MODEL (list);
}

/* @query binds the filter's parameters; without it ?1, if any, is the database clock */
static gboolean
count_sql (OfcDatabase *database,
           const char *sql,
           const OfcOrderQuery *query,
           const OfcOrderFilter *filter,
           gboolean bind_now,
           gint64 *count,
           GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  if (query != NULL)
    _ofc_order_query_bind (query, statement, filter, ofc_database_now (database), 0, 0);
  else if (bind_now)
    ofc_statement_bind_int64 (statement, 1, ofc_database_now (database));
  if (!ofc_statement_step (statement, error))
    return FALSE;
  *count = ofc_statement_get_int64 (statement, 0);
  return TRUE;
}

gboolean
_ofc_order_count (OfcDatabase *database,
                  const OfcOrderFilter *filter,
                  gint64 *count,
                  GError **error)
{
  g_auto (OfcOrderQuery) query = { 0 };

  _ofc_order_query_init (&query, filter, OFC_ORDER_QUERY_COUNT, FALSE);
  *count = 0;
  if (filter->search != NULL && query.match == NULL)
    return TRUE;
  return count_sql (database, query.sql, &query, filter, FALSE, count, error);
}

/**
 * ofc_order_count:
 * @count: (out): how many orders @filter matches
 */
gboolean
ofc_order_count (OfcContext *context, const OfcOrderFilter *filter, gint64 *count, GError **error)
{
  return _ofc_order_count (ofc_context_get_database (context), filter, count, error);
}

/**
 * ofc_order_counts:
 * @counts: (out caller-allocates): all, open, urgent and overdue orders
 *
 * Each count walks an index; overdue is against the database clock.
 */
gboolean
ofc_order_counts (OfcContext *context, OfcOrderCounts *counts, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);

  return count_sql (database, ALL_ORDERS_SQL, NULL, NULL, FALSE, &counts->all, error) &&
         count_sql (database, "SELECT count(*) FROM repair_order WHERE status_group < 4", NULL,
                    NULL, FALSE, &counts->open, error) &&
         count_sql (database,
                    "SELECT count(*) FROM repair_order WHERE urgent = 1 AND status_group < 4", NULL,
                    NULL, FALSE, &counts->urgent, error) &&
         count_sql (database, "SELECT count(*) FROM repair_order WHERE overdue_at < ?1", NULL, NULL,
                    TRUE, &counts->overdue, error);
}
