/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The learned catalogue managed by hand, as the Settings lists do it: every brand, model
 * and intake phrase, active or archived, alphabetically; adding one before anyone typed
 * it, archiving one nobody should be offered any more, and restoring it. Each change is
 * journaled in its own transaction.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-device-catalog.h"
#include "reference/ofc-reference-private.h"

#define BRAND_ID_SQL "(SELECT id FROM device_brand WHERE name_key = ?4)"

static GStrv
collect_texts (OfcStatement *statement, GError **error)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    g_strv_builder_add (builder, ofc_statement_get_text (statement, 0));
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

/* @sql lists texts; ?1 is @archived, ?2 @scope unless %NULL */
static GStrv
list_texts (
    OfcContext *context, const char *sql, gboolean archived, const char *scope, GError **error)
{
  g_autoptr (OfcStatement) statement =
      ofc_database_prepare (ofc_context_get_database (context), sql, error);

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_bool (statement, 1, archived);
  if (scope != NULL)
    ofc_statement_bind_text (statement, 2, scope);
  return collect_texts (statement, error);
}

/* runs @sql (?1 archived, ?2 now, ?3 the text's key, ?4 @scope unless %NULL; RETURNING id)
 * and journals every row it changed; returns how many, -1 on failure */
static int
write_archived (OfcDatabase *database,
                const char *entity,
                const char *sql,
                const char *scope,
                const char *text,
                gboolean archived,
                GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);
  g_autofree char *key = ofc_text_fold (text);
  GError *local = NULL;
  int changed = 0;

  if (statement == NULL)
    return -1;
  ofc_statement_bind_bool (statement, 1, archived);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  ofc_statement_bind_text (statement, 3, key);
  if (scope != NULL)
    ofc_statement_bind_text (statement, 4, scope);
  while (local == NULL && ofc_statement_step (statement, &local))
    {
      OfcUuid id;

      ofc_statement_get_uuid (statement, 0, &id);
      if (ofc_journal_append (database, entity, &id,
                              archived ? OFC_JOURNAL_ARCHIVE : OFC_JOURNAL_RESTORE, NULL, &local))
        changed++;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return -1;
    }
  return changed;
}

typedef struct
{
  const char *entity;
  const char *sql; /* see write_archived () */
  const char *notify;
} Archivable;

static const Archivable phrases = {
  "intake_phrase",
  "UPDATE intake_phrase SET archived = ?1, updated_at = ?2"
  " WHERE list = ?4 AND text_key = ?3 AND archived <> ?1 RETURNING id",
  "intake_phrase",
};

static const Archivable brands = {
  "device_brand",
  "UPDATE device_brand SET archived = ?1, updated_at = ?2"
  " WHERE name_key = ?3 AND archived <> ?1 RETURNING id",
  "device_brand",
};

static const Archivable models = {
  "device_model",
  "UPDATE device_model SET archived = ?1, updated_at = ?2"
  " WHERE brand_id = " BRAND_ID_SQL " AND name_key = ?3 AND archived <> ?1 RETURNING id",
  "device_model",
};

/* a row already in the wanted state is no error: archiving twice changes nothing */
static gboolean
set_archived (OfcContext *context,
              const Archivable *table,
              const char *scope,
              const char *text,
              gboolean archived,
              GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);
  int changed;

  if (transaction == NULL)
    return FALSE;
  changed = write_archived (database, table->entity, table->sql, scope, text, archived, error);
  if (changed < 0 || !ofc_transaction_commit (transaction, error))
    return FALSE;
  if (changed > 0)
    ofc_context_notify_changed (context, table->notify);
  return TRUE;
}

/* @sql: ?1 the key, ?2 the scope; returns 1 when a row exists, 0 when none, -1 on failure */
static int
exists (OfcDatabase *database, const char *sql, const char *key, const char *scope, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return -1;
  ofc_statement_bind_text (statement, 1, key);
  if (scope != NULL)
    ofc_statement_bind_text (statement, 2, scope);
  if (ofc_statement_step (statement, &local))
    return 1;
  if (local == NULL)
    return 0;
  g_propagate_error (error, local);
  return -1;
}

static gboolean
insert_named (OfcDatabase *database,
              const char *entity,
              const char *sql,
              const char *name,
              const char *scope,
              GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autofree char *key = ofc_text_fold (name);
  OfcUuid id;

  if (statement == NULL)
    return FALSE;
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_int64 (statement, 4, ofc_database_now (database));
  if (scope != NULL)
    ofc_statement_bind_text (statement, 5, scope);
  ofc_change_set_text (changes, "name", NULL, name);
  return ofc_statement_exec (statement, error) &&
         ofc_journal_append (database, entity, &id, OFC_JOURNAL_CREATE, changes, error);
}

/* inside the caller's transaction: an archived brand comes back, a new one is added */
static gboolean
add_brand (OfcDatabase *database, const char *name, GError **error)
{
  g_autofree char *key = ofc_text_fold (name);
  int found = exists (database, "SELECT 1 FROM device_brand WHERE name_key = ?1", key, NULL, error);

  if (found < 0)
    return FALSE;
  if (found > 0)
    return write_archived (database, brands.entity, brands.sql, NULL, name, FALSE, error) >= 0;
  return insert_named (database, "device_brand",
                       "INSERT INTO device_brand (id, name, name_key, use_count, created_at,"
                       " updated_at) VALUES (?1, ?2, ?3, 0, ?4, ?4)",
                       name, NULL, error);
}

