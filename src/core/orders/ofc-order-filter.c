/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFilter: the boxed filter of order lists, its text form (a GVariant dictionary,
 * unknown keys ignored so newer filters still load) and the saved filters.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-filter.h"
#include "reference/ofc-record-private.h"

G_DEFINE_BOXED_TYPE (OfcOrderFilter, ofc_order_filter, ofc_order_filter_copy, ofc_order_filter_free)

static const char *const sort_codes[OFC_N_ORDER_SORTS] = {
  "created", "number",   "deadline", "updated", "status",   "status-since", "client",
  "device",  "executor", "manager",  "type",    "location", "estimate",     "urgent",
};

/* the id fields, for copying, comparing and the text form */
static const struct
{
  const char *key;
  gsize offset;
} id_fields[] = {
  { "status", G_STRUCT_OFFSET (OfcOrderFilter, status_id) },
  { "executor", G_STRUCT_OFFSET (OfcOrderFilter, executor_id) },
  { "manager", G_STRUCT_OFFSET (OfcOrderFilter, manager_id) },
  { "type", G_STRUCT_OFFSET (OfcOrderFilter, type_id) },
  { "location", G_STRUCT_OFFSET (OfcOrderFilter, location_id) },
  { "client", G_STRUCT_OFFSET (OfcOrderFilter, client_id) },
};

const char *
ofc_order_sort_to_code (OfcOrderSort sort)
{
  g_return_val_if_fail (sort < OFC_N_ORDER_SORTS, NULL);
  return sort_codes[sort];
}

gboolean
ofc_order_sort_from_code (const char *code, OfcOrderSort *out)
{
  for (guint i = 0; i < OFC_N_ORDER_SORTS; i++)
    if (g_strcmp0 (sort_codes[i], code) == 0)
      {
        *out = (OfcOrderSort) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ofc_order_filter_new:
 *
 * Returns: (transfer full): every order, newest first
 */
OfcOrderFilter *
ofc_order_filter_new (void)
{
  OfcOrderFilter *filter = g_new0 (OfcOrderFilter, 1);

  filter->sort = OFC_ORDER_SORT_CREATED;
  filter->descending = TRUE;
  return filter;
}

OfcOrderFilter *
ofc_order_filter_copy (const OfcOrderFilter *filter)
{
  OfcOrderFilter *copy = g_memdup2 (filter, sizeof *filter);

  copy->search = g_strdup (filter->search);
  return copy;
}

void
ofc_order_filter_free (OfcOrderFilter *filter)
{
  if (filter == NULL)
    return;
  g_free (filter->search);
  g_free (filter);
}

void
ofc_order_filter_set_search (OfcOrderFilter *filter, const char *search)
{
  g_free (filter->search);
  filter->search = ofc_text_is_blank (search) ? NULL : g_strdup (search);
}

gboolean
ofc_order_filter_equal (const OfcOrderFilter *a, const OfcOrderFilter *b)
{
  for (gsize i = 0; i < G_N_ELEMENTS (id_fields); i++)
    if (!ofc_uuid_equal (G_STRUCT_MEMBER_P ((gpointer) a, id_fields[i].offset),
                         G_STRUCT_MEMBER_P ((gpointer) b, id_fields[i].offset)))
      return FALSE;
  return a->status_groups == b->status_groups && !a->urgent_only == !b->urgent_only &&
         !a->overdue_only == !b->overdue_only && a->created_from == b->created_from &&
         a->created_to == b->created_to && g_strcmp0 (a->search, b->search) == 0 &&
         a->sort == b->sort && !a->descending == !b->descending;
}

/**
 * ofc_order_filter_serialize:
 *
 * Returns: (transfer full): the filter as GVariant text, only the fields that are set
 */
char *
ofc_order_filter_serialize (const OfcOrderFilter *filter)
{
  g_auto (GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr (GVariant) value = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (id_fields); i++)
    {
      const OfcUuid *id = G_STRUCT_MEMBER_P ((gpointer) filter, id_fields[i].offset);

      if (!ofc_uuid_is_nil (id))
        g_variant_dict_insert_value (&dict, id_fields[i].key,
                                     g_variant_new_take_string (ofc_uuid_dup_string (id)));
    }
  if (filter->status_groups != 0)
    g_variant_dict_insert (&dict, "groups", "u", filter->status_groups);
  if (filter->urgent_only)
    g_variant_dict_insert (&dict, "urgent", "b", TRUE);
  if (filter->overdue_only)
    g_variant_dict_insert (&dict, "overdue", "b", TRUE);
  if (filter->created_from != 0)
    g_variant_dict_insert (&dict, "from", "x", filter->created_from);
  if (filter->created_to != 0)
    g_variant_dict_insert (&dict, "to", "x", filter->created_to);
  if (filter->search != NULL)
    g_variant_dict_insert (&dict, "search", "s", filter->search);
  g_variant_dict_insert (&dict, "sort", "s", sort_codes[filter->sort]);
  g_variant_dict_insert (&dict, "descending", "b", filter->descending);
  value = g_variant_ref_sink (g_variant_dict_end (&dict));
  return g_variant_print (value, TRUE);
}

static void
read_ids (GVariantDict *dict, OfcOrderFilter *filter)
{
  for (gsize i = 0; i < G_N_ELEMENTS (id_fields); i++)
    {
      const char *text = NULL;

      if (g_variant_dict_lookup (dict, id_fields[i].key, "&s", &text))
        ofc_uuid_parse (text, G_STRUCT_MEMBER_P (filter, id_fields[i].offset));
    }
}

/**
 * ofc_order_filter_deserialize:
 *
 * Returns: (transfer full) (nullable): the filter written by ofc_order_filter_serialize()
 */
OfcOrderFilter *
ofc_order_filter_deserialize (const char *text, GError **error)
{
  g_autoptr (GVariant) value = NULL;
  g_autoptr (GVariantDict) dict = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  const char *sort = NULL;
  g_autoptr (GError) local = NULL;

  value = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &local);
  if (value == NULL)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("The saved filter is damaged: %s"),
                   local->message);
      return NULL;
    }
  dict = g_variant_dict_new (value);
  read_ids (dict, filter);
  g_variant_dict_lookup (dict, "groups", "u", &filter->status_groups);
  g_variant_dict_lookup (dict, "urgent", "b", &filter->urgent_only);
  g_variant_dict_lookup (dict, "overdue", "b", &filter->overdue_only);
  g_variant_dict_lookup (dict, "from", "x", &filter->created_from);
  g_variant_dict_lookup (dict, "to", "x", &filter->created_to);
  g_variant_dict_lookup (dict, "search", "s", &filter->search);
  g_variant_dict_lookup (dict, "descending", "b", &filter->descending);
  if (g_variant_dict_lookup (dict, "sort", "&s", &sort))
    ofc_order_sort_from_code (sort, &filter->sort);
  return g_steal_pointer (&filter);
}

