/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The client sources of OfcClientStore ("how did you hear about us"): the defaults made on
 * first start, listing, adding, renaming, archiving and restoring, each journaled.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "db/ofc-journal.h"
#include "ofc-client-private.h"

#define SEEDED_KEY       "client_sources_seeded"
#define MAX_SOURCE_CHARS OFC_TEXT_MAX_SHORT

/* stored in the language of the first start; the shop renames them at will */
static const char *const default_sources[] = {
  N_ ("Walk-in"), N_ ("Recommendation"),  N_ ("Internet search"),
  N_ ("Maps"),    N_ ("Social networks"), N_ ("Returning client"),
};

static OfcDatabase *
get_database (OfcClientStore *self)
{
  return ofc_context_get_database (self->context);
}

static void
notify_changed (OfcClientStore *self)
{
  if (!ofc_database_in_transaction (get_database (self)))
    ofc_context_notify_changed (self->context, OFC_CLIENT_SOURCE_ENTITY);
}

static gboolean
insert_source (OfcClientStore *self, const char *name, int position, OfcUuid *id, GError **error)
{
  OfcDatabase *database = get_database (self);
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  gint64 now = ofc_database_now (database);

  statement = ofc_database_prepare (database,
                                    "INSERT INTO client_source"
                                    " (id, name, position, archived, created_at, updated_at)"
                                    " VALUES (?1, ?2, ?3, 0, ?4, ?4)",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_uuid_generate (id);
  ofc_statement_bind_uuid (statement, 1, id);
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_int64 (statement, 3, position);
  ofc_statement_bind_int64 (statement, 4, now);
  ofc_change_set_text (changes, "name", NULL, name);
  ofc_change_set_int64 (changes, "position", 0, position);
  return ofc_statement_exec (statement, error) &&
         ofc_journal_append (database, OFC_CLIENT_SOURCE_ENTITY, id, OFC_JOURNAL_CREATE, changes,
                             error);
}

/**
 * _ofc_client_store_seed_sources:
 *
 * Creates the default sources once per database; a shop that archives them all does not
 * get them back.
 */
gboolean
_ofc_client_store_seed_sources (OfcClientStore *self, GError **error)
{
  OfcDatabase *database = get_database (self);
  g_autofree char *seeded = ofc_database_dup_meta (database, SEEDED_KEY);
  g_autoptr (OfcTransaction) transaction = NULL;
  OfcUuid id;

  if (seeded != NULL)
    return TRUE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (default_sources); i++)
    if (!insert_source (self, _ (default_sources[i]), (int)i + 1, &id, error))
      return FALSE;
  return ofc_database_set_meta (database, SEEDED_KEY, "1", error) &&
         ofc_transaction_commit (transaction, error);
}

/**
 * _ofc_client_store_lookup_source:
 * @name: (out): the source's name
 *
 * Returns: %TRUE if the source exists; otherwise an %OFC_ERROR_INVALID error for
 * "source-id"
 */
gboolean
_ofc_client_store_lookup_source (OfcClientStore *self,
                                 const OfcUuid *id,
                                 char **name,
                                 GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (get_database (self),
                                    "SELECT name FROM client_source WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, id);
  if (ofc_statement_step (statement, &local))
    {
      *name = ofc_statement_dup_text (statement, 0);
      return TRUE;
    }
  if (local != NULL)
    g_propagate_error (error, local);
  else
    ofc_set_invalid (error, "source-id", _ ("The chosen client source does not exist"));
  return FALSE;
}

static OfcClientSource *
source_from_row (OfcStatement *statement)
{
  OfcUuid id;

  ofc_statement_get_uuid (statement, 0, &id);
  return ofc_client_source_new (&id, ofc_statement_get_text (statement, 1),
                                (int)ofc_statement_get_int64 (statement, 2),
                                ofc_statement_get_bool (statement, 3));
}

/**
 * ofc_client_store_list_sources:
 * @include_archived: list archived sources too (for the settings page)
 *
 * Returns: (transfer full) (nullable): a list of #OfcClientSource in the shop's order
 */
GListModel *
ofc_client_store_list_sources (OfcClientStore *self, gboolean include_archived, GError **error)
{
  g_autoptr (GListStore) sources = g_list_store_new (OFC_TYPE_CLIENT_SOURCE);
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);

  statement = ofc_database_prepare (get_database (self),
                                    "SELECT id, name, position, archived FROM client_source"
                                    " WHERE ?1 OR archived = 0 ORDER BY position, rowid",
                                    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_bool (statement, 1, include_archived);
  while (ofc_statement_step (statement, &local))
    {
      g_autoptr (OfcClientSource) source = source_from_row (statement);

      g_list_store_append (sources, source);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&sources));
}

