/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcChangeSet: builds the journal's JSON record of changed fields.
 *
 * Each field becomes {"t": type, "o": old, "n": new} with type one of text, int, bool,
 * money (plus "c": currency), time (µs UTC, 0 for none) or ref (names, plus "oi"/"ni" ids).
 * Values are raw, not formatted: the reader formats them for the viewer's locale.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <string.h>

#include "ofc-change-set.h"

struct _OfcChangeSet
{
  GString *json; /* members so far, without braces */
  GPtrArray *fields;
  gboolean creation; /* old values are not written: there were none */
};

static void
append_json_string (GString    *out,
                    const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
begin_field (OfcChangeSet *self,
             const char   *field,
             const char   *type)
{
  if (self->json->len > 0)
    g_string_append_c (self->json, ',');
  append_json_string (self->json, field);
  g_string_append (self->json, ":{\"t\":");
  append_json_string (self->json, type);
  g_ptr_array_add (self->fields, g_strdup (field));
}

OfcChangeSet *
ofc_change_set_new (void)
{
  OfcChangeSet *self = g_new0 (OfcChangeSet, 1);

  self->json = g_string_new (NULL);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  return self;
}

/**
 * ofc_change_set_new_creation:
 *
 * A change set for a record being created: every field that is set is recorded with its
 * new value only (old values are null), so history reads "Urgent: yes", not "no → yes".
 * Pass the type's empty value (0, %FALSE, %NULL) as the old value.
 */
OfcChangeSet *
ofc_change_set_new_creation (void)
{
  OfcChangeSet *self = ofc_change_set_new ();

  self->creation = TRUE;
  return self;
}

/* the old value's JSON: null when the record is being created */
static void
append_old_int64 (OfcChangeSet *self,
                  gint64        old_value)
{
  if (self->creation)
    g_string_append (self->json, ",\"o\":null");
  else
    g_string_append_printf (self->json, ",\"o\":%" G_GINT64_FORMAT, old_value);
}

void
ofc_change_set_free (OfcChangeSet *self)
{
  if (self == NULL)
    return;
  g_string_free (self->json, TRUE);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

gboolean
ofc_change_set_is_empty (OfcChangeSet *self)
{
  return self->fields->len == 0;
}

guint
ofc_change_set_get_size (OfcChangeSet *self)
{
  return self->fields->len;
}

gboolean
ofc_change_set_has (OfcChangeSet *self,
                    const char   *field)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->fields, i), field) == 0)
      return TRUE;
  return FALSE;
}

/**
 * ofc_change_set_to_json:
 *
 * Returns: (transfer full): the JSON object of all recorded fields
 */
char *
ofc_change_set_to_json (OfcChangeSet *self)
{
  return g_strdup_printf ("{%s}", self->json->str);
}

/* NULL and "" are the same to a person reading the history */
void
ofc_change_set_text (OfcChangeSet *self,
                     const char   *field,
                     const char   *old_value,
                     const char   *new_value)
{
  if (g_strcmp0 (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "") == 0)
    return;
  begin_field (self, field, "text");
  g_string_append (self->json, ",\"o\":");
  append_json_string (self->json, old_value != NULL && *old_value != '\0' ? old_value : NULL);
  g_string_append (self->json, ",\"n\":");
  append_json_string (self->json, new_value != NULL && *new_value != '\0' ? new_value : NULL);
  g_string_append_c (self->json, '}');
}

void
ofc_change_set_int64 (OfcChangeSet *self,
                      const char   *field,
                      gint64        old_value,
                      gint64        new_value)
{
  if (old_value == new_value)
    return;
  begin_field (self, field, "int");
  append_old_int64 (self, old_value);
  g_string_append_printf (self->json, ",\"n\":%" G_GINT64_FORMAT "}", new_value);
}

void
ofc_change_set_bool (OfcChangeSet *self,
                     const char   *field,
                     gboolean      old_value,
                     gboolean      new_value)
{
  if (!old_value == !new_value)
    return;
  begin_field (self, field, "bool");
  if (self->creation)
    g_string_append (self->json, ",\"o\":null");
  else
    g_string_append_printf (self->json, ",\"o\":%s", old_value ? "true" : "false");
  g_string_append_printf (self->json, ",\"n\":%s}", new_value ? "true" : "false");
}

void
ofc_change_set_money (OfcChangeSet *self,
                      const char   *field,
                      OfcMoney      old_value,
                      OfcMoney      new_value)
{
  if (old_value.minor == new_value.minor
      && g_strcmp0 (old_value.currency, new_value.currency) == 0)
    return;
  begin_field (self, field, "money");
  append_old_int64 (self, old_value.minor);
  g_string_append_printf (self->json, ",\"n\":%" G_GINT64_FORMAT, new_value.minor);
  g_string_append (self->json, ",\"c\":");
  append_json_string (self->json, new_value.currency);
  g_string_append_c (self->json, '}');
}

void
ofc_change_set_time (OfcChangeSet *self,
                     const char   *field,
                     gint64        old_us,
                     gint64        new_us)
{
  if (old_us == new_us)
    return;
  begin_field (self, field, "time");
  append_old_int64 (self, old_us);
  g_string_append_printf (self->json, ",\"n\":%" G_GINT64_FORMAT "}", new_us);
}

/**
 * ofc_change_set_ref:
 * @old_id: (nullable): the row referenced before
 * @old_name: (nullable): its name as shown then, kept so history reads well after renames
 * @new_id: (nullable): the row referenced now
 * @new_name: (nullable): its name
 */
void
ofc_change_set_ref (OfcChangeSet  *self,
                    const char    *field,
                    const OfcUuid *old_id,
                    const char    *old_name,
                    const OfcUuid *new_id,
                    const char    *new_name)
{
  char buffer[OFC_UUID_STRING_LEN + 1];

  if ((old_id == NULL && new_id == NULL)
      || (old_id != NULL && new_id != NULL && ofc_uuid_equal (old_id, new_id)))
    return;
  begin_field (self, field, "ref");
  g_string_append (self->json, ",\"o\":");
  append_json_string (self->json, old_name != NULL && *old_name != '\0' ? old_name : NULL);
  g_string_append (self->json, ",\"n\":");
  append_json_string (self->json, new_name != NULL && *new_name != '\0' ? new_name : NULL);
  if (old_id != NULL)
    {
      ofc_uuid_to_string (old_id, buffer);
      g_string_append_printf (self->json, ",\"oi\":\"%s\"", buffer);
    }
  if (new_id != NULL)
    {
      ofc_uuid_to_string (new_id, buffer);
      g_string_append_printf (self->json, ",\"ni\":\"%s\"", buffer);
    }
  g_string_append_c (self->json, '}');
}
