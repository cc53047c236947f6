/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientStore: creating, updating, archiving and reading clients, each write in one
 * transaction with its journal entry. Search lives in ofc-client-store-search.c, client
 * sources in ofc-client-store-sources.c.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "clients/ofc-card-code.h"
#include "clients/ofc-phone.h"
#include "db/ofc-journal.h"
#include "ofc-client-private.h"

#define CARD_CODE_ATTEMPTS 20
#define MAX_WARNINGS       3

static void ofc_client_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OfcClientStore,
                               ofc_client_store,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      ofc_client_store_initable_iface_init))

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
ofc_client_store_initable_init (GInitable *initable, GCancellable *cancellable, GError **error)
{
  OfcClientStore *self = OFC_CLIENT_STORE (initable);

  _ofc_client_register_labels ();
  return _ofc_client_store_seed_sources (self, error);
}

static void
ofc_client_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = ofc_client_store_initable_init;
}

static void
ofc_client_store_finalize (GObject *object)
{
  OfcClientStore *self = (OfcClientStore *)object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_client_store_parent_class)->finalize (object);
}

static void
ofc_client_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientStore *self = OFC_CLIENT_STORE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_store_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcClientStore *self = OFC_CLIENT_STORE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_store_class_init (OfcClientStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_client_store_finalize;
  object_class->get_property = ofc_client_store_get_property;
  object_class->set_property = ofc_client_store_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_client_store_init (OfcClientStore *self)
{
}

/**
 * ofc_client_store_new:
 * @context: the application context
 * @error: set when the default client sources cannot be created on first start
 *
 * Returns: (transfer full) (nullable): the store
 */
OfcClientStore *
ofc_client_store_new (OfcContext *context, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return g_initable_new (OFC_TYPE_CLIENT_STORE, NULL, error, "context", context, NULL);
}

/**
 * ofc_client_store_register_labels:
 *
 * Registers the journal labels of clients and client sources, so ofc_journal_list() shows
 * "Phones", "Discount on works" … rather than field names. ofc_client_store_new() does it;
 * a program that reads history without making a store calls this first.
 */
void
ofc_client_store_register_labels (void)
{
  _ofc_client_register_labels ();
}

/**
 * ofc_client_store_get_context:
 *
 * Returns: (transfer none): the context the store writes through
 */
OfcContext *
ofc_client_store_get_context (OfcClientStore *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);
  return self->context;
}

static OfcDatabase *
get_database (OfcClientStore *self)
{
  return ofc_context_get_database (self->context);
}

/* list views refresh once the write is visible; inside a caller's transaction it is not
 * yet, and the caller notifies after its commit */
static void
notify_changed (OfcClientStore *self, const char *entity)
{
  if (!ofc_database_in_transaction (get_database (self)))
    ofc_context_notify_changed (self->context, entity);
}

/* the shop's local date, for the birthday check; from the database clock so tests can
 * fix it */
static void
get_today (OfcClientStore *self, GDate *today)
{
  gint64 now = ofc_database_now (get_database (self));
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  g_date_clear (today, 1);
  if (local != NULL)
    g_date_set_dmy (today, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                    g_date_time_get_year (local));
}

static OfcClient *
validate (OfcClientStore *self, OfcClient *client, GError **error)
{
  GDate today;

  get_today (self, &today);
  return _ofc_client_validate (client, &today, error);
}

/**
 * ofc_client_store_validate:
 * @client: a client as edited
 * @error: an %OFC_ERROR_INVALID error naming the first field that fails
 *
 * Checks every field the way saving does, without saving; for editors that check before
 * the person presses Save. Uniqueness of the card code is checked only when saving.
 *
 * Returns: %TRUE if @client would pass validation
 */
