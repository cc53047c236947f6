/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The shared store of the reference lists: rows in and out through the field tables,
 * row-version checks, journal entries, change notifications.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "ofc-record-store-private.h"

#define FIELD_PTR(object, record, index) \
  G_STRUCT_MEMBER_P ((object), (record)->fields[(index)].offset)

gint64
_ofc_record_get_int64 (GObject *object, const OfcRecordClass *record, const char *name)
{
  int index = _ofc_record_find (record, name);

  if (index < 0)
    return 0;
  if (record->fields[index].type == OFC_FIELD_INT || record->fields[index].type == OFC_FIELD_BOOL)
    return *(int *) FIELD_PTR (object, record, index);
  return *(gint64 *) FIELD_PTR (object, record, index);
}

const OfcUuid *
_ofc_record_get_id (GObject *object, const OfcRecordClass *record)
{
  return FIELD_PTR (object, record, _ofc_record_find (record, "id"));
}

/* stored values only: no notifications while the row is being written */
static void
put_int64 (GObject *object, const OfcRecordClass *record, const char *name, gint64 value)
{
  int index = _ofc_record_find (record, name);

  if (record->fields[index].type == OFC_FIELD_INT || record->fields[index].type == OFC_FIELD_BOOL)
    *(int *) FIELD_PTR (object, record, index) = (int) value;
  else
    *(gint64 *) FIELD_PTR (object, record, index) = value;
}

/* the next position at the end of a list: @sql returns max(position) */
gint64
_ofc_next_position (OfcDatabase *database, const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  if (statement == NULL || !ofc_statement_step (statement, NULL))
    return 0;
  return ofc_statement_get_int64 (statement, 0) + 1;
}

GObject *
_ofc_record_store_load (OfcDatabase *database,
                        const OfcRecordStore *store,
                        const OfcUuid *id,
                        GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, store->select_sql, error);
  g_autoptr (GObject) object = NULL;
  GError *local = NULL;

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else
        g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                     _ ("The record was not found; someone may have removed it"));
      return NULL;
    }
  object = g_object_new (store->get_type (), NULL);
  _ofc_record_read_row (object, store->record, statement, 0);
  return g_steal_pointer (&object);
}

/**
 * _ofc_record_store_load_first:
 * @id_sql: selects the id of the record wanted, the first row counting
 * @not_found: the message when it selects nothing, translated
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error set
 */
GObject *
_ofc_record_store_load_first (OfcDatabase *database,
                              const OfcRecordStore *store,
                              const char *id_sql,
                              const char *not_found,
                              GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, id_sql, error);
  GError *local = NULL;
  OfcUuid id;

  if (statement == NULL)
    return NULL;
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        g_set_error_literal (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND, not_found);
      g_propagate_error (error, local);
      return NULL;
    }
  ofc_statement_get_uuid (statement, 0, &id);
  return _ofc_record_store_load (database, store, &id, error);
}

/**
 * _ofc_record_store_read_all:
 * @statement: a bound statement selecting the stored columns in table order
 *
 * Returns: (transfer full) (nullable): a list of @store's objects
 */
GListModel *
_ofc_record_store_read_all (const OfcRecordStore *store, OfcStatement *statement, GError **error)
{
  return _ofc_record_read_all (store->get_type (), store->record, statement, error);
}

/**
 * _ofc_record_store_query:
 * @sql: selects the stored columns in table order; ?1 is bound to @with_archived
 *
 * Returns: (transfer full) (nullable): a list of @store's objects
 */
GListModel *
_ofc_record_store_query (OfcDatabase *database,
                         const OfcRecordStore *store,
                         const char *sql,
                         gboolean with_archived,
                         GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_bool (statement, 1, with_archived);
  return _ofc_record_store_read_all (store, statement, error);
}

static gboolean
check_current (const OfcRecordStore *store, GObject *before, GObject *object, GError **error)
{
  if (_ofc_record_get_int64 (before, store->record, "version") ==
      _ofc_record_get_int64 (object, store->record, "version"))
    return TRUE;
  _ofc_set_conflict (error, store->describe (object));
  return FALSE;
}

static gboolean
run_write (OfcDatabase *database,
           const OfcRecordStore *store,
           GObject *object,
           gboolean creating,
           gint64 old_version,
           GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  int next;

  statement =
      ofc_database_prepare (database, creating ? store->insert_sql : store->update_sql, error);
  if (statement == NULL)
    return FALSE;
  next = _ofc_record_bind (object, store->record, statement, 1);
  if (!creating)
    ofc_statement_bind_int64 (statement, next, old_version);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (!creating && ofc_database_get_changes (database) == 0)
    {
      _ofc_set_conflict (error, store->describe (object));
      return FALSE;
    }
  return TRUE;
}

static gboolean
journal_write (OfcDatabase *database,
               const OfcRecordStore *store,
               GObject *object,
               const char *operation,
               OfcChangeSet *changes,
               GError **error)
{
  const OfcUuid *id = _ofc_record_get_id (object, store->record);

  if (store->root_entity == NULL)
    return ofc_journal_append (database, store->record->entity, id, operation, changes, error);
  return ofc_journal_append_child (database, store->record->entity, id, store->root_entity,
                                   G_STRUCT_MEMBER_P (object, store->root_id_offset), operation,
                                   changes, error);
}

