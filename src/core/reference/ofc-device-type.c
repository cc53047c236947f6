/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceType and its store. Accessors are generated from the field table by the
 * OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-device-type.h"
#include "reference/ofc-reference-private.h"

struct _OfcDeviceType
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  char *name_key;
  int position;
  gint64 use_count;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                           \
  {                                                                        \
    name, label, type, flags, G_STRUCT_OFFSET (OfcDeviceType, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_SHORT),
  F ("name-key", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, name_key, 0),
  F ("position", N_ ("Position"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, position, 0),
  F ("use-count", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, use_count, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "device_type", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcDeviceType, ofc_device_type, record)

#define COLUMNS "id, name, name_key, position, use_count, archived, version, created_at, updated_at"

#define LIST_SQL                                                 \
  "SELECT " COLUMNS " FROM device_type WHERE archived = 0 OR ?1" \
  " ORDER BY archived, position, name_key"

static const char *
describe (GObject *object)
{
  return OFC_DEVICE_TYPE (object)->name;
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? NULL : OFC_DEVICE_TYPE (object)->name;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcDeviceType *self = OFC_DEVICE_TYPE (object);
  g_autoptr (OfcStatement) statement = NULL;

  g_free (self->name_key);
  self->name_key = ofc_text_fold (self->name);
  statement = ofc_database_prepare (database,
                                    "SELECT 1 FROM device_type WHERE name_key = ?1"
                                    " AND id IS NOT ?2",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, self->name_key);
  ofc_statement_bind_uuid (statement, 2, &self->id);
  if (ofc_statement_step (statement, NULL))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_DUPLICATE, _ ("The device type “%s” already exists"),
                   self->name);
      return FALSE;
    }
  if (ofc_uuid_is_nil (&self->id) && self->position == 0)
    self->position =
        (int) _ofc_next_position (database, "SELECT ifnull(max(position), 0) FROM device_type");
  return TRUE;
}

static const OfcRecordStore store = {
  .get_type = ofc_device_type_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM device_type WHERE id = ?1",
  .insert_sql = "INSERT INTO device_type (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  .update_sql = "UPDATE device_type SET name = ?2, name_key = ?3, position = ?4, version = ?7,"
                " updated_at = ?9 WHERE id = ?1 AND version = ?10",
  .archive_sql = "UPDATE device_type SET archived = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
};

OfcDeviceType *
ofc_device_type_new (const char *name)
{
  OfcDeviceType *self = g_object_new (OFC_TYPE_DEVICE_TYPE, NULL);

  ofc_device_type_set_name (self, name);
  return self;
}

OFC_RECORD_ID_GETTER (OfcDeviceType, ofc_device_type, id)
OFC_RECORD_STRING (OfcDeviceType, ofc_device_type, name, "name", record)
OFC_RECORD_NUMBER (OfcDeviceType, ofc_device_type, int, position, "position", record)
OFC_RECORD_GETTER (OfcDeviceType, ofc_device_type, gint64, use_count)
OFC_RECORD_GETTER (OfcDeviceType, ofc_device_type, gboolean, archived)
OFC_RECORD_GETTER (OfcDeviceType, ofc_device_type, gint64, version)

GListModel *
ofc_device_type_list (OfcContext *context, gboolean with_archived, GError **error)
{
  return _ofc_record_store_query (ofc_context_get_database (context), &store, LIST_SQL,
                                  with_archived, error);
}

OfcDeviceType *
ofc_device_type_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return OFC_DEVICE_TYPE (
      _ofc_record_store_load (ofc_context_get_database (context), &store, id, error));
}

OfcDeviceType *
_ofc_device_type_find (OfcDatabase *database, const char *name_or_id, GError **error)
{
  return OFC_DEVICE_TYPE (_ofc_reference_find (database, &store, LIST_SQL, get_match_key,
                                               name_or_id, _ ("device type"), error));
}

OfcDeviceType *
ofc_device_type_find (OfcContext *context, const char *name_or_id, GError **error)
{
  return _ofc_device_type_find (ofc_context_get_database (context), name_or_id, error);
}

gboolean
_ofc_device_type_write (OfcDatabase *database, OfcDeviceType *type, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (type), error);
}

/* by the folded name, through the unique index: this runs on every intake */
static gboolean
lookup_key (OfcDatabase *database, const char *name, OfcUuid *id)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (name);

  statement =
      ofc_database_prepare (database, "SELECT id FROM device_type WHERE name_key = ?1", NULL);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, key);
  return ofc_statement_step (statement, NULL) && ofc_statement_get_uuid (statement, 0, id);
}

/* inside the caller's transaction; an archived match is used as is */
OfcDeviceType *
_ofc_device_type_find_or_add (OfcDatabase *database, const char *name, GError **error)
{
  g_autoptr (OfcDeviceType) type = NULL;
  g_autofree char *clean = ofc_text_clean (name, OFC_TEXT_SINGLE_LINE);
  OfcUuid id;

  if (lookup_key (database, clean, &id))
    return OFC_DEVICE_TYPE (_ofc_record_store_load (database, &store, &id, error));
  type = ofc_device_type_new (clean);
  if (!_ofc_device_type_write (database, type, error))
    return NULL;
  return g_steal_pointer (&type);
}

/**
 * ofc_device_type_find_or_add:
 * @name: a type as typed
 *
 * Returns: (transfer full) (nullable): the type called @name (in any case), created if
 * there was none
 */
OfcDeviceType *
ofc_device_type_find_or_add (OfcContext *context, const char *name, GError **error)
{
  OfcDeviceType *type =
      _ofc_device_type_find_or_add (ofc_context_get_database (context), name, error);

  if (type != NULL)
    ofc_context_notify_changed (context, "device_type");
  return type;
}

gboolean
ofc_device_type_save (OfcContext *context, OfcDeviceType *type, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (type), error);
}

gboolean
ofc_device_type_archive (OfcContext *context, OfcDeviceType *type, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (type), TRUE, error);
}

/* offers @type again */
gboolean
ofc_device_type_restore (OfcContext *context, OfcDeviceType *type, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (type), FALSE, error);
}