static gboolean
add_model (OfcDatabase *database, const char *brand, const char *name, GError **error)
{
  g_autofree char *brand_key = ofc_text_fold (brand);
  g_autofree char *key = ofc_text_fold (name);
  int found;

  if (!add_brand (database, brand, error))
    return FALSE;
  found = exists (database,
                  "SELECT 1 FROM device_model WHERE name_key = ?1 AND brand_id ="
                  " (SELECT id FROM device_brand WHERE name_key = ?2)",
                  key, brand_key, error);
  if (found < 0)
    return FALSE;
  if (found > 0)
    return write_archived (database, models.entity, models.sql, brand_key, name, FALSE, error) >= 0;
  return insert_named (database, "device_model",
                       "INSERT INTO device_model (id, brand_id, name, name_key, use_count,"
                       " created_at, updated_at) SELECT ?1, b.id, ?2, ?3, 0, ?4, ?4"
                       " FROM device_brand AS b WHERE b.name_key = ?5",
                       name, brand_key, error);
}

static char *
take_name (const char *label, const char *text, GError **error)
{
  return ofc_text_take_valid ("name", label, text, OFC_TEXT_MAX_SHORT, OFC_TEXT_REQUIRED, error);
}

/*
 * Public API
 */

/**
 * ofc_catalog_list_phrases:
 * @archived: the archived phrases rather than the offered ones
 *
 * Returns: (transfer full) (nullable): the phrases of @list, alphabetically
 */
GStrv
ofc_catalog_list_phrases (OfcContext *context,
                          OfcIntakeList list,
                          gboolean archived,
                          GError **error)
{
  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, NULL);

  return list_texts (context,
                     "SELECT text FROM intake_phrase WHERE archived = ?1 AND list = ?2"
                     " ORDER BY text_key",
                     archived, _ofc_catalog_list_code (list), error);
}

gboolean
ofc_catalog_restore_phrase (OfcContext *context,
                            OfcIntakeList list,
                            const char *text,
                            GError **error)
{
  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, FALSE);

  return set_archived (context, &phrases, _ofc_catalog_list_code (list), text, FALSE, error);
}

/**
 * ofc_catalog_list_brands:
 *
 * Returns: (transfer full) (nullable): the brands, alphabetically
 */
GStrv
ofc_catalog_list_brands (OfcContext *context, gboolean archived, GError **error)
{
  return list_texts (context, "SELECT name FROM device_brand WHERE archived = ?1 ORDER BY name_key",
                     archived, NULL, error);
}

/**
 * ofc_catalog_list_models:
 * @brand: a brand, in any case
 *
 * Returns: (transfer full) (nullable): the models of @brand, alphabetically, each name once
 *   whatever the device types it was learned with
 */
GStrv
ofc_catalog_list_models (OfcContext *context, const char *brand, gboolean archived, GError **error)
{
  g_autofree char *brand_key = ofc_text_fold (brand);

  return list_texts (context,
                     "SELECT min(m.name) FROM device_model AS m"
                     " JOIN device_brand AS b ON b.id = m.brand_id"
                     " WHERE m.archived = ?1 AND b.name_key = ?2"
                     " GROUP BY m.name_key ORDER BY m.name_key",
                     archived, brand_key, error);
}

/**
 * ofc_catalog_add_brand:
 *
 * Adds @name to the brands offered, or offers it again if it was archived.
 */
gboolean
ofc_catalog_add_brand (OfcContext *context, const char *name, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autofree char *clean = take_name (_ ("Brand"), name, error);
  g_autoptr (OfcTransaction) transaction = NULL;

  if (clean == NULL)
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !add_brand (database, clean, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "device_brand");
  return TRUE;
}

gboolean
ofc_catalog_archive_brand (OfcContext *context, const char *name, GError **error)
{
  return set_archived (context, &brands, NULL, name, TRUE, error);
}

gboolean
ofc_catalog_restore_brand (OfcContext *context, const char *name, GError **error)
{
  return set_archived (context, &brands, NULL, name, FALSE, error);
}

/**
 * ofc_catalog_add_model:
 *
 * Adds @model of @brand (and @brand, if new) to the models offered, for any device type;
 * a model that was archived is offered again.
 */
gboolean
ofc_catalog_add_model (OfcContext *context, const char *brand, const char *model, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autofree char *clean_brand = take_name (_ ("Brand"), brand, error);
  g_autofree char *clean = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;

  if (clean_brand == NULL)
    return FALSE;
  clean = take_name (_ ("Model"), model, error);
  if (clean == NULL)
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !add_model (database, clean_brand, clean, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "device_model");
  return TRUE;
}

gboolean
ofc_catalog_archive_model (OfcContext *context,
                           const char *brand,
                           const char *model,
                           GError **error)
{
  g_autofree char *brand_key = ofc_text_fold (brand);

  return set_archived (context, &models, brand_key, model, TRUE, error);
}

gboolean
ofc_catalog_restore_model (OfcContext *context,
                           const char *brand,
                           const char *model,
                           GError **error)
{
  g_autofree char *brand_key = ofc_text_fold (brand);

  return set_archived (context, &models, brand_key, model, FALSE, error);
}