/* names are compared case-insensitively in every script, which SQL cannot do here */
static gboolean
check_name_free (OfcClientStore *self, const char *name, const OfcUuid *except_id, GError **error)
{
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (self, FALSE, error);
  g_autofree char *folded = ofc_text_fold (name);

  if (sources == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, i);
      g_autofree char *other = ofc_text_fold (ofc_client_source_get_name (source));

      if (g_strcmp0 (folded, other) == 0 &&
          (except_id == NULL || !ofc_uuid_equal (except_id, ofc_client_source_get_id (source))))
        {
          ofc_set_invalid (error, "name", _ ("The client source “%s” already exists"), name);
          return FALSE;
        }
    }
  return TRUE;
}

static char *
take_valid_name (OfcClientStore *self, const char *name, const OfcUuid *except_id, GError **error)
{
  g_autofree char *clean = ofc_text_take_valid ("name", _ ("Source name"), name, MAX_SOURCE_CHARS,
                                                OFC_TEXT_REQUIRED, error);

  if (clean == NULL || !check_name_free (self, clean, except_id, error))
    return NULL;
  return g_steal_pointer (&clean);
}

static int
next_position (OfcClientStore *self)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (
      get_database (self), "SELECT coalesce(max(position), 0) + 1 FROM client_source", NULL);
  if (statement == NULL || !ofc_statement_step (statement, NULL))
    return 1;
  return (int)ofc_statement_get_int64 (statement, 0);
}

/**
 * ofc_client_store_add_source:
 * @name: the new source's name, unique among active sources
 *
 * Returns: (transfer full) (nullable): the source, placed last
 */
OfcClientSource *
ofc_client_store_add_source (OfcClientStore *self, const char *name, GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autofree char *clean = NULL;
  int position;
  OfcUuid id;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);

  transaction = ofc_database_begin (get_database (self), error);
  if (transaction == NULL || (clean = take_valid_name (self, name, NULL, error)) == NULL)
    return NULL;
  position = next_position (self);
  if (!insert_source (self, clean, position, &id, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  notify_changed (self);
  return ofc_client_source_new (&id, clean, position, FALSE);
}

static gboolean
write_source (OfcClientStore *self,
              OfcClientSource *source,
              const char *name,
              gboolean archived,
              const char *operation,
              GError **error)
{
  OfcDatabase *database = get_database (self);
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  statement = ofc_database_prepare (database,
                                    "UPDATE client_source SET name = ?2, archived = ?3,"
                                    " updated_at = ?4 WHERE id = ?1",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, ofc_client_source_get_id (source));
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_bool (statement, 3, archived);
  ofc_statement_bind_int64 (statement, 4, ofc_database_now (database));
  ofc_change_set_text (changes, "name", ofc_client_source_get_name (source), name);
  ofc_change_set_bool (changes, "archived", ofc_client_source_get_archived (source), archived);
  return ofc_statement_exec (statement, error) &&
         ofc_journal_append (database, OFC_CLIENT_SOURCE_ENTITY, ofc_client_source_get_id (source),
                             operation, changes, error);
}

/**
 * ofc_client_store_rename_source:
 * @source: a source from ofc_client_store_list_sources()
 * @name: its new name, unique among active sources
 *
 * Clients show the new name at once; their history keeps the name they were saved with.
 *
 * Returns: (transfer full) (nullable): the renamed source
 */
OfcClientSource *
ofc_client_store_rename_source (OfcClientStore *self,
                                OfcClientSource *source,
                                const char *name,
                                GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autofree char *clean = NULL;
  const OfcUuid *id;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (source), NULL);

  id = ofc_client_source_get_id (source);
  transaction = ofc_database_begin (get_database (self), error);
  if (transaction == NULL || (clean = take_valid_name (self, name, id, error)) == NULL)
    return NULL;
  if (!write_source (self, source, clean, ofc_client_source_get_archived (source),
                     OFC_JOURNAL_UPDATE, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  notify_changed (self);
  return ofc_client_source_new (id, clean, ofc_client_source_get_position (source),
                                ofc_client_source_get_archived (source));
}

static gboolean
set_source_archived (OfcClientStore *self,
                     OfcClientSource *source,
                     gboolean archived,
                     GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;

  transaction = ofc_database_begin (get_database (self), error);
  if (transaction == NULL)
    return FALSE;
  if (!archived && !check_name_free (self, ofc_client_source_get_name (source),
                                     ofc_client_source_get_id (source), error))
    return FALSE;
  if (!write_source (self, source, ofc_client_source_get_name (source), archived,
                     archived ? OFC_JOURNAL_ARCHIVE : OFC_JOURNAL_RESTORE, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  notify_changed (self);
  return TRUE;
}

/**
 * ofc_client_store_archive_source:
 *
 * Removes @source from the choices offered for new clients; clients that have it keep it.
 *
 * Returns: %TRUE on success
 */
gboolean
ofc_client_store_archive_source (OfcClientStore *self, OfcClientSource *source, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (source), FALSE);
  return set_source_archived (self, source, TRUE, error);
}

/**
 * ofc_client_store_restore_source:
 *
 * Offers an archived source again; refused when an active source has its name.
 *
 * Returns: %TRUE on success
 */
gboolean
ofc_client_store_restore_source (OfcClientStore *self, OfcClientSource *source, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (source), FALSE);
  return set_source_archived (self, source, FALSE, error);
}