/* the row and its journal entry, inside the open transaction */
static gboolean
write_in_transaction (OfcDatabase *database,
                      const OfcRecordStore *store,
                      GObject *object,
                      GError **error)
{
  const OfcRecordClass *record = store->record;
  OfcUuid *id = (OfcUuid *) _ofc_record_get_id (object, record);
  gboolean creating = ofc_uuid_is_nil (id);
  g_autoptr (GObject) before = NULL;
  g_autoptr (OfcChangeSet) changes =
      creating ? ofc_change_set_new_creation () : ofc_change_set_new ();
  g_autofree char *currency = _ofc_shop_currency (database);
  gint64 now = ofc_database_now (database);
  gint64 version = _ofc_record_get_int64 (object, record, "version");

  if (!creating)
    {
      before = _ofc_record_store_load (database, store, id, error);
      if (before == NULL || !check_current (store, before, object, error))
        return FALSE;
    }
  else
    {
      ofc_uuid_generate (id);
      put_int64 (object, record, "created-at", now);
      version = 0;
    }
  put_int64 (object, record, "updated-at", now);
  put_int64 (object, record, "version", version + 1);
  _ofc_record_diff (before, object, record, currency, changes);
  if (store->add_refs != NULL)
    store->add_refs (database, before, object, changes);
  return run_write (database, store, object, creating, version, error) &&
         journal_write (database, store, object, creating ? OFC_JOURNAL_CREATE : OFC_JOURNAL_UPDATE,
                        changes, error);
}

/**
 * _ofc_record_store_write:
 *
 * Validates, then creates (a nil id) or updates @object in its own (possibly nested)
 * transaction, journaled. On failure nothing is written and @object keeps its id,
 * version and times.
 */
gboolean
_ofc_record_store_write (OfcDatabase *database,
                         const OfcRecordStore *store,
                         GObject *object,
                         GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (GObject) saved = NULL;

  if (!_ofc_record_clean_text (object, store->record, error) ||
      (store->prepare != NULL && !store->prepare (database, object, error)))
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL)
    return FALSE;
  saved = g_object_new (store->get_type (), NULL);
  _ofc_record_copy (saved, object, store->record);
  if (write_in_transaction (database, store, object, error) &&
      ofc_transaction_commit (transaction, error))
    return TRUE;
  _ofc_record_copy (object, saved, store->record);
  return FALSE;
}

/* notifies every stored field: the store may have cleaned text and set keys */
static void
notify_all (GObject *object, const OfcRecordClass *record)
{
  g_object_freeze_notify (object);
  for (guint i = 0; i < record->n_fields; i++)
    g_object_notify_by_pspec (object, record->pspecs[i + 1]);
  g_object_thaw_notify (object);
}

gboolean
_ofc_record_store_save (OfcContext *context,
                        const OfcRecordStore *store,
                        GObject *object,
                        GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (object, store->get_type ()), FALSE);

  if (!_ofc_record_store_write (ofc_context_get_database (context), store, object, error))
    return FALSE;
  notify_all (object, store->record);
  ofc_context_notify_changed (context, store->record->entity);
  return TRUE;
}

static gboolean
write_archived (OfcDatabase *database,
                const OfcRecordStore *store,
                GObject *object,
                gboolean archived,
                GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, store->archive_sql, error);
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  const char *operation = archived ? OFC_JOURNAL_ARCHIVE : OFC_JOURNAL_RESTORE;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, _ofc_record_get_id (object, store->record));
  ofc_statement_bind_bool (statement, 2, archived);
  ofc_statement_bind_int64 (statement, 3, ofc_database_now (database));
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("“%s” does not exist"),
                   store->describe (object));
      return FALSE;
    }
  /* a part of another record names itself, so its parent's history reads well */
  if (store->root_entity != NULL)
    ofc_change_set_text (changes, "name", store->describe (object), NULL);
  if (store->archive_operation != NULL)
    operation = store->archive_operation;
  return journal_write (database, store, object, operation, changes, error);
}

/**
 * _ofc_record_store_archive:
 * @archived: %TRUE to archive, %FALSE to restore
 *
 * Archived rows stay readable (orders keep showing them) but are no longer offered.
 */
gboolean
_ofc_record_store_archive (OfcContext *context,
                           const OfcRecordStore *store,
                           GObject *object,
                           gboolean archived,
                           GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (GObject) stored = NULL;

  if (archived && store->can_archive != NULL && !store->can_archive (database, object, error))
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !write_archived (database, store, object, archived, error))
    return FALSE;
  stored =
      _ofc_record_store_load (database, store, _ofc_record_get_id (object, store->record), error);
  if (stored == NULL || !ofc_transaction_commit (transaction, error))
    return FALSE;
  _ofc_record_copy (object, stored, store->record);
  notify_all (object, store->record);
  ofc_context_notify_changed (context, store->record->entity);
  return TRUE;
}