gboolean
ofc_client_store_validate (OfcClientStore *self, OfcClient *client, GError **error)
{
  g_autoptr (OfcClient) clean = NULL;
  g_autofree char *source_name = NULL;
  const OfcUuid *source_id;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT (client), FALSE);

  clean = validate (self, client, error);
  if (clean == NULL)
    return FALSE;
  source_id = ofc_client_get_source_id (clean);
  return source_id == NULL ||
         _ofc_client_store_lookup_source (self, source_id, &source_name, error);
}

/*
 * Write helpers
 */

/* fills in the source's name, refusing an id that names no source */
static gboolean
resolve_source (OfcClientStore *self, OfcClient *clean, GError **error)
{
  const OfcUuid *id = ofc_client_get_source_id (clean);
  g_autofree char *name = NULL;

  if (id == NULL)
    return TRUE;
  if (!_ofc_client_store_lookup_source (self, id, &name, error))
    return FALSE;
  _ofc_client_set_source (clean, id, name);
  return TRUE;
}

/* Returns: the name of the client holding @code, or NULL (check @error) */
static char *
dup_card_holder (OfcClientStore *self, const char *code, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (get_database (self),
                                    "SELECT name FROM client WHERE card_code = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, code);
  if (!ofc_statement_step (statement, error))
    return NULL;
  return ofc_statement_dup_text (statement, 0);
}

static gboolean
generate_card_code (OfcClientStore *self, OfcClient *clean, GError **error)
{
  char code[OFC_CARD_CODE_LEN + 1];

  for (int attempt = 0; attempt < CARD_CODE_ATTEMPTS; attempt++)
    {
      g_autofree char *holder = NULL;
      GError *local = NULL;

      ofc_card_code_generate (NULL, code);
      holder = dup_card_holder (self, code, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (holder == NULL)
        {
          ofc_client_set_card_code (clean, code);
          return TRUE;
        }
    }
  g_set_error_literal (error, OFC_ERROR, OFC_ERROR_DUPLICATE,
                       _ ("Cannot find a free discount card code; nothing was saved"));
  return FALSE;
}

static gboolean
check_card_free (OfcClientStore *self, const char *code, GError **error)
{
  g_autofree char *holder = NULL;
  GError *local = NULL;

  holder = dup_card_holder (self, code, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (holder == NULL)
    return TRUE;
  ofc_set_invalid (error, "card-code", _ ("Discount card %s already belongs to %s"), code, holder);
  return FALSE;
}

/* An empty code keeps the stored one (@stored, on update) or gets a generated one; a typed
 * code must not be another client's */
static gboolean
ensure_card_code (OfcClientStore *self, OfcClient *clean, const char *stored, GError **error)
{
  const char *code = ofc_client_get_card_code (clean);

  if (*code == '\0' && stored == NULL)
    return generate_card_code (self, clean, error);
  if (*code == '\0')
    {
      ofc_client_set_card_code (clean, stored);
      return TRUE;
    }
  if (g_strcmp0 (code, stored) == 0)
    return TRUE;
  return check_card_free (self, code, error);
}

static void
append_phone_warnings (OfcClientStore *self,
                       OfcClientPhone *phone,
                       const OfcUuid *except_id,
                       GString *warning,
                       guint *count)
{
  g_autoptr (GPtrArray) others = NULL;

  others =
      ofc_client_store_find_by_phone (self, ofc_client_phone_get_digits (phone), except_id, NULL);
  for (guint i = 0; others != NULL && i < others->len && *count < MAX_WARNINGS; i++, (*count)++)
    {
      if (warning->len > 0)
        g_string_append_c (warning, '\n');
      g_string_append_printf (warning, _ ("Another client already has the phone %s: %s"),
                              ofc_client_phone_get_display (phone),
                              ofc_client_get_name (g_ptr_array_index (others, i)));
    }
}

/* the duplicate-phone warning: the write goes ahead, the person is told */
static char *
dup_phone_warning (OfcClientStore *self, OfcClient *clean)
{
  g_autoptr (GString) warning = g_string_new (NULL);
  guint count = 0;

  for (guint i = 0; i < ofc_client_get_n_phones (clean); i++)
    append_phone_warnings (self, ofc_client_get_phone (clean, i), ofc_client_get_id (clean),
                           warning, &count);
  return warning->len > 0 ? g_string_free (g_steal_pointer (&warning), FALSE) : NULL;
}

static gboolean
append_journal (OfcClientStore *self,
                OfcClient *client,
                const char *operation,
                OfcChangeSet *changes,
                GError **error)
{
  return ofc_journal_append (get_database (self), OFC_CLIENT_ENTITY, ofc_client_get_id (client),
                             operation, changes, error);
}

/* after the commit: the caller's object shows what was stored */
static void
finish_write (OfcClientStore *self, OfcClient *client, OfcClient *stored)
{
  _ofc_client_assign (client, stored);
  notify_changed (self, OFC_CLIENT_ENTITY);
}

/*
 * Create and update
 */

static gboolean
insert_client (OfcClientStore *self, OfcClient *clean, GError **error)
{
  g_autoptr (OfcChangeSet) changes = NULL;
  gint64 now = ofc_database_now (get_database (self));
  OfcUuid id;

  if (!resolve_source (self, clean, error) || !ensure_card_code (self, clean, NULL, error))
    return FALSE;
  ofc_uuid_generate (&id);
  _ofc_client_set_state (clean, &id, FALSE, 1, now, now);
  changes = _ofc_client_diff (NULL, clean);
  return _ofc_client_insert_row (get_database (self), clean, error) &&
         append_journal (self, clean, OFC_JOURNAL_CREATE, changes, error);
}

/**
 * ofc_client_store_create:
 * @client: a new client; on success it holds what was stored: its id, version 1, the
 *   cleaned text, the normalised phones and a generated card code if it had none
 * @warning: (out) (optional) (nullable): set to a translated warning when another client
 *   already has one of the phones ("Another client already has the phone …: NAME"); the
 *   client is created anyway
 * @error: %OFC_ERROR_INVALID naming the field, or %OFC_DATABASE_ERROR
 *
 * Returns: %TRUE if the client was created
 */
gboolean
ofc_client_store_create (OfcClientStore *self, OfcClient *client, char **warning, GError **error)
{
  g_autoptr (OfcClient) clean = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autofree char *found = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (!ofc_client_is_saved (client), FALSE);

  clean = validate (self, client, error);
  if (clean == NULL || (transaction = ofc_database_begin (get_database (self), error)) == NULL)
    return FALSE;
  if (!insert_client (self, clean, error))
    return FALSE;
  if (warning != NULL)
    found = dup_phone_warning (self, clean);
  if (!ofc_transaction_commit (transaction, error))
    return FALSE;
  finish_write (self, client, clean);
  if (warning != NULL)
    *warning = g_steal_pointer (&found);
  return TRUE;
}

/* the refusal of a stale save, naming who saved last */
static void
set_conflict_error (OfcClientStore *self, OfcClient *stored, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *who = NULL;

  statement = ofc_database_prepare (get_database (self),
                                    "SELECT user_name FROM journal WHERE root_id = ?1"
                                    " ORDER BY seq DESC LIMIT 1",
                                    NULL);
  if (statement != NULL)
    {
      ofc_statement_bind_uuid (statement, 1, ofc_client_get_id (stored));
      if (ofc_statement_step (statement, NULL))
        who = ofc_statement_dup_text (statement, 0);
    }
  g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT,
               _ ("%s changed “%s” after you opened it; nothing was saved. Reopen the client to "
                  "see the changes."),
               who != NULL ? who : _ ("Someone"), ofc_client_get_name (stored));
}

/* Returns: the stored client, or NULL when it is missing or @version is stale */
static OfcClient *
load_for_write (OfcClientStore *self, OfcClient *client, gboolean check_version, GError **error)
{
  g_autoptr (OfcClient) stored = NULL;

  stored = _ofc_client_load (get_database (self), ofc_client_get_id (client), error);
  if (stored == NULL)
    return NULL;
  if (check_version && ofc_client_get_version (stored) != ofc_client_get_version (client))
    {
      set_conflict_error (self, stored, error);
      return NULL;
    }
  return g_steal_pointer (&stored);
}

static gboolean
update_client (OfcClientStore *self,
               OfcClient *stored,
               OfcClient *clean,
               OfcChangeSet *changes,
               GError **error)
{
  OfcDatabase *database = get_database (self);

  _ofc_client_set_state (clean, ofc_client_get_id (stored), ofc_client_get_archived (stored),
                         ofc_client_get_version (stored) + 1, ofc_client_get_created_at (stored),
                         ofc_database_now (database));
  return _ofc_client_update_row (database, clean, ofc_client_get_version (stored), error) &&
         (!ofc_change_set_has (changes, "phones") ||
          _ofc_client_write_phones (database, clean, TRUE, error)) &&
         append_journal (self, clean, OFC_JOURNAL_UPDATE, changes, error);
}

/**
 * ofc_client_store_update:
 * @client: a client read from the store and edited; on success it holds what was stored
 *   and its new version
 * @warning: (out) (optional) (nullable): as for ofc_client_store_create(), when the
 *   phones changed
 * @error: %OFC_ERROR_CONFLICT when the client was saved by someone else since @client was
 *   read (nothing is overwritten), %OFC_ERROR_NOT_FOUND, %OFC_ERROR_INVALID naming the
 *   field, or %OFC_DATABASE_ERROR
 *
 * Saving a client without changes writes nothing.
 *
 * Returns: %TRUE if the client is stored as given
 */
gboolean
ofc_client_store_update (OfcClientStore *self, OfcClient *client, char **warning, GError **error)
{
  g_autoptr (OfcClient) clean = NULL;
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcChangeSet) changes = NULL;
  g_autofree char *found = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT (client) && ofc_client_is_saved (client), FALSE);

  clean = validate (self, client, error);
  if (clean == NULL || (transaction = ofc_database_begin (get_database (self), error)) == NULL ||
      (stored = load_for_write (self, client, TRUE, error)) == NULL)
    return FALSE;
  if (!resolve_source (self, clean, error) ||
      !ensure_card_code (self, clean, ofc_client_get_card_code (stored), error))
    return FALSE;
  changes = _ofc_client_diff (stored, clean);
  if (ofc_change_set_is_empty (changes))
    {
      _ofc_client_assign (client, stored);
      return TRUE;
    }
  if (!update_client (self, stored, clean, changes, error))
    return FALSE;
  if (warning != NULL && ofc_change_set_has (changes, "phones"))
    found = dup_phone_warning (self, clean);
  if (!ofc_transaction_commit (transaction, error))
    return FALSE;
  finish_write (self, client, clean);
  if (warning != NULL)
    *warning = g_steal_pointer (&found);
  return TRUE;
}

