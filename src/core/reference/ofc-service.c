/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcService and its store: the price list of works. Accessors are generated from the
 * field table by the OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-reference-private.h"
#include "reference/ofc-service.h"

struct _OfcService
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  char *name_key;
  char *category;
  gint64 price;
  int warranty_days;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                        \
  {                                                                     \
    name, label, type, flags, G_STRUCT_OFFSET (OfcService, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_NAME),
  F ("name-key", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, name_key, 0),
  F ("category", N_ ("Category"), OFC_FIELD_STRING, 0, category, OFC_TEXT_MAX_SHORT),
  F ("price", N_ ("Price"), OFC_FIELD_MONEY, 0, price, 0),
  F ("warranty-days", N_ ("Warranty, days"), OFC_FIELD_INT, 0, warranty_days, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "service", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcService, ofc_service, record)

#define COLUMNS                                                                        \
  "id, name, name_key, category, price, warranty_days, archived, version, created_at," \
  " updated_at"

#define LIST_SQL                                             \
  "SELECT " COLUMNS " FROM service WHERE archived = 0 OR ?1" \
  " ORDER BY archived, category, name_key"

static const char *
describe (GObject *object)
{
  return OFC_SERVICE (object)->name;
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? NULL : OFC_SERVICE (object)->name;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcService *self = OFC_SERVICE (object);

  if (self->price < 0)
    {
      ofc_set_invalid (error, "price", _ ("The price cannot be negative"));
      return FALSE;
    }
  if (self->warranty_days < 0 || self->warranty_days > OFC_WARRANTY_DAYS_MAX)
    {
      ofc_set_invalid (error, "warranty-days", _ ("The warranty must be 0–%d days"),
                       OFC_WARRANTY_DAYS_MAX);
      return FALSE;
    }
  g_free (self->name_key);
  self->name_key = ofc_text_fold (self->name);
  return TRUE;
}

static const OfcRecordStore store = {
  .get_type = ofc_service_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM service WHERE id = ?1",
  .insert_sql = "INSERT INTO service (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  .update_sql = "UPDATE service SET name = ?2, name_key = ?3, category = ?4, price = ?5,"
                " warranty_days = ?6, version = ?8, updated_at = ?10"
                " WHERE id = ?1 AND version = ?11",
  .archive_sql = "UPDATE service SET archived = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
};

OfcService *
ofc_service_new (const char *name, gint64 price)
{
  OfcService *self = g_object_new (OFC_TYPE_SERVICE, NULL);

  ofc_service_set_name (self, name);
  ofc_service_set_price (self, price);
  return self;
}

OFC_RECORD_ID_GETTER (OfcService, ofc_service, id)
OFC_RECORD_STRING (OfcService, ofc_service, name, "name", record)
OFC_RECORD_STRING (OfcService, ofc_service, category, "category", record)
OFC_RECORD_NUMBER (OfcService, ofc_service, gint64, price, "price", record)
OFC_RECORD_NUMBER (OfcService, ofc_service, int, warranty_days, "warranty-days", record)
OFC_RECORD_GETTER (OfcService, ofc_service, gboolean, archived)
OFC_RECORD_GETTER (OfcService, ofc_service, gint64, version)

/**
 * ofc_service_list:
 *
 * Returns: (transfer full) (nullable): the price list by category and name
 */
GListModel *
ofc_service_list (OfcContext *context, gboolean with_archived, GError **error)
{
  return _ofc_record_store_query (ofc_context_get_database (context), &store, LIST_SQL,
                                  with_archived, error);
}

OfcService *
_ofc_service_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  return OFC_SERVICE (_ofc_record_store_load (database, &store, id, error));
}

OfcService *
ofc_service_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return _ofc_service_load (ofc_context_get_database (context), id, error);
}

OfcService *
ofc_service_find (OfcContext *context, const char *name_or_id, GError **error)
{
  return OFC_SERVICE (_ofc_reference_find (ofc_context_get_database (context), &store, LIST_SQL,
                                           get_match_key, name_or_id, _ ("service"), error));
}

gboolean
_ofc_service_write (OfcDatabase *database, OfcService *service, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (service), error);
}

gboolean
ofc_service_save (OfcContext *context, OfcService *service, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (service), error);
}

gboolean
ofc_service_archive (OfcContext *context, OfcService *service, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (service), TRUE, error);
}

/* offers @service again */
gboolean
ofc_service_restore (OfcContext *context, OfcService *service, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (service), FALSE, error);
}
