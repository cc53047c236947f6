/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderStatus and its store: the shop's status chain, groups, norms and allowed
 * transitions. Accessors are generated from the field table by the OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-order-status.h"
#include "reference/ofc-reference-private.h"

struct _OfcOrderStatus
{
  GObject parent_instance;

  OfcUuid id;
  char *code;
  char *name;
  int group;
  char *color;
  int norm_hours;
  int position;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                            \
  {                                                                         \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrderStatus, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("code", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT | OFC_FIELD_EMPTY_NULL, code, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_SHORT),
  F ("group", N_ ("Group"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, group, 0),
  F ("color", N_ ("Colour"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, color, 7),
  F ("norm-hours", N_ ("Time norm, hours"), OFC_FIELD_INT, 0, norm_hours, 0),
  F ("position", N_ ("Position"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, position, 0),
  F ("archived", N_ ("Archived"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "order_status", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcOrderStatus, ofc_order_status, record)

static const struct
{
  const char *code;
  const char *label;
} groups[OFC_N_STATUS_GROUPS] = {
  { "new", N_ ("New") },
  { "in-progress", N_ ("In progress") },
  { "waiting", N_ ("Waiting") },
  { "ready", N_ ("Ready") },
  { "closed-success", N_ ("Closed successfully") },
  { "closed-failure", N_ ("Closed unsuccessfully") },
};

#define COLUMNS                                                                               \
  "id, code, name, status_group, color, norm_hours, position, archived, version, created_at," \
  " updated_at"

#define LIST_SQL                                                  \
  "SELECT " COLUMNS " FROM order_status WHERE archived = 0 OR ?1" \
  " ORDER BY archived, position, name"

/*
 * Groups
 */

gboolean
ofc_status_group_is_closed (OfcStatusGroup group)
{
  return group == OFC_STATUS_GROUP_CLOSED_SUCCESS || group == OFC_STATUS_GROUP_CLOSED_FAILURE;
}

const char *
ofc_status_group_to_code (OfcStatusGroup group)
{
  g_return_val_if_fail (group < OFC_N_STATUS_GROUPS, NULL);
  return groups[group].code;
}

gboolean
ofc_status_group_from_code (const char *code, OfcStatusGroup *out)
{
  for (guint i = 0; i < OFC_N_STATUS_GROUPS; i++)
    if (g_strcmp0 (groups[i].code, code) == 0)
      {
        *out = (OfcStatusGroup) i;
        return TRUE;
      }
  return FALSE;
}

/* translated */
const char *
ofc_status_group_get_label (OfcStatusGroup group)
{
  g_return_val_if_fail (group < OFC_N_STATUS_GROUPS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, groups[group].label);
}

/*
 * The store's rules
 */

static const char *
describe (GObject *object)
{
  return OFC_ORDER_STATUS (object)->name;
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? OFC_ORDER_STATUS (object)->code : OFC_ORDER_STATUS (object)->name;
}

static gboolean
is_color (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* orders need a status to start in: one active status of the "new" group must remain */
static gboolean
keeps_a_start (OfcDatabase *database, OfcOrderStatus *self, GError **error)
{
  gint64 others = _ofc_reference_count (database,
                                        "SELECT count(*) FROM order_status WHERE archived = 0"
                                        " AND status_group = 0 AND id IS NOT ?1",
                                        &self->id, NULL);

  if (others != 0)
    return TRUE;
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
               _ ("“%s” is the only status new orders can start in; add another status of the "
                  "“New” group first"),
               self->name);
  return FALSE;
}

static gboolean
check_fields (OfcOrderStatus *self, GError **error)
{
  if (self->group < 0 || self->group >= OFC_N_STATUS_GROUPS)
    ofc_set_invalid (error, "group", _ ("Unknown status group"));
  else if (!is_color (self->color))
    ofc_set_invalid (error, "color", _ ("The colour must look like #3584e4"));
  else if (self->norm_hours < 0 || self->norm_hours > 87600)
    ofc_set_invalid (error, "norm-hours", _ ("The time norm must be 0–87600 hours"));
  else
    return TRUE;
  return FALSE;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcOrderStatus *self = OFC_ORDER_STATUS (object);
  gboolean creating = ofc_uuid_is_nil (&self->id);

  if (!check_fields (self, error))
    return FALSE;
  if (!creating && self->group != OFC_STATUS_GROUP_NEW && !keeps_a_start (database, self, error))
    return FALSE;
  if (creating && self->position == 0)
    self->position =
        (int) _ofc_next_position (database, "SELECT ifnull(max(position), 0) FROM order_status");
  return TRUE;
}

static void
add_refs (OfcDatabase *database, GObject *before, GObject *after, OfcChangeSet *changes)
{
  OfcStatusGroup new_group = (OfcStatusGroup) OFC_ORDER_STATUS (after)->group;

  ofc_change_set_text (changes, "group",
                       before != NULL ? ofc_status_group_get_label (
                                            (OfcStatusGroup) OFC_ORDER_STATUS (before)->group)
                                      : NULL,
                       ofc_status_group_get_label (new_group));
}

static gboolean
can_archive (OfcDatabase *database, GObject *object, GError **error)
{
  OfcOrderStatus *self = OFC_ORDER_STATUS (object);

  return self->group != OFC_STATUS_GROUP_NEW || keeps_a_start (database, self, error);
}

static const OfcRecordStore store = {
  .get_type = ofc_order_status_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM order_status WHERE id = ?1",
  .insert_sql = "INSERT INTO order_status (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  .update_sql = "UPDATE order_status SET name = ?3, status_group = ?4, color = ?5,"
                " norm_hours = ?6, position = ?7, version = ?9, updated_at = ?11"
                " WHERE id = ?1 AND version = ?12",
  .archive_sql = "UPDATE order_status SET archived = ?2, version = version + 1,"
                 " updated_at = ?3 WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
  .add_refs = add_refs,
  .can_archive = can_archive,
};

/*
 * Public API
 */

OfcOrderStatus *
ofc_order_status_new (const char *name, OfcStatusGroup group)
{
  OfcOrderStatus *self = g_object_new (OFC_TYPE_ORDER_STATUS, NULL);

  ofc_order_status_set_name (self, name);
  ofc_order_status_set_group (self, group);
  ofc_order_status_set_color (self, "#3584e4");
  return self;
}

OFC_RECORD_ID_GETTER (OfcOrderStatus, ofc_order_status, id)
OFC_RECORD_GETTER (OfcOrderStatus, ofc_order_status, const char *, code)
OFC_RECORD_STRING (OfcOrderStatus, ofc_order_status, name, "name", record)
OFC_RECORD_STRING (OfcOrderStatus, ofc_order_status, color, "color", record)
OFC_RECORD_NUMBER (OfcOrderStatus, ofc_order_status, int, norm_hours, "norm-hours", record)
OFC_RECORD_NUMBER (OfcOrderStatus, ofc_order_status, int, position, "position", record)
OFC_RECORD_GETTER (OfcOrderStatus, ofc_order_status, gboolean, archived)
OFC_RECORD_GETTER (OfcOrderStatus, ofc_order_status, gint64, version)

OfcStatusGroup
ofc_order_status_get_group (OfcOrderStatus *self)
{
  return (OfcStatusGroup) self->group;
}

void
ofc_order_status_set_group (OfcOrderStatus *self, OfcStatusGroup group)
{
  _ofc_record_set_int64 (G_OBJECT (self), &record, "group", group);
}

void
_ofc_order_status_set_code (OfcOrderStatus *self, const char *code)
{
  _ofc_record_set_string (G_OBJECT (self), &record, "code", code);
}

GListModel *
ofc_order_status_list (OfcContext *context, gboolean with_archived, GError **error)
{
  return _ofc_record_store_query (ofc_context_get_database (context), &store, LIST_SQL,
                                  with_archived, error);
}

OfcOrderStatus *
_ofc_order_status_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  return OFC_ORDER_STATUS (_ofc_record_store_load (database, &store, id, error));
}

OfcOrderStatus *
ofc_order_status_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return _ofc_order_status_load (ofc_context_get_database (context), id, error);
}

/**
 * ofc_order_status_find:
 * @code_name_or_id: an id, a default code ("ready") or a name, in any case
 */
OfcOrderStatus *
ofc_order_status_find (OfcContext *context, const char *code_name_or_id, GError **error)
{
  return OFC_ORDER_STATUS (_ofc_reference_find (ofc_context_get_database (context), &store,
                                                LIST_SQL, get_match_key, code_name_or_id,
                                                _ ("status"), error));
}

OfcOrderStatus *
_ofc_order_status_get_initial (OfcDatabase *database, GError **error)
{
  return OFC_ORDER_STATUS (_ofc_record_store_load_first (
      database, &store,
      "SELECT id FROM order_status WHERE archived = 0 AND status_group = 0"
      " ORDER BY position, name LIMIT 1",
      _ ("No status of the “New” group exists for new orders to start in"), error));
}

/**
 * ofc_order_status_get_initial:
 *
 * Returns: (transfer full) (nullable): the status new orders get: the first active status
 * of the "new" group
 */
OfcOrderStatus *
ofc_order_status_get_initial (OfcContext *context, GError **error)
{
  return _ofc_order_status_get_initial (ofc_context_get_database (context), error);
}

gboolean
_ofc_order_status_write (OfcDatabase *database, OfcOrderStatus *status, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (status), error);
}

/**
 * ofc_order_status_save:
 *
 * Creates or updates @status. A changed group or time norm applies at once to the orders
 * in @status (their overdue state follows).
 */
gboolean
ofc_order_status_save (OfcContext *context, OfcOrderStatus *status, GError **error)
{
  if (!_ofc_record_store_save (context, &store, G_OBJECT (status), error))
    return FALSE;
  ofc_context_notify_changed (context, "order");
  return TRUE;
}

gboolean
ofc_order_status_archive (OfcContext *context, OfcOrderStatus *status, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (status), TRUE, error);
}

/* offers @status again */
gboolean
ofc_order_status_restore (OfcContext *context, OfcOrderStatus *status, GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (status), FALSE, error);
}

/**
 * ofc_order_status_remove:
 * @replacement: (nullable): the status @status's orders move to
 *
 * Deletes a status no order uses, with its transitions. A status in use is refused with
 * %OFC_ERROR_IN_USE unless @replacement is given: then its orders move to @replacement
 * (each journaled; group, overdue and closing time follow) in the same transaction.
 */
gboolean
ofc_order_status_remove (OfcContext *context,
                         OfcOrderStatus *status,
                         OfcOrderStatus *replacement,
                         GError **error)
{
  g_return_val_if_fail (OFC_IS_ORDER_STATUS (status), FALSE);
  g_return_val_if_fail (replacement == NULL || OFC_IS_ORDER_STATUS (replacement), FALSE);

  if (status->group == OFC_STATUS_GROUP_NEW &&
      !keeps_a_start (ofc_context_get_database (context), status, error))
    return FALSE;
  return _ofc_reference_remove (context, &_ofc_remap_order_status, &status->id, status->name,
                                replacement != NULL ? &replacement->id : NULL,
                                replacement != NULL ? replacement->name : NULL, error);
}

/* writes copies, so a refused swap leaves @a and @b as they were */
static gboolean
swap_in_transaction (OfcDatabase *database,
                     OfcOrderStatus *a,
                     OfcOrderStatus *b,
                     OfcOrderStatus *new_a,
                     OfcOrderStatus *new_b,
                     GError **error)
{
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);
  int position_a = a->position;
  /* equal positions (rows made before positions existed) would swap into the same order */
  int position_b = b->position != a->position ? b->position : a->position + 1;