/*
 * Archive and restore
 */

static gboolean
set_archived (OfcClientStore *self, OfcClient *client, gboolean archived, GError **error)
{
  OfcDatabase *database = get_database (self);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  if ((transaction = ofc_database_begin (database, error)) == NULL ||
      (stored = load_for_write (self, client, FALSE, error)) == NULL)
    return FALSE;
  if (ofc_client_get_archived (stored) == archived)
    {
      _ofc_client_assign (client, stored);
      return TRUE;
    }
  _ofc_client_set_state (stored, ofc_client_get_id (stored), archived,
                         ofc_client_get_version (stored) + 1, ofc_client_get_created_at (stored),
                         ofc_database_now (database));
  ofc_change_set_bool (changes, "archived", !archived, archived);
  if (!_ofc_client_set_archived_row (database, stored, archived, error) ||
      !append_journal (self, stored, archived ? OFC_JOURNAL_ARCHIVE : OFC_JOURNAL_RESTORE, changes,
                       error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  finish_write (self, client, stored);
  return TRUE;
}

/**
 * ofc_client_store_archive:
 * @client: a stored client; on success it holds the stored state, archived
 *
 * Hides the client from lists and search (unless archived clients are asked for). Its
 * orders and history stay. Archiving does not need @client to be current: it changes no
 * field anyone edits.
 *
 * Returns: %TRUE if the client is archived
 */
gboolean
ofc_client_store_archive (OfcClientStore *self, OfcClient *client, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT (client) && ofc_client_is_saved (client), FALSE);
  return set_archived (self, client, TRUE, error);
}

/**
 * ofc_client_store_restore:
 * @client: an archived client; on success it holds the stored state
 *
 * Returns: %TRUE if the client is active again
 */
gboolean
ofc_client_store_restore (OfcClientStore *self, OfcClient *client, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), FALSE);
  g_return_val_if_fail (OFC_IS_CLIENT (client) && ofc_client_is_saved (client), FALSE);
  return set_archived (self, client, FALSE, error);
}

