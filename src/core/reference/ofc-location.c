/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocation and its store: the branches, their number series and the one default.
 * Accessors are generated from the field table by the OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-location.h"
#include "reference/ofc-reference-private.h"

struct _OfcLocation
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  char *address;
  char *phone;
  char *series_prefix;
  OfcUuid order_type_id;
  gboolean is_default;
  int position;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                         \
  {                                                                      \
    name, label, type, flags, G_STRUCT_OFFSET (OfcLocation, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_NAME),
  F ("address", N_ ("Address"), OFC_FIELD_STRING, 0, address, OFC_TEXT_MAX_LINE),
  F ("phone", N_ ("Phone"), OFC_FIELD_STRING, 0, phone, OFC_TEXT_MAX_SHORT),
  F ("series-prefix",
     N_ ("Order number prefix"),
     OFC_FIELD_STRING,
     0,
     series_prefix,
     OFC_SERIES_PREFIX_MAX),
  F ("order-type-id", N_ ("Default order type"), OFC_FIELD_UUID, 0, order_type_id, 0),
  F ("is-default", N_ ("Default location"), OFC_FIELD_BOOL, OFC_FIELD_READ_ONLY, is_default, 0),
  F ("position", N_ ("Position"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, position, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "location", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcLocation, ofc_location, record)

#define COLUMNS                                                                             \
  "id, name, address, phone, series_prefix, order_type_id, is_default, position, archived," \
  " version, created_at, updated_at"

#define LIST_SQL \
  "SELECT " COLUMNS " FROM location WHERE archived = 0 OR ?1 ORDER BY archived, position, name"

static const char *
describe (GObject *object)
{
  return OFC_LOCATION (object)->name;
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? OFC_LOCATION (object)->series_prefix : OFC_LOCATION (object)->name;
}

static gboolean
check_prefix (const char *prefix, GError **error)
{
  for (const char *p = prefix; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isalnum (g_utf8_get_char (p)))
      {
        ofc_set_invalid (error, "series-prefix",
                         _ ("The order number prefix may contain only letters and digits"));
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_order_type (OfcDatabase *database, const OfcUuid *type_id, GError **error)
{
  if (ofc_uuid_is_nil (type_id) ||
      _ofc_reference_count (database,
                            "SELECT count(*) FROM order_type WHERE id = ?1 AND archived = 0",
                            type_id, NULL) > 0)
    return TRUE;
  ofc_set_invalid (error, "order-type-id", _ ("The default order type does not exist"));
  return FALSE;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcLocation *self = OFC_LOCATION (object);

  if (!check_prefix (self->series_prefix, error) ||
      !check_order_type (database, &self->order_type_id, error))
    return FALSE;
  if (!ofc_uuid_is_nil (&self->id))
    return TRUE;
  if (self->position == 0)
    self->position =
        (int) _ofc_next_position (database, "SELECT ifnull(max(position), 0) FROM location");
  /* the first location is the default: orders always have a series to number from */
  self->is_default =
      _ofc_reference_count (database, "SELECT count(*) FROM location WHERE is_default = 1", NULL,
                            NULL) == 0;
  return TRUE;
}

static gboolean
can_archive (OfcDatabase *database, GObject *object, GError **error)
{
  if (!OFC_LOCATION (object)->is_default)
    return TRUE;
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
               _ ("“%s” is the default location; make another location the default before "
                  "archiving it"),
               OFC_LOCATION (object)->name);
  return FALSE;
}

static const OfcRecordStore store = {
  .get_type = ofc_location_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM location WHERE id = ?1",
  .insert_sql = "INSERT INTO location (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  .update_sql = "UPDATE location SET name = ?2, address = ?3, phone = ?4, series_prefix = ?5,"
                " order_type_id = ?6, position = ?8, version = ?10, updated_at = ?12"
                " WHERE id = ?1 AND version = ?13",
  .archive_sql = "UPDATE location SET archived = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
  .can_archive = can_archive,
};

OfcLocation *
ofc_location_new (const char *name)
{
  OfcLocation *self = g_object_new (OFC_TYPE_LOCATION, NULL);

  ofc_location_set_name (self, name);
  return self;
}

OFC_RECORD_ID_GETTER (OfcLocation, ofc_location, id)
OFC_RECORD_STRING (OfcLocation, ofc_location, name, "name", record)
OFC_RECORD_STRING (OfcLocation, ofc_location, address, "address", record)
OFC_RECORD_STRING (OfcLocation, ofc_location, phone, "phone", record)
OFC_RECORD_STRING (OfcLocation, ofc_location, series_prefix, "series-prefix", record)
OFC_RECORD_ID (OfcLocation, ofc_location, order_type_id, "order-type-id", record)
OFC_RECORD_NUMBER (OfcLocation, ofc_location, int, position, "position", record)
OFC_RECORD_GETTER (OfcLocation, ofc_location, gboolean, is_default)
OFC_RECORD_GETTER (OfcLocation, ofc_location, gboolean, archived)
OFC_RECORD_GETTER (OfcLocation, ofc_location, gint64, version)

GListModel *
ofc_location_list (OfcContext *context, gboolean with_archived, GError **error)
{
  return _ofc_record_store_query (ofc_context_get_database (context), &store, LIST_SQL,
                                  with_archived, error);
}

OfcLocation *
_ofc_location_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  return OFC_LOCATION (_ofc_record_store_load (database, &store, id, error));
}

OfcLocation *
ofc_location_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return _ofc_location_load (ofc_context_get_database (context), id, error);
}

/**
 * ofc_location_find:
 * @name_or_id: an id, a name or a series prefix, in any case
 *
 * Returns: (transfer full) (nullable): the location
 */
OfcLocation *
ofc_location_find (OfcContext *context, const char *name_or_id, GError **error)
{
  return OFC_LOCATION (_ofc_reference_find (ofc_context_get_database (context), &store, LIST_SQL,
                                            get_match_key, name_or_id, _ ("location"), error));
}

OfcLocation *
_ofc_location_get_default (OfcDatabase *database, GError **error)
{
  return OFC_LOCATION (_ofc_record_store_load_first (
      database, &store, "SELECT id FROM location WHERE is_default = 1",
      _ ("There is no default location; create a location first"), error));
}

/**
 * ofc_location_get_default:
 *
 * Returns: (transfer full) (nullable): the location new orders belong to unless told
 */
OfcLocation *
ofc_location_get_default (OfcContext *context, GError **error)
{
  return _ofc_location_get_default (ofc_context_get_database (context), error);
}

gboolean
_ofc_location_write (OfcDatabase *database, OfcLocation *location, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (location), error);
}