  if (transaction == NULL)
    return FALSE;
  _ofc_record_copy (G_OBJECT (new_a), G_OBJECT (a), &record);
  _ofc_record_copy (G_OBJECT (new_b), G_OBJECT (b), &record);
  new_a->position = position_b;
  new_b->position = position_a;
  return _ofc_order_status_write (database, new_a, error) &&
         _ofc_order_status_write (database, new_b, error) &&
         ofc_transaction_commit (transaction, error);
}

/**
 * ofc_order_status_swap:
 *
 * Swaps the positions of @a and @b in the chain, in one transaction: how "move up" and
 * "move down" reorder the statuses.
 */
gboolean
ofc_order_status_swap (OfcContext *context, OfcOrderStatus *a, OfcOrderStatus *b, GError **error)
{
  g_autoptr (OfcOrderStatus) new_a = g_object_new (OFC_TYPE_ORDER_STATUS, NULL);
  g_autoptr (OfcOrderStatus) new_b = g_object_new (OFC_TYPE_ORDER_STATUS, NULL);

  g_return_val_if_fail (OFC_IS_ORDER_STATUS (a) && OFC_IS_ORDER_STATUS (b), FALSE);

  if (!swap_in_transaction (ofc_context_get_database (context), a, b, new_a, new_b, error))
    return FALSE;
  _ofc_record_copy (G_OBJECT (a), G_OBJECT (new_a), &record);
  _ofc_record_copy (G_OBJECT (b), G_OBJECT (new_b), &record);
  g_object_notify (G_OBJECT (a), "position");
  g_object_notify (G_OBJECT (b), "position");
  ofc_context_notify_changed (context, "order_status");
  return TRUE;
}