/*
 * Reading
 */

/**
 * ofc_client_store_get:
 * @id: the client's id
 *
 * Returns: (transfer full) (nullable): the client, or %NULL with %OFC_ERROR_NOT_FOUND
 */
OfcClient *
ofc_client_store_get (OfcClientStore *self, const OfcUuid *id, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return _ofc_client_load (get_database (self), id, error);
}

/* scanners may end a code with a line break; people type it in groups */
static char *
dup_without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/**
 * ofc_client_store_find_by_card_code:
 * @card_code: a scanned or typed discount-card code; white space is ignored
 *
 * Archived clients are found too: a card in the hand names its owner.
 *
 * Returns: (transfer full) (nullable): the card's client, or %NULL with
 * %OFC_ERROR_NOT_FOUND
 */
OfcClient *
ofc_client_store_find_by_card_code (OfcClientStore *self, const char *card_code, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *code = NULL;
  OfcClient *client;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);
  g_return_val_if_fail (card_code != NULL, NULL);

  code = dup_without_spaces (card_code);
  statement =
      ofc_database_prepare (get_database (self), OFC_CLIENT_SELECT "WHERE c.card_code = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, code);
  client = ofc_statement_step (statement, error)
               ? _ofc_client_read_row (get_database (self), statement, error)
               : NULL;
  if (client == NULL && error != NULL && *error == NULL)
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("No client has the discount card %s"),
                 code);
  return client;
}

