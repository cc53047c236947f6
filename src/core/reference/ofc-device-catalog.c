/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The learned device catalogue: brands, models and intake phrases, their use counts and
 * completions by prefix. Learning runs inside the order's transaction; a new catalogue
 * row is journaled, a use-count bump is not (it is a statistic, not an edit).
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-device-catalog.h"
#include "reference/ofc-reference-private.h"

/* every key starting with a prefix sorts below prefix || U+10FFFF, so a prefix is an
 * index range */
#define PREFIX_RANGE(column, param) \
  " " column " >= " param " AND " column " < " param " || char(1114111)"

static const char *const list_codes[] = { "malfunction", "appearance", "completeness" };

/* the list's code in intake_phrase.list */
const char *
_ofc_catalog_list_code (OfcIntakeList list)
{
  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, NULL);
  return list_codes[list];
}

/* phrases longer than this are descriptions, not list items worth offering again */
#define PHRASE_MAX OFC_TEXT_MAX_SHORT

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

GStrv
ofc_catalog_complete_brands (OfcContext *context, const char *prefix, guint limit, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (prefix);

  statement =
      ofc_database_prepare (ofc_context_get_database (context),
                            "SELECT name FROM device_brand WHERE archived = 0 AND" PREFIX_RANGE (
                                "name_key", "?1") " ORDER BY use_count DESC, name_key LIMIT ?2",
                            error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, key);
  ofc_statement_bind_int64 (statement, 2, limit);
  return collect_texts (statement, error);
}

/**
 * ofc_catalog_complete_models:
 * @brand: (nullable): only models of this brand (any case)
 * @device_type_id: (nullable): only models of this device type
 */
GStrv
ofc_catalog_complete_models (OfcContext *context,
                             const char *brand,
                             const OfcUuid *device_type_id,
                             const char *prefix,
                             guint limit,
                             GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *brand_key = ofc_text_fold (brand);
  g_autofree char *key = ofc_text_fold (prefix);

  statement = ofc_database_prepare (
      ofc_context_get_database (context),
      "SELECT m.name FROM device_model AS m"
      " JOIN device_brand AS b ON b.id = m.brand_id"
      " WHERE m.archived = 0 AND (?1 = '' OR b.name_key = ?1)"
      " AND (?2 IS NULL OR m.device_type_id = ?2) AND" PREFIX_RANGE (
          "m.name_key", "?3") " GROUP BY m.name_key ORDER BY sum(m.use_count) DESC,"
                              " m.name_key LIMIT ?4",
      error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, brand_key);
  ofc_statement_bind_uuid (statement, 2, device_type_id);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_int64 (statement, 4, limit);
  return collect_texts (statement, error);
}

GStrv
ofc_catalog_complete_phrases (
    OfcContext *context, OfcIntakeList list, const char *prefix, guint limit, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (prefix);

  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, NULL);

  statement =
      ofc_database_prepare (ofc_context_get_database (context),
                            "SELECT text FROM intake_phrase WHERE list = ?1"
                            " AND archived = 0 AND" PREFIX_RANGE (
                                "text_key", "?2") " ORDER BY use_count DESC, text_key LIMIT ?3",
                            error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, list_codes[list]);
  ofc_statement_bind_text (statement, 2, key);
  ofc_statement_bind_int64 (statement, 3, limit);
  return collect_texts (statement, error);
}

/*
 * Learning
 */

/* runs an UPDATE … RETURNING id: 1 when a row matched (@out set), 0 when none did, -1 on
 * failure */
static int
bump (OfcStatement *statement, OfcUuid *out, GError **error)
{
  GError *local = NULL;

  if (ofc_statement_step (statement, &local))
    return ofc_statement_get_uuid (statement, 0, out) ? 1 : 0;
  if (local == NULL)
    return 0;
  g_propagate_error (error, local);
  return -1;
}

static gboolean
journal_new (
    OfcDatabase *database, const char *entity, const OfcUuid *id, const char *name, GError **error)
{
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  ofc_change_set_text (changes, "name", NULL, name);
  return ofc_journal_append (database, entity, id, OFC_JOURNAL_CREATE, changes, error);
}

