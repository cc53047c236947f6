/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The SQL of client rows: reading a client with its phones and source name, inserting and
 * updating the row with its derived columns (sort key, phone search words), replacing the
 * phone rows. Callers own the transaction and the journal entry.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "ofc-client-private.h"

/* columns of OFC_CLIENT_SELECT */
enum
{
  COL_ROWID,
  COL_ID,
  COL_KIND,
  COL_TEXT_FIRST, /* the OfcClientText fields, in order */
  COL_SMS_CONSENT = COL_TEXT_FIRST + OFC_CLIENT_N_TEXT,
  COL_EMAIL_CONSENT,
  COL_CONFLICT,
  COL_SOURCE_ID,
  COL_SOURCE_NAME,
  COL_TAGS,
  COL_DISCOUNT_FIRST,
  COL_ARCHIVED = COL_DISCOUNT_FIRST + OFC_N_DISCOUNTS,
  COL_VERSION,
  COL_CREATED_AT,
  COL_UPDATED_AT,
};

/* parameters of the insert and update statements */
enum
{
  PARAM_ID = 1,
  PARAM_KIND,
  PARAM_TEXT_FIRST,
  PARAM_SMS_CONSENT = PARAM_TEXT_FIRST + OFC_CLIENT_N_TEXT,
  PARAM_EMAIL_CONSENT,
  PARAM_CONFLICT,
  PARAM_SOURCE_ID,
  PARAM_TAGS,
  PARAM_DISCOUNT_FIRST,
  PARAM_ARCHIVED = PARAM_DISCOUNT_FIRST + OFC_N_DISCOUNTS,
  PARAM_VERSION,
  PARAM_CREATED_AT,
  PARAM_UPDATED_AT,
  PARAM_NAME_KEY,
  PARAM_SEARCH_PHONES,
  PARAM_EXPECTED_VERSION,
};

