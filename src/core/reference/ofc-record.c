/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Field tables: properties, rows, validation and journal diffs of the order module's model
 * objects, driven by one static description per class.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "ofc-record-private.h"

#define FIELD_PTR(object, spec) G_STRUCT_MEMBER_P ((object), (spec)->offset)

static const OfcUuid nil_uuid;

/**
 * _ofc_replace_string:
 * @slot: a string owned by the caller
 * @value: (nullable): the new value; %NULL stores ""
 *
 * Returns: whether the value changed
 */
gboolean
_ofc_replace_string (char **slot, const char *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

static GParamSpec *
make_pspec (const OfcFieldSpec *spec)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  if ((spec->flags & OFC_FIELD_READ_ONLY) == 0)
    flags |= G_PARAM_WRITABLE;
  switch (spec->type)
    {
      case OFC_FIELD_STRING:
      case OFC_FIELD_UUID:
        return g_param_spec_string (spec->name, NULL, NULL, "", flags);
      case OFC_FIELD_INT:
        return g_param_spec_int (spec->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
      case OFC_FIELD_BOOL:
        return g_param_spec_boolean (spec->name, NULL, NULL, FALSE, flags);
      case OFC_FIELD_INT64:
      case OFC_FIELD_MONEY:
      case OFC_FIELD_TIME:
      default:
        return g_param_spec_int64 (spec->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    }
}

/**
 * _ofc_record_class_init:
 *
 * Installs one property per field. Instances must start with every string field set to
 * "" (_ofc_record_init_strings is implied: a NULL string reads as "").
 */
void
_ofc_record_class_init (GObjectClass *klass, OfcRecordClass *record)
{
  record->pspecs = g_new0 (GParamSpec *, record->n_fields + 1);
  for (guint i = 0; i < record->n_fields; i++)
    record->pspecs[i + 1] = make_pspec (&record->fields[i]);
  g_object_class_install_properties (klass, record->n_fields + 1, record->pspecs);
  _ofc_record_register_labels (record);
}

/* every string field starts as "", so getters never return %NULL */
void
_ofc_record_init (GObject *object, const OfcRecordClass *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    if (record->fields[i].type == OFC_FIELD_STRING)
      *(char **) FIELD_PTR (object, &record->fields[i]) = g_strdup ("");
}

void
_ofc_record_finalize (GObject *object, const OfcRecordClass *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    if (record->fields[i].type == OFC_FIELD_STRING)
      g_clear_pointer ((char **) FIELD_PTR (object, &record->fields[i]), g_free);
}

int
_ofc_record_find (const OfcRecordClass *record, const char *name)
{
  for (guint i = 0; i < record->n_fields; i++)
    if (g_str_equal (record->fields[i].name, name))
      return (int) i;
  g_critical ("no field “%s” in %s", name, record->entity);
  return -1;
}

void
_ofc_record_get_property (GObject *object,
                          const OfcRecordClass *record,
                          guint prop_id,
                          GValue *value)
{
  const OfcFieldSpec *spec = &record->fields[prop_id - 1];
  gpointer field = FIELD_PTR (object, spec);

  switch (spec->type)
    {
      case OFC_FIELD_STRING:
        g_value_set_string (value, *(char **) field != NULL ? *(char **) field : "");
        break;
      case OFC_FIELD_UUID:
        g_value_take_string (value,
                             ofc_uuid_is_nil (field) ? g_strdup ("") : ofc_uuid_dup_string (field));
        break;
      case OFC_FIELD_INT:
        g_value_set_int (value, *(int *) field);
        break;
      case OFC_FIELD_BOOL:
        g_value_set_boolean (value, *(gboolean *) field);
        break;
      default:
        g_value_set_int64 (value, *(gint64 *) field);
    }
}

/* returns whether the field changed */
static gboolean
assign (GObject *object, const OfcFieldSpec *spec, const GValue *value)
{
  gpointer field = FIELD_PTR (object, spec);
  OfcUuid id = { 0 };

  switch (spec->type)
    {
      case OFC_FIELD_STRING:
        return _ofc_replace_string (
            (char **) field, g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      case OFC_FIELD_UUID:
        if (g_value_get_string (value) != NULL && *g_value_get_string (value) != '\0' &&
            !ofc_uuid_parse (g_value_get_string (value), &id))
          g_warning ("“%s” is not an id for %s", g_value_get_string (value), spec->name);
        if (ofc_uuid_equal (field, &id))
          return FALSE;
        *(OfcUuid *) field = id;
        return TRUE;
      case OFC_FIELD_INT:
        if (*(int *) field == g_value_get_int (value))
          return FALSE;
        *(int *) field = g_value_get_int (value);
        return TRUE;
      case OFC_FIELD_BOOL:
        if (!*(gboolean *) field == !g_value_get_boolean (value))
          return FALSE;
        *(gboolean *) field = g_value_get_boolean (value);
        return TRUE;
      default:
        if (*(gint64 *) field == g_value_get_int64 (value))
          return FALSE;
        *(gint64 *) field = g_value_get_int64 (value);
        return TRUE;
    }
}

void
_ofc_record_set_property (GObject *object,
                          const OfcRecordClass *record,
                          guint prop_id,
                          const GValue *value)
{
  if (assign (object, &record->fields[prop_id - 1], value))
    g_object_notify_by_pspec (object, record->pspecs[prop_id]);
}

void
_ofc_record_set_string (GObject *object,
                        const OfcRecordClass *record,
                        const char *name,
                        const char *value)
{
  int index = _ofc_record_find (record, name);

  g_return_if_fail (index >= 0);
  if (_ofc_replace_string ((char **) FIELD_PTR (object, &record->fields[index]),
                           value != NULL ? value : ""))
    g_object_notify_by_pspec (object, record->pspecs[index + 1]);
}

/* for fields of type INT, INT64, MONEY, TIME and BOOL */
void
_ofc_record_set_int64 (GObject *object,
                       const OfcRecordClass *record,
                       const char *name,
                       gint64 value)
{
  int index = _ofc_record_find (record, name);
  const OfcFieldSpec *spec;
  gpointer field;

  g_return_if_fail (index >= 0);
  spec = &record->fields[index];
  field = FIELD_PTR (object, spec);
  if (spec->type == OFC_FIELD_INT || spec->type == OFC_FIELD_BOOL)
    {
      if (*(int *) field == (int) value)
        return;
      *(int *) field = (int) value;
    }
  else if (*(gint64 *) field != value)
    *(gint64 *) field = value;
  else
    return;
  g_object_notify_by_pspec (object, record->pspecs[index + 1]);
}

void
_ofc_record_set_uuid (GObject *object,
                      const OfcRecordClass *record,
                      const char *name,
                      const OfcUuid *value)
{
  int index = _ofc_record_find (record, name);
  OfcUuid *field;

  g_return_if_fail (index >= 0);
  field = FIELD_PTR (object, &record->fields[index]);
  if (ofc_uuid_equal (field, value != NULL ? value : &nil_uuid))
    return;
  *field = value != NULL ? *value : nil_uuid;
  g_object_notify_by_pspec (object, record->pspecs[index + 1]);
}

/* nil ids read as %NULL, so callers can bind them as SQL NULL */
const OfcUuid *
_ofc_record_nullable_uuid (const OfcUuid *value)
{
  return value == NULL || ofc_uuid_is_nil (value) ? NULL : value;
}

void
_ofc_record_copy (GObject *dest, GObject *src, const OfcRecordClass *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    {
      const OfcFieldSpec *spec = &record->fields[i];

      switch (spec->type)
        {
          case OFC_FIELD_STRING:
            _ofc_replace_string ((char **) FIELD_PTR (dest, spec),
                                 *(char **) FIELD_PTR (src, spec));
            break;
          case OFC_FIELD_UUID:
            *(OfcUuid *) FIELD_PTR (dest, spec) = *(OfcUuid *) FIELD_PTR (src, spec);
            break;
          case OFC_FIELD_INT:
          case OFC_FIELD_BOOL:
            *(int *) FIELD_PTR (dest, spec) = *(int *) FIELD_PTR (src, spec);
            break;
          default:
            *(gint64 *) FIELD_PTR (dest, spec) = *(gint64 *) FIELD_PTR (src, spec);
        }
    }
}

static void
read_field (GObject *object, const OfcFieldSpec *spec, OfcStatement *statement, int column)
{
  gpointer field = FIELD_PTR (object, spec);
  const char *text;

  switch (spec->type)
    {
      case OFC_FIELD_STRING:
        text = ofc_statement_get_text (statement, column);
        _ofc_replace_string ((char **) field, text != NULL ? text : "");
        break;
      case OFC_FIELD_UUID:
        ofc_statement_get_uuid (statement, column, field);
        break;
      case OFC_FIELD_INT:
      case OFC_FIELD_BOOL:
        *(int *) field = (int) ofc_statement_get_int64 (statement, column);
        break;
      default: /* NULL reads as 0 */
        *(gint64 *) field = ofc_statement_get_int64 (statement, column);
    }
}

/**
 * _ofc_record_read_row:
 *
 * Reads the stored fields, in table order, from consecutive columns starting at
 * @first_column. Reading does not notify: rows are read into fresh objects.
 */
void
_ofc_record_read_row (GObject *object,
                      const OfcRecordClass *record,
                      OfcStatement *statement,
                      int first_column)
{
  int column = first_column;

  for (guint i = 0; i < record->n_fields; i++)
    if ((record->fields[i].flags & OFC_FIELD_NOT_STORED) == 0)
      read_field (object, &record->fields[i], statement, column++);
}

/**
 * _ofc_record_read_all:
 * @type: the record's GType
 * @statement: a bound statement selecting the stored columns in table order
 *
 * Returns: (transfer full) (nullable): one new object of @type per row
 */
GListModel *
_ofc_record_read_all (GType type,
                      const OfcRecordClass *record,
                      OfcStatement *statement,
                      GError **error)
{
  g_autoptr (GListStore) list = g_list_store_new (type);
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    {
      g_autoptr (GObject) object = g_object_new (type, NULL);

      _ofc_record_read_row (object, record, statement, 0);
      g_list_store_append (list, object);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
bind_field (GObject *object, const OfcFieldSpec *spec, OfcStatement *statement, int param)
{
  gpointer field = FIELD_PTR (object, spec);

  switch (spec->type)
    {
      case OFC_FIELD_STRING:
        if ((spec->flags & OFC_FIELD_EMPTY_NULL) != 0 && ofc_text_is_blank (*(char **) field))
          ofc_statement_bind_null (statement, param);
        else
          ofc_statement_bind_text (statement, param,
                                   *(char **) field != NULL ? *(char **) field : "");
        break;
      case OFC_FIELD_UUID:
        ofc_statement_bind_uuid (statement, param, _ofc_record_nullable_uuid (field));
        break;
      case OFC_FIELD_INT:
      case OFC_FIELD_BOOL:
        ofc_statement_bind_int64 (statement, param, *(int *) field);
        break;
      case OFC_FIELD_TIME:
        if (*(gint64 *) field == 0)
          ofc_statement_bind_null (statement, param);
        else
          ofc_statement_bind_int64 (statement, param, *(gint64 *) field);
        break;
      default:
        ofc_statement_bind_int64 (statement, param, *(gint64 *) field);
    }
}

/**
 * _ofc_record_bind:
 *
 * Binds the stored fields, in table order, to parameters from @first_param on.
 *
 * Returns: the next free parameter index
 */
int
_ofc_record_bind (GObject *object,
                  const OfcRecordClass *record,
                  OfcStatement *statement,
                  int first_param)
{
  int param = first_param;

  for (guint i = 0; i < record->n_fields; i++)
    if ((record->fields[i].flags & OFC_FIELD_NOT_STORED) == 0)
      bind_field (object, &record->fields[i], statement, param++);
  return param;
}

/**
 * _ofc_record_clean_text:
 *
 * Runs every writable text field with a length limit through ofc_text_take_valid() and
 * keeps the cleaned value. Stops at the first refusal, before anything is written.
 */
gboolean
_ofc_record_clean_text (GObject *object, const OfcRecordClass *record, GError **error)
{
  for (guint i = 0; i < record->n_fields; i++)
    {
      const OfcFieldSpec *spec = &record->fields[i];
      OfcTextFlags flags = OFC_TEXT_SINGLE_LINE;
      char **field = FIELD_PTR (object, spec);
      char *clean;

      if (spec->type != OFC_FIELD_STRING || spec->max_chars == 0 ||
          (spec->flags & OFC_FIELD_READ_ONLY) != 0)
        continue;
      if ((spec->flags & OFC_FIELD_MULTI_LINE) != 0)
        flags |= OFC_TEXT_MULTI_LINE;
      if ((spec->flags & OFC_FIELD_REQUIRED) != 0)
        flags |= OFC_TEXT_REQUIRED;
      clean = ofc_text_take_valid (spec->name, g_dgettext (GETTEXT_PACKAGE, spec->label), *field,
                                   spec->max_chars, flags, error);
      if (clean == NULL)
        return FALSE;
      g_free (*field);
      *field = clean;
    }
  return TRUE;
}

/**
 * _ofc_record_diff:
 * @before: (nullable): the stored row, %NULL for a creation
 *
 * Records the journaled fields that differ. Id fields are left to the caller, which knows
 * the names to record beside them.
 */
void
_ofc_record_diff (GObject *before,
                  GObject *after,
                  const OfcRecordClass *record,
                  const char *currency,
                  OfcChangeSet *changes)
{
  for (guint i = 0; i < record->n_fields; i++)
    {
      const OfcFieldSpec *spec = &record->fields[i];
      gpointer old_field = before != NULL ? FIELD_PTR (before, spec) : NULL;
      gpointer new_field = FIELD_PTR (after, spec);

      if ((spec->flags & OFC_FIELD_NO_JOURNAL) != 0)
        continue;
      switch (spec->type)
        {
          case OFC_FIELD_STRING:
            ofc_change_set_text (changes, spec->name, old_field ? *(char **) old_field : NULL,
                                 *(char **) new_field);
            break;
          case OFC_FIELD_INT:
            ofc_change_set_int64 (changes, spec->name, old_field ? *(int *) old_field : 0,
                                  *(int *) new_field);
            break;
          case OFC_FIELD_BOOL:
            ofc_change_set_bool (changes, spec->name, old_field ? *(gboolean *) old_field : FALSE,
                                 *(gboolean *) new_field);
            break;
          case OFC_FIELD_INT64:
            ofc_change_set_int64 (changes, spec->name, old_field ? *(gint64 *) old_field : 0,
                                  *(gint64 *) new_field);
            break;
          case OFC_FIELD_MONEY:
            ofc_change_set_money (changes, spec->name,
                                  ofc_money_init (old_field ? *(gint64 *) old_field : 0, currency),
                                  ofc_money_init (*(gint64 *) new_field, currency));
            break;
          case OFC_FIELD_TIME:
            ofc_change_set_time (changes, spec->name, old_field ? *(gint64 *) old_field : 0,
                                 *(gint64 *) new_field);
            break;
          case OFC_FIELD_UUID:
          default:
            break;
        }
    }
}

void
_ofc_record_register_labels (const OfcRecordClass *record)
{
  g_autofree OfcJournalLabel *labels = g_new0 (OfcJournalLabel, record->n_fields);
  gsize n = 0;

  for (guint i = 0; i < record->n_fields; i++)
    if (record->fields[i].label != NULL)
      labels[n++] = (OfcJournalLabel){ record->fields[i].name, record->fields[i].label };
  ofc_journal_register_labels (record->entity, labels, n);
}

/**
 * _ofc_shop_currency:
 *
 * Returns: (transfer full): the currency the shop keeps its money in
 */
char *
_ofc_shop_currency (OfcDatabase *database)
{
  char *currency = ofc_database_dup_meta (database, "currency");

  return currency != NULL ? currency : g_strdup (ofc_currency_get_default ());
}

void
_ofc_set_conflict (GError **error, const char *subject)
{
  g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT,
               _ ("“%s” was changed by someone else since it was opened; reopen it and make "
                  "the change again"),
               subject);
}

void
_ofc_set_not_found (GError **error, const char *what)
{
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("%s does not exist"), what);
}