static gboolean
learn_brand (OfcDatabase *database, const char *name, const char *key, OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) update = NULL;
  g_autoptr (OfcStatement) insert = NULL;
  int found;
  gint64 now = ofc_database_now (database);

  update = ofc_database_prepare (database,
                                 "UPDATE device_brand SET use_count = use_count + 1,"
                                 " updated_at = ?2 WHERE name_key = ?1 RETURNING id",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_text (update, 1, key);
  ofc_statement_bind_int64 (update, 2, now);
  found = bump (update, id, error);
  if (found != 0)
    return found > 0;
  insert = ofc_database_prepare (database,
                                 "INSERT INTO device_brand (id, name, name_key, use_count,"
                                 " created_at, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
                                 error);
  if (insert == NULL)
    return FALSE;
  ofc_uuid_generate (id);
  ofc_statement_bind_uuid (insert, 1, id);
  ofc_statement_bind_text (insert, 2, name);
  ofc_statement_bind_text (insert, 3, key);
  ofc_statement_bind_int64 (insert, 4, now);
  return ofc_statement_exec (insert, error) &&
         journal_new (database, "device_brand", id, name, error);
}

static gboolean
insert_model (OfcDatabase *database,
              const OfcUuid *brand_id,
              const OfcUuid *device_type_id,
              const char *name,
              const char *key,
              OfcUuid *id,
              GError **error)
{
  g_autoptr (OfcStatement) insert = NULL;

  insert = ofc_database_prepare (database,
                                 "INSERT INTO device_model (id, brand_id, device_type_id, name,"
                                 " name_key, use_count, created_at, updated_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)",
                                 error);
  if (insert == NULL)
    return FALSE;
  ofc_uuid_generate (id);
  ofc_statement_bind_uuid (insert, 1, id);
  ofc_statement_bind_uuid (insert, 2, brand_id);
  ofc_statement_bind_uuid (insert, 3, device_type_id);
  ofc_statement_bind_text (insert, 4, name);
  ofc_statement_bind_text (insert, 5, key);
  ofc_statement_bind_int64 (insert, 6, ofc_database_now (database));
  return ofc_statement_exec (insert, error) &&
         journal_new (database, "device_model", id, name, error);
}