static gboolean
load_phones (OfcDatabase *database, OfcClient *client, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (database,
                                    "SELECT display, label FROM client_phone"
                                    " WHERE client_id = ?1 ORDER BY position",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, ofc_client_get_id (client));
  while (ofc_statement_step (statement, &local))
    ofc_client_add_phone (client, ofc_statement_get_text (statement, 0),
                          ofc_statement_get_text (statement, 1));
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static void
read_values (OfcStatement *statement, OfcClient *client)
{
  OfcUuid source_id;

  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    _ofc_client_set_text (client, i, ofc_statement_get_text (statement, COL_TEXT_FIRST + i));
  ofc_client_set_sms_consent (client, ofc_statement_get_bool (statement, COL_SMS_CONSENT));
  ofc_client_set_email_consent (client, ofc_statement_get_bool (statement, COL_EMAIL_CONSENT));
  ofc_client_set_conflict (client, ofc_statement_get_bool (statement, COL_CONFLICT));
  if (ofc_statement_get_uuid (statement, COL_SOURCE_ID, &source_id))
    _ofc_client_set_source (client, &source_id,
                            ofc_statement_get_text (statement, COL_SOURCE_NAME));
  ofc_client_set_tags_text (client, ofc_statement_get_text (statement, COL_TAGS));
  for (int i = 0; i < OFC_N_DISCOUNTS; i++)
    ofc_client_set_discount (client, i,
                             (int)ofc_statement_get_int64 (statement, COL_DISCOUNT_FIRST + i));
}

/**
 * _ofc_client_read_row:
 * @statement: positioned on a row of OFC_CLIENT_SELECT
 *
 * Returns: (transfer full) (nullable): the client with its phones
 */
OfcClient *
_ofc_client_read_row (OfcDatabase *database, OfcStatement *statement, GError **error)
{
  g_autoptr (OfcClient) client = NULL;
  OfcClientKind kind = g_strcmp0 (ofc_statement_get_text (statement, COL_KIND), "company") == 0
                           ? OFC_CLIENT_KIND_COMPANY
                           : OFC_CLIENT_KIND_PERSON;
  OfcUuid id;

  client = ofc_client_new (kind);
  ofc_statement_get_uuid (statement, COL_ID, &id);
  read_values (statement, client);
  _ofc_client_set_state (client, &id, ofc_statement_get_bool (statement, COL_ARCHIVED),
                         ofc_statement_get_int64 (statement, COL_VERSION),
                         ofc_statement_get_int64 (statement, COL_CREATED_AT),
                         ofc_statement_get_int64 (statement, COL_UPDATED_AT));
  if (!load_phones (database, client, error))
    return NULL;
  return g_steal_pointer (&client);
}

/**
 * _ofc_client_read_rows:
 * @statement: a bound OFC_CLIENT_SELECT statement
 *
 * Returns: (transfer full) (element-type OfcClient) (nullable): every client it yields
 */
GPtrArray *
_ofc_client_read_rows (OfcDatabase *database, OfcStatement *statement, GError **error)
{
  g_autoptr (GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    {
      OfcClient *client = _ofc_client_read_row (database, statement, &local);

      if (client == NULL)
        break;
      g_ptr_array_add (clients, client);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&clients);
}

static OfcClient *
load_one (OfcDatabase *database, OfcStatement *statement, GError **error)
{
  GError *local = NULL;

  if (ofc_statement_step (statement, &local))
    return _ofc_client_read_row (database, statement, error);
  if (local != NULL)
    g_propagate_error (error, local);
  else
    g_set_error_literal (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("The client was not found"));
  return NULL;
}

/**
 * _ofc_client_load:
 *
 * Returns: (transfer full) (nullable): the client, or %NULL with %OFC_ERROR_NOT_FOUND
 */
OfcClient *
_ofc_client_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database, OFC_CLIENT_SELECT "WHERE c.id = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  return load_one (database, statement, error);
}

OfcClient *
_ofc_client_load_rowid (OfcDatabase *database, gint64 rowid, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database, OFC_CLIENT_SELECT "WHERE c.rowid = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_int64 (statement, 1, rowid);
  return load_one (database, statement, error);
}

/* empty text is stored as NULL, so "no e-mail" is one value, not two */
static void
bind_optional (OfcStatement *statement, int index, const char *text)
{
  ofc_statement_bind_text (statement, index, text != NULL && *text != '\0' ? text : NULL);
}

static void
bind_client (OfcStatement *statement, OfcClient *client)
{
  g_autofree char *tags = ofc_client_dup_tags_text (client);
  g_autofree char *name_key = _ofc_client_dup_name_key (ofc_client_get_name (client));
  g_autofree char *search_phones = _ofc_client_dup_search_phones (client);

  ofc_statement_bind_uuid (statement, PARAM_ID, ofc_client_get_id (client));
  ofc_statement_bind_text (statement, PARAM_KIND,
                           _ofc_client_kind_to_string (ofc_client_get_kind (client)));
  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    bind_optional (statement, PARAM_TEXT_FIRST + i, _ofc_client_get_text (client, i));
  ofc_statement_bind_bool (statement, PARAM_SMS_CONSENT, ofc_client_get_sms_consent (client));
  ofc_statement_bind_bool (statement, PARAM_EMAIL_CONSENT, ofc_client_get_email_consent (client));
  ofc_statement_bind_bool (statement, PARAM_CONFLICT, ofc_client_get_conflict (client));
  ofc_statement_bind_uuid (statement, PARAM_SOURCE_ID, ofc_client_get_source_id (client));
  ofc_statement_bind_text (statement, PARAM_TAGS, tags);
  for (int i = 0; i < OFC_N_DISCOUNTS; i++)
    ofc_statement_bind_int64 (statement, PARAM_DISCOUNT_FIRST + i,
                              ofc_client_get_discount (client, i));
  ofc_statement_bind_bool (statement, PARAM_ARCHIVED, ofc_client_get_archived (client));
  ofc_statement_bind_int64 (statement, PARAM_VERSION, ofc_client_get_version (client));
  ofc_statement_bind_int64 (statement, PARAM_CREATED_AT, ofc_client_get_created_at (client));
  ofc_statement_bind_int64 (statement, PARAM_UPDATED_AT, ofc_client_get_updated_at (client));
  ofc_statement_bind_text (statement, PARAM_NAME_KEY, name_key);
  ofc_statement_bind_text (statement, PARAM_SEARCH_PHONES, search_phones);
}

/**
 * _ofc_client_insert_row:
 * @client: a validated client with its id, version and times set
 */
gboolean
_ofc_client_insert_row (OfcDatabase *database, OfcClient *client, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (
      database,
      "INSERT INTO client (id, kind, name, email, address, birthday, note, card_code, inn, kpp,"
      " ogrn, legal_address, director, bank_name, bank_account, bank_corr_account, bank_bik,"
      " sms_consent, email_consent, conflict, source_id, tags, discount_works, discount_parts,"
      " discount_goods, archived, version, created_at, updated_at, name_key, search_phones)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
      " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)",
      error);
  if (statement == NULL)
    return FALSE;
  bind_client (statement, client);
  return ofc_statement_exec (statement, error) &&
         _ofc_client_write_phones (database, client, FALSE, error);
}

/**
 * _ofc_client_update_row:
 * @client: a validated client carrying its new version and update time
 * @expected_version: the version the row must still have
 *
 * Returns: %TRUE if the row was updated; %FALSE with %OFC_ERROR_CONFLICT when its version
 * moved on meanwhile
 */
gboolean
_ofc_client_update_row (OfcDatabase *database,
                        OfcClient *client,
                        gint64 expected_version,
                        GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (
      database,
      "UPDATE client SET kind = ?2, name = ?3, email = ?4, address = ?5, birthday = ?6,"
      " note = ?7, card_code = ?8, inn = ?9, kpp = ?10, ogrn = ?11, legal_address = ?12,"
      " director = ?13, bank_name = ?14, bank_account = ?15, bank_corr_account = ?16,"
      " bank_bik = ?17, sms_consent = ?18, email_consent = ?19, conflict = ?20,"
      " source_id = ?21, tags = ?22, discount_works = ?23, discount_parts = ?24,"
      " discount_goods = ?25, version = ?27, updated_at = ?29, name_key = ?30,"
      " search_phones = ?31 WHERE id = ?1 AND version = ?32",
      error);
  if (statement == NULL)
    return FALSE;
  bind_client (statement, client);
  ofc_statement_bind_int64 (statement, PARAM_EXPECTED_VERSION, expected_version);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 1)
    return TRUE;
  g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT,
               _ ("“%s” was changed by someone else; reopen the client to see the changes"),
               ofc_client_get_name (client));
  return FALSE;
}