gboolean
ofc_location_save (OfcContext *context, OfcLocation *location, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (location), error);
}

static gboolean
swap_default (OfcDatabase *database, OfcLocation *location, GError **error)
{
  g_autoptr (OfcLocation) previous = _ofc_location_get_default (database, NULL);
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autoptr (OfcChangeSet) previous_changes = ofc_change_set_new ();

  statement = ofc_database_prepare (database,
                                    "UPDATE location SET is_default = (id = ?1),"
                                    " version = version + 1, updated_at = ?2"
                                    " WHERE is_default = 1 OR id = ?1",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &location->id);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  ofc_change_set_bool (changes, "is-default", FALSE, TRUE);
  ofc_change_set_bool (previous_changes, "is-default", TRUE, FALSE);
  if (previous != NULL && !ofc_uuid_equal (&previous->id, &location->id) &&
      !ofc_journal_append (database, "location", &previous->id, OFC_JOURNAL_UPDATE,
                           previous_changes, error))
    return FALSE;
  return ofc_journal_append (database, "location", &location->id, OFC_JOURNAL_UPDATE, changes,
                             error);
}

/**
 * ofc_location_make_default:
 *
 * Makes @location (saved, not archived) the default in place of the current one.
 */
gboolean
ofc_location_make_default (OfcContext *context, OfcLocation *location, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcLocation) stored = NULL;

  g_return_val_if_fail (OFC_IS_LOCATION (location), FALSE);
  if (location->archived)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("“%s” is archived; restore it before making it the default"), location->name);
      return FALSE;
    }
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !swap_default (database, location, error))
    return FALSE;
  stored = _ofc_location_load (database, &location->id, error);
  if (stored == NULL || !ofc_transaction_commit (transaction, error))
    return FALSE;
  _ofc_record_copy (G_OBJECT (location), G_OBJECT (stored), &record);
  g_object_notify (G_OBJECT (location), "is-default");
  ofc_context_notify_changed (context, "location");
  return TRUE;
}

gboolean
ofc_location_archive (OfcContext *context, OfcLocation *location, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (location), TRUE, error);
}

/* offers @location again */
gboolean
ofc_location_restore (OfcContext *context, OfcLocation *location, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (location), FALSE, error);
}