static gboolean
learn_model (OfcDatabase *database,
             const OfcUuid *brand_id,
             const OfcUuid *device_type_id,
             const char *name,
             OfcUuid *id,
             GError **error)
{
  g_autoptr (OfcStatement) update = NULL;
  g_autofree char *key = ofc_text_fold (name);
  int found;

  update = ofc_database_prepare (database,
                                 "UPDATE device_model SET use_count = use_count + 1,"
                                 " updated_at = ?4 WHERE brand_id = ?1 AND device_type_id IS ?2"
                                 " AND name_key = ?3 RETURNING id",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_uuid (update, 1, brand_id);
  ofc_statement_bind_uuid (update, 2, device_type_id);
  ofc_statement_bind_text (update, 3, key);
  ofc_statement_bind_int64 (update, 4, ofc_database_now (database));
  found = bump (update, id, error);
  if (found != 0)
    return found > 0;
  return insert_model (database, brand_id, device_type_id, name, key, id, error);
}

/**
 * _ofc_catalog_learn_device:
 * @device_type_id: (nullable): the order's device type
 * @model_id: (out): the learned model, nil when there is no brand and model
 *
 * Counts one more use of @brand and @model, adding them when new. Inside the caller's
 * transaction.
 */
gboolean
_ofc_catalog_learn_device (OfcDatabase *database,
                           const OfcUuid *device_type_id,
                           const char *brand,
                           const char *model,
                           OfcUuid *model_id,
                           GError **error)
{
  g_autofree char *brand_key = ofc_text_fold (brand);
  OfcUuid brand_id;

  memset (model_id, 0, sizeof *model_id);
  if (*brand_key == '\0')
    return TRUE;
  if (!learn_brand (database, brand, brand_key, &brand_id, error))
    return FALSE;
  if (ofc_text_is_blank (model))
    return TRUE;
  return learn_model (database, &brand_id, device_type_id, model, model_id, error);
}

static gboolean
learn_phrase (
    OfcDatabase *database, OfcIntakeList list, const char *text, gint64 uses, GError **error)
{
  g_autoptr (OfcStatement) update = NULL;
  g_autoptr (OfcStatement) insert = NULL;
  g_autofree char *key = ofc_text_fold (text);
  int found;
  OfcUuid id;

  update = ofc_database_prepare (database,
                                 "UPDATE intake_phrase SET use_count = use_count + ?3,"
                                 " archived = 0, updated_at = ?4"
                                 " WHERE list = ?1 AND text_key = ?2 RETURNING id",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_text (update, 1, list_codes[list]);
  ofc_statement_bind_text (update, 2, key);
  ofc_statement_bind_int64 (update, 3, uses);
  ofc_statement_bind_int64 (update, 4, ofc_database_now (database));
  found = bump (update, &id, error);
  if (found != 0)
    return found > 0;
  insert = ofc_database_prepare (database,
                                 "INSERT INTO intake_phrase (id, list, text, text_key, use_count,"
                                 " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                                 error);
  if (insert == NULL)
    return FALSE;
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (insert, 1, &id);
  ofc_statement_bind_text (insert, 2, list_codes[list]);
  ofc_statement_bind_text (insert, 3, text);
  ofc_statement_bind_text (insert, 4, key);
  ofc_statement_bind_int64 (insert, 5, uses);
  ofc_statement_bind_int64 (insert, 6, ofc_database_now (database));
  return ofc_statement_exec (insert, error) &&
         journal_new (database, "intake_phrase", &id, text, error);
}

/**
 * _ofc_catalog_learn_phrases:
 * @text: an intake field as typed: items separated by commas, semicolons or lines
 *
 * Counts one more use of each short item of @text, adding new ones. Inside the caller's
 * transaction.
 */
gboolean
_ofc_catalog_learn_phrases (OfcDatabase *database,
                            OfcIntakeList list,
                            const char *text,
                            GError **error)
{
  g_auto (GStrv) items = g_strsplit_set (text != NULL ? text : "", ",;\n", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = ofc_text_clean (items[i], OFC_TEXT_SINGLE_LINE);

      if (*item == '\0' || g_utf8_strlen (item, -1) > PHRASE_MAX)
        continue;
      if (!learn_phrase (database, list, item, 1, error))
        return FALSE;
    }
  return TRUE;
}

/* a phrase offered from the start, before anyone used it */
gboolean
_ofc_catalog_add_phrase (OfcDatabase *database,
                         OfcIntakeList list,
                         const char *text,
                         GError **error)
{
  g_autofree char *clean =
      ofc_text_take_valid ("text", _ ("Phrase"), text, PHRASE_MAX, OFC_TEXT_REQUIRED, error);

  return clean != NULL && learn_phrase (database, list, clean, 0, error);
}

gboolean
ofc_catalog_add_phrase (OfcContext *context, OfcIntakeList list, const char *text, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;

  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, FALSE);

  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !_ofc_catalog_add_phrase (database, list, text, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "intake_phrase");
  return TRUE;
}

static gboolean
archive_phrase (OfcDatabase *database, OfcIntakeList list, const char *text, GError **error)
{
  g_autoptr (OfcStatement) update = NULL;
  g_autofree char *key = ofc_text_fold (text);
  GError *local = NULL;
  OfcUuid id;

  update = ofc_database_prepare (database,
                                 "UPDATE intake_phrase SET archived = 1, updated_at = ?3"
                                 " WHERE list = ?1 AND text_key = ?2 RETURNING id",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_text (update, 1, list_codes[list]);
  ofc_statement_bind_text (update, 2, key);
  ofc_statement_bind_int64 (update, 3, ofc_database_now (database));
  if (bump (update, &id, &local) <= 0)
    {
      if (local == NULL)
        g_set_error (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no phrase “%s”"), text);
      g_propagate_error (error, local);
      return FALSE;
    }
  return ofc_journal_append (database, "intake_phrase", &id, OFC_JOURNAL_ARCHIVE, NULL, error);
}

gboolean
ofc_catalog_archive_phrase (OfcContext *context,
                            OfcIntakeList list,
                            const char *text,
                            GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;

  g_return_val_if_fail (list <= OFC_INTAKE_COMPLETENESS, FALSE);

  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !archive_phrase (database, list, text, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  ofc_context_notify_changed (context, "intake_phrase");
  return TRUE;
}