/*
 * Saved filters
 */

static gboolean
upsert (OfcDatabase *database, const char *name, const OfcOrderFilter *filter, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autofree char *key = ofc_text_fold (name);
  g_autofree char *text = ofc_order_filter_serialize (filter);
  OfcUuid id;

  statement = ofc_database_prepare (database,
                                    "INSERT INTO order_saved_filter (id, name, name_key, filter,"
                                    " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
                                    " ON CONFLICT (name_key) DO UPDATE SET name = excluded.name,"
                                    " filter = excluded.filter, updated_at = excluded.updated_at"
                                    " RETURNING id",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_text (statement, 4, text);
  ofc_statement_bind_int64 (statement, 5, ofc_database_now (database));
  if (!ofc_statement_step (statement, error))
    return FALSE;
  ofc_statement_get_uuid (statement, 0, &id);
  ofc_statement_reset (statement);
  ofc_change_set_text (changes, "filter", NULL, text);
  return ofc_journal_append (database, "order_saved_filter", &id, OFC_JOURNAL_UPDATE, changes,
                             error);
}

/**
 * ofc_order_filter_save:
 * @name: the name people pick the filter by; saving under an existing name (any case)
 *   replaces it
 */
gboolean
ofc_order_filter_save (OfcContext *context,
                       const char *name,
                       const OfcOrderFilter *filter,
                       GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autofree char *clean =
      ofc_text_take_valid ("name", _ ("Name"), name, OFC_TEXT_MAX_SHORT, OFC_TEXT_REQUIRED, error);
  g_autoptr (OfcTransaction) transaction = NULL;

  if (clean == NULL)
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !upsert (database, clean, filter, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "order_saved_filter");
  return TRUE;
}

OfcOrderFilter *
ofc_order_filter_load (OfcContext *context, const char *name, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (name);
  GError *local = NULL;

  statement =
      ofc_database_prepare (ofc_context_get_database (context),
                            "SELECT filter FROM order_saved_filter WHERE name_key = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, key);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        g_set_error (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no saved filter “%s”"),
                     name);
      g_propagate_error (error, local);
      return NULL;
    }
  return ofc_order_filter_deserialize (ofc_statement_get_text (statement, 0), error);
}

/**
 * ofc_order_filter_list_names:
 *
 * Returns: (transfer full) (nullable): the saved filters' names, by position then name
 */
GStrv
ofc_order_filter_list_names (OfcContext *context, GError **error)
{
  return ofc_database_query_texts (
      ofc_context_get_database (context),
      "SELECT name FROM order_saved_filter ORDER BY position, name_key", error);
}

static gboolean
delete_saved (OfcDatabase *database, const char *name, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (name);
  OfcUuid id;

  statement = ofc_database_prepare (database,
                                    "DELETE FROM order_saved_filter WHERE name_key = ?1"
                                    " RETURNING id",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, key);
  if (!ofc_statement_step (statement, NULL))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no saved filter “%s”"),
                   name);
      return FALSE;
    }
  ofc_statement_get_uuid (statement, 0, &id);
  ofc_statement_reset (statement);
  return ofc_journal_append (database, "order_saved_filter", &id, "delete", NULL, error);
}

gboolean
ofc_order_filter_delete (OfcContext *context, const char *name, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);

  if (transaction == NULL || !delete_saved (database, name, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "order_saved_filter");
  return TRUE;
}
