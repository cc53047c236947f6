/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcIntakePreset and its store. Accessors are generated from the field table by the
 * OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-intake-preset.h"
#include "reference/ofc-reference-private.h"

struct _OfcIntakePreset
{
  GObject parent_instance;

  OfcUuid id;
  OfcUuid device_type_id;
  char *name;
  char *malfunctions;
  char *appearance;
  char *completeness;
  gint64 estimate;
  int deadline_days;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                             \
  {                                                                          \
    name, label, type, flags, G_STRUCT_OFFSET (OfcIntakePreset, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("device-type-id", N_ ("Device type"), OFC_FIELD_UUID, 0, device_type_id, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_SHORT),
  F ("malfunctions",
     N_ ("Malfunctions"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     malfunctions,
     OFC_TEXT_MAX_NOTE),
  F ("appearance",
     N_ ("Appearance"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     appearance,
     OFC_TEXT_MAX_NOTE),
  F ("completeness",
     N_ ("Completeness"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     completeness,
     OFC_TEXT_MAX_NOTE),
  F ("estimate", N_ ("Estimated price"), OFC_FIELD_MONEY, 0, estimate, 0),
  F ("deadline-days", N_ ("Days to deadline"), OFC_FIELD_INT, 0, deadline_days, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "intake_preset", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcIntakePreset, ofc_intake_preset, record)

#define COLUMNS                                                                                \
  "id, device_type_id, name, malfunctions, appearance, completeness, estimate, deadline_days," \
  " archived, version, created_at, updated_at"

static const char *
describe (GObject *object)
{
  return OFC_INTAKE_PRESET (object)->name;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcIntakePreset *self = OFC_INTAKE_PRESET (object);

  if (ofc_uuid_is_nil (&self->device_type_id) ||
      _ofc_reference_count (database, "SELECT count(*) FROM device_type WHERE id = ?1",
                            &self->device_type_id, NULL) != 1)
    ofc_set_invalid (error, "device-type-id", _ ("Choose the device type of the preset"));
  else if (self->estimate < 0)
    ofc_set_invalid (error, "estimate", _ ("The estimated price cannot be negative"));
  else if (self->deadline_days < 0 || self->deadline_days > 365)
    ofc_set_invalid (error, "deadline-days", _ ("The deadline must be 0–365 days away"));
  else
    return TRUE;
  return FALSE;
}

static const OfcRecordStore store = {
  .get_type = ofc_intake_preset_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM intake_preset WHERE id = ?1",
  .insert_sql = "INSERT INTO intake_preset (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  .update_sql = "UPDATE intake_preset SET device_type_id = ?2, name = ?3, malfunctions = ?4,"
                " appearance = ?5, completeness = ?6, estimate = ?7, deadline_days = ?8,"
                " version = ?10, updated_at = ?12 WHERE id = ?1 AND version = ?13",
  .archive_sql = "UPDATE intake_preset SET archived = ?2, version = version + 1,"
                 " updated_at = ?3 WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
};

OfcIntakePreset *
ofc_intake_preset_new (const OfcUuid *device_type_id, const char *name)
{
  OfcIntakePreset *self = g_object_new (OFC_TYPE_INTAKE_PRESET, NULL);

  ofc_intake_preset_set_device_type_id (self, device_type_id);
  ofc_intake_preset_set_name (self, name);
  return self;
}

OFC_RECORD_ID_GETTER (OfcIntakePreset, ofc_intake_preset, id)
OFC_RECORD_ID (OfcIntakePreset, ofc_intake_preset, device_type_id, "device-type-id", record)
OFC_RECORD_STRING (OfcIntakePreset, ofc_intake_preset, name, "name", record)
OFC_RECORD_STRING (OfcIntakePreset, ofc_intake_preset, malfunctions, "malfunctions", record)
OFC_RECORD_STRING (OfcIntakePreset, ofc_intake_preset, appearance, "appearance", record)
OFC_RECORD_STRING (OfcIntakePreset, ofc_intake_preset, completeness, "completeness", record)
OFC_RECORD_NUMBER (OfcIntakePreset, ofc_intake_preset, gint64, estimate, "estimate", record)
OFC_RECORD_NUMBER (OfcIntakePreset, ofc_intake_preset, int, deadline_days, "deadline-days", record)
OFC_RECORD_GETTER (OfcIntakePreset, ofc_intake_preset, gboolean, archived)
OFC_RECORD_GETTER (OfcIntakePreset, ofc_intake_preset, gint64, version)

/**
 * ofc_intake_preset_dup_malfunction_list:
 *
 * Returns: (transfer full): the malfunctions to offer, one per element, blank lines dropped
 */
GStrv
ofc_intake_preset_dup_malfunction_list (OfcIntakePreset *self)
{
  g_auto (GStrv) lines = g_strsplit (self->malfunctions, "\n", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (!ofc_text_is_blank (lines[i]))
      g_strv_builder_add (builder, g_strstrip (lines[i]));
  return g_strv_builder_end (builder);
}

/**
 * ofc_intake_preset_list:
 * @device_type_id: (nullable): only the presets of this device type
 *
 * Returns: (transfer full) (nullable): the active presets by name
 */
GListModel *
ofc_intake_preset_list (OfcContext *context, const OfcUuid *device_type_id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (ofc_context_get_database (context),
                                    "SELECT " COLUMNS " FROM intake_preset WHERE archived = 0"
                                    " AND (?1 IS NULL OR device_type_id = ?1) ORDER BY name",
                                    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, device_type_id);
  return _ofc_record_store_read_all (&store, statement, error);
}

gboolean
_ofc_intake_preset_write (OfcDatabase *database, OfcIntakePreset *preset, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (preset), error);
}

gboolean
ofc_intake_preset_save (OfcContext *context, OfcIntakePreset *preset, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (preset), error);
}

gboolean
ofc_intake_preset_archive (OfcContext *context, OfcIntakePreset *preset, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (preset), TRUE, error);
}
