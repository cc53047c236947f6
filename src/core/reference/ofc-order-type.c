/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderType and its store. Accessors are generated from the field table by the
 * OFC_RECORD_* macros of ofc-record-private.h.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-order-type.h"
#include "reference/ofc-record-store-private.h"
#include "reference/ofc-reference-private.h"

struct _OfcOrderType
{
  GObject parent_instance;

  OfcUuid id;
  char *code;
  char *name;
  int position;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                          \
  {                                                                       \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrderType, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("code", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT | OFC_FIELD_EMPTY_NULL, code, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_SHORT),
  F ("position", N_ ("Position"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, position, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "order_type", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcOrderType, ofc_order_type, record)

#define COLUMNS "id, code, name, position, archived, version, created_at, updated_at"

static const char *
describe (GObject *object)
{
  return OFC_ORDER_TYPE (object)->name;
}

/* two types a person cannot tell apart would split the orders between them; the list is
 * short, so names are compared folded in C (SQLite's lower() knows only ASCII) */
static gboolean
check_unique (OfcDatabase *database, OfcOrderType *self, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (
      database, "SELECT name FROM order_type WHERE archived = 0 AND id IS NOT ?1", error);
  g_autofree char *wanted = ofc_text_fold (self->name);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &self->id);
  while (ofc_statement_step (statement, NULL))
    {
      g_autofree char *other = ofc_text_fold (ofc_statement_get_text (statement, 0));

      if (g_strcmp0 (other, wanted) == 0)
        {
          ofc_set_invalid (error, "name", _ ("The order type “%s” already exists"), self->name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcOrderType *self = OFC_ORDER_TYPE (object);

  if (!self->archived && !check_unique (database, self, error))
    return FALSE;
  if (ofc_uuid_is_nil (&self->id) && self->position == 0)
    self->position =
        (int) _ofc_next_position (database, "SELECT ifnull(max(position), 0) FROM order_type");
  return TRUE;
}

static const OfcRecordStore store = {
  .get_type = ofc_order_type_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM order_type WHERE id = ?1",
  .insert_sql = "INSERT INTO order_type (" COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  .update_sql = "UPDATE order_type SET code = ?2, name = ?3, position = ?4, archived = ?5,"
                " version = ?6, updated_at = ?8 WHERE id = ?1 AND version = ?9",
  .archive_sql = "UPDATE order_type SET archived = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
};

#define LIST_SQL \
  "SELECT " COLUMNS " FROM order_type WHERE archived = 0 OR ?1 ORDER BY archived, position, name"

const OfcRecordStore *
_ofc_order_type_store (void)
{
  return &store;
}

OfcOrderType *
ofc_order_type_new (const char *name)
{
  OfcOrderType *self = g_object_new (OFC_TYPE_ORDER_TYPE, NULL);

  ofc_order_type_set_name (self, name);
  return self;
}

OFC_RECORD_ID_GETTER (OfcOrderType, ofc_order_type, id)
OFC_RECORD_GETTER (OfcOrderType, ofc_order_type, const char *, code)
OFC_RECORD_STRING (OfcOrderType, ofc_order_type, name, "name", record)
OFC_RECORD_NUMBER (OfcOrderType, ofc_order_type, int, position, "position", record)
OFC_RECORD_GETTER (OfcOrderType, ofc_order_type, gboolean, archived)
OFC_RECORD_GETTER (OfcOrderType, ofc_order_type, gint64, version)

/* the built-in types are created with their code */
void
_ofc_order_type_set_code (OfcOrderType *self, const char *code)
{
  _ofc_record_set_string (G_OBJECT (self), &record, "code", code);
}

/**
 * ofc_order_type_list:
 * @with_archived: include archived types (to show old orders' types)
 *
 * Returns: (transfer full) (nullable): the types, by position
 */
GListModel *
ofc_order_type_list (OfcContext *context, gboolean with_archived, GError **error)
{
  return _ofc_record_store_query (ofc_context_get_database (context), &store, LIST_SQL,
                                  with_archived, error);
}

OfcOrderType *
ofc_order_type_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return OFC_ORDER_TYPE (
      _ofc_record_store_load (ofc_context_get_database (context), &store, id, error));
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? OFC_ORDER_TYPE (object)->code : OFC_ORDER_TYPE (object)->name;
}

/**
 * ofc_order_type_find:
 * @code_name_or_id: an id, a code ("warranty") or a name, in any case
 *
 * Returns: (transfer full) (nullable): the type, or %NULL with %OFC_ERROR_NOT_FOUND
 */
OfcOrderType *
ofc_order_type_find (OfcContext *context, const char *code_name_or_id, GError **error)
{
  return OFC_ORDER_TYPE (_ofc_reference_find (ofc_context_get_database (context), &store, LIST_SQL,
                                              get_match_key, code_name_or_id, _ ("order type"),
                                              error));
}

/**
 * ofc_order_type_save:
 *
 * Creates (when new) or updates @type. Fails with %OFC_ERROR_CONFLICT when someone saved
 * it since it was read.
 */
gboolean
ofc_order_type_save (OfcContext *context, OfcOrderType *type, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (type), error);
}

gboolean
ofc_order_type_archive (OfcContext *context, OfcOrderType *type, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (type), TRUE, error);
}

/* offers @type again */
gboolean
ofc_order_type_restore (OfcContext *context, OfcOrderType *type, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (type), FALSE, error);
}

/**
 * ofc_order_type_remove:
 * @replacement: (nullable): the type @type's orders and locations move to
 *
 * Deletes a type no order uses. A type in use is refused with %OFC_ERROR_IN_USE unless
 * @replacement is given: then its orders (each journaled) and the locations defaulting to
 * it move to @replacement in the same transaction, and @type is deleted.
 */
gboolean
ofc_order_type_remove (OfcContext *context,
                       OfcOrderType *type,
                       OfcOrderType *replacement,
                       GError **error)
{
  g_return_val_if_fail (OFC_IS_ORDER_TYPE (type), FALSE);
  g_return_val_if_fail (replacement == NULL || OFC_IS_ORDER_TYPE (replacement), FALSE);

  return _ofc_reference_remove (context, &_ofc_remap_order_type, &type->id, type->name,
                                replacement != NULL ? &replacement->id : NULL,
                                replacement != NULL ? replacement->name : NULL, error);
}

/* locations defaulting to the removed type default to the replacement (or to none) */
static gboolean
move_locations (OfcDatabase *database,
                const OfcUuid *id,
                const char *name,
                const OfcUuid *replacement_id,
                const char *replacement_name,
                GError **error)
{
  g_autoptr (OfcStatement) select = NULL;
  g_autoptr (OfcStatement) update = NULL;
  GError *local = NULL;

  select =
      ofc_database_prepare (database, "SELECT id FROM location WHERE order_type_id = ?1", error);
  if (select == NULL)
    return FALSE;
  ofc_statement_bind_uuid (select, 1, id);
  while (local == NULL && ofc_statement_step (select, &local))
    {
      g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
      OfcUuid location_id;

      ofc_statement_get_uuid (select, 0, &location_id);
      ofc_change_set_ref (changes, "order-type-id", id, name, replacement_id, replacement_name);
      if (!ofc_journal_append (database, "location", &location_id, OFC_JOURNAL_UPDATE, changes,
                               &local))
        break;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  update = ofc_database_prepare (database,
                                 "UPDATE location SET order_type_id = ?2, version = version + 1,"
                                 " updated_at = ?3 WHERE order_type_id = ?1",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_uuid (update, 1, id);
  ofc_statement_bind_uuid (update, 2, replacement_id);
  ofc_statement_bind_int64 (update, 3, ofc_database_now (database));
  return ofc_statement_exec (update, error);
}

const OfcRemap _ofc_remap_order_type = {
  .entity = "order_type",
  .order_field = "type-id",
  .count_sql = "SELECT count(*) FROM repair_order WHERE type_id = ?1",
  .orders_sql = "SELECT id FROM repair_order WHERE type_id = ?1",
  .move_sql = "UPDATE repair_order SET type_id = ?2, version = version + 1, updated_at = ?3"
              " WHERE type_id = ?1",
  .delete_sql = "DELETE FROM order_type WHERE id = ?1",
  .move_others = move_locations,
};