/**
 * ofc_client_store_find_by_phone:
 * @phone: a phone number as typed, or normalised digits
 * @except_id: (nullable): a client to leave out, usually the one being edited
 *
 * Finds the active clients with exactly this number, newest first: what an editor shows as
 * "this number belongs to …" while the number is typed.
 *
 * Returns: (transfer full) (element-type OfcClient) (nullable): the clients (possibly
 * none), or %NULL with %OFC_ERROR_INVALID when @phone is not a phone number
 */
GPtrArray *
ofc_client_store_find_by_phone (OfcClientStore *self,
                                const char *phone,
                                const OfcUuid *except_id,
                                GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *digits = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);

  if (!ofc_phone_normalize (phone, &digits, error))
    return NULL;
  statement =
      ofc_database_prepare (get_database (self),
                            OFC_CLIENT_SELECT "WHERE c.id IN (SELECT client_id FROM client_phone"
                                              " WHERE digits = ?1) AND c.archived = 0"
                                              " AND (?2 IS NULL OR c.id <> ?2)"
                                              " ORDER BY c.rowid DESC LIMIT 20",
                            error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, digits);
  ofc_statement_bind_uuid (statement, 2,
                           except_id != NULL && !ofc_uuid_is_nil (except_id) ? except_id : NULL);
  return _ofc_client_read_rows (get_database (self), statement, error);
}