static gboolean
insert_phone (
    OfcDatabase *database, OfcClient *client, guint position, OfcClientPhone *phone, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  OfcUuid id;

  statement = ofc_database_prepare (database,
                                    "INSERT INTO client_phone"
                                    " (id, client_id, position, display, digits, label)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_uuid (statement, 2, ofc_client_get_id (client));
  ofc_statement_bind_int64 (statement, 3, position);
  ofc_statement_bind_text (statement, 4, ofc_client_phone_get_display (phone));
  ofc_statement_bind_text (statement, 5, ofc_client_phone_get_digits (phone));
  ofc_statement_bind_text (statement, 6, ofc_client_phone_get_label (phone));
  return ofc_statement_exec (statement, error);
}

/**
 * _ofc_client_write_phones:
 * @replace: remove the client's phone rows first
 *
 * Phone rows are values of their client, journaled with it as one "phones" field, so they
 * are replaced as a whole rather than archived one by one.
 */
gboolean
_ofc_client_write_phones (OfcDatabase *database,
                          OfcClient *client,
                          gboolean replace,
                          GError **error)
{
  if (replace)
    {
      g_autoptr (OfcStatement) statement =
          ofc_database_prepare (database, "DELETE FROM client_phone WHERE client_id = ?1", error);

      if (statement == NULL)
        return FALSE;
      ofc_statement_bind_uuid (statement, 1, ofc_client_get_id (client));
      if (!ofc_statement_exec (statement, error))
        return FALSE;
    }
  for (guint i = 0; i < ofc_client_get_n_phones (client); i++)
    if (!insert_phone (database, client, i, ofc_client_get_phone (client, i), error))
      return FALSE;
  return TRUE;
}

/**
 * _ofc_client_set_archived_row:
 * @client: the client; its version and update time are written as they are
 */
gboolean
_ofc_client_set_archived_row (OfcDatabase *database,
                              OfcClient *client,
                              gboolean archived,
                              GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database,
                                    "UPDATE client SET archived = ?2, version = ?3,"
                                    " updated_at = ?4 WHERE id = ?1",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, ofc_client_get_id (client));
  ofc_statement_bind_bool (statement, 2, archived);
  ofc_statement_bind_int64 (statement, 3, ofc_client_get_version (client));
  ofc_statement_bind_int64 (statement, 4, ofc_client_get_updated_at (client));
  return ofc_statement_exec (statement, error);
}
