/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrder: the repair order model object, its field table and the checks that warn
 * without refusing. Accessors are generated from the field table by the OFC_RECORD_*
 * macros of ofc-record-private.h.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "orders/ofc-order-private.h"

#define F(name, label, type, flags, member, max)                      \
  {                                                                   \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrder, member), max \
  }

/* names of referenced rows: read with the order, never written */
#define DERIVED (OFC_FIELD_KEPT | OFC_FIELD_NOT_STORED)

/* the stored fields are in the column order of repair_order (see ofc-order-store.c) */
static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("number", N_ ("Number"), OFC_FIELD_STRING, OFC_FIELD_READ_ONLY, number, 0),
  F ("series", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, series, 0),
  F ("seq", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, seq, 0),
  F ("client-id", N_ ("Client"), OFC_FIELD_UUID, 0, client_id, 0),
  F ("type-id", N_ ("Order type"), OFC_FIELD_UUID, 0, type_id, 0),
  F ("location-id", N_ ("Location"), OFC_FIELD_UUID, 0, location_id, 0),
  F ("device-type-id", N_ ("Device type"), OFC_FIELD_UUID, 0, device_type_id, 0),
  F ("model-id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, model_id, 0),
  F ("brand", N_ ("Brand"), OFC_FIELD_STRING, 0, brand, OFC_TEXT_MAX_SHORT),
  F ("model", N_ ("Model"), OFC_FIELD_STRING, 0, model, OFC_TEXT_MAX_SHORT),
  F ("serial", N_ ("Serial number / IMEI"), OFC_FIELD_STRING, 0, serial, OFC_TEXT_MAX_SHORT),
  F ("malfunction",
     N_ ("Malfunction"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     malfunction,
     OFC_TEXT_MAX_LINE),
  F ("appearance",
     N_ ("Appearance"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     appearance,
     OFC_TEXT_MAX_LINE),
  F ("completeness",
     N_ ("Completeness"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     completeness,
     OFC_TEXT_MAX_LINE),
  F ("receiver-notes",
     N_ ("Receiver’s notes"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     receiver_notes,
     OFC_TEXT_MAX_NOTE),
  F ("estimate", N_ ("Estimated price"), OFC_FIELD_MONEY, 0, estimate, 0),
  F ("urgent", N_ ("Urgent"), OFC_FIELD_BOOL, 0, urgent, 0),
  F ("deadline", N_ ("Deadline"), OFC_FIELD_TIME, 0, deadline, 0),
  F ("manager-id", N_ ("Manager"), OFC_FIELD_UUID, 0, manager_id, 0),
  F ("executor-id", N_ ("Executor"), OFC_FIELD_UUID, 0, executor_id, 0),
  F ("status-id", N_ ("Status"), OFC_FIELD_UUID, 0, status_id, 0),
  F ("status-group", NULL, OFC_FIELD_INT, OFC_FIELD_KEPT, status_group, 0),
  F ("status-since", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, status_since, 0),
  F ("overdue-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, overdue_at, 0),
  F ("closed-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, closed_at, 0),
  F ("discount-works", NULL, OFC_FIELD_INT, OFC_FIELD_KEPT, discount_works, 0),
  F ("executor-notes",
     N_ ("Executor’s notes"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     executor_notes,
     OFC_TEXT_MAX_NOTE),
  F ("verdict", N_ ("Verdict"), OFC_FIELD_STRING, OFC_FIELD_MULTI_LINE, verdict, OFC_TEXT_MAX_NOTE),
  F ("recommendations",
     N_ ("Recommendations"),
     OFC_FIELD_STRING,
     OFC_FIELD_MULTI_LINE,
     recommendations,
     OFC_TEXT_MAX_NOTE),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
  F ("client-name", NULL, OFC_FIELD_STRING, DERIVED, client_name, 0),
  F ("client-phone", NULL, OFC_FIELD_STRING, DERIVED, client_phone, 0),
  F ("type-name", NULL, OFC_FIELD_STRING, DERIVED, type_name, 0),
  F ("location-name", NULL, OFC_FIELD_STRING, DERIVED, location_name, 0),
  F ("device-type-name", NULL, OFC_FIELD_STRING, DERIVED, device_type_name, 0),
  F ("status-name", NULL, OFC_FIELD_STRING, DERIVED, status_name, 0),
  F ("status-color", NULL, OFC_FIELD_STRING, DERIVED, status_color, 0),
  F ("manager-name", NULL, OFC_FIELD_STRING, DERIVED, manager_name, 0),
  F ("executor-name", NULL, OFC_FIELD_STRING, DERIVED, executor_name, 0),
  F ("works-total", NULL, OFC_FIELD_MONEY, DERIVED, works_total, 0),
};

OfcRecordClass _ofc_order_record = { "order", fields, G_N_ELEMENTS (fields), NULL };

#define record _ofc_order_record

OFC_DEFINE_RECORD_TYPE (OfcOrder, ofc_order, record)

OfcOrder *
ofc_order_new (void)
{
  return g_object_new (OFC_TYPE_ORDER, NULL);
}

/**
 * ofc_order_copy:
 *
 * Returns: (transfer full): an independent copy, for an editor's undo or a comparison
 */
OfcOrder *
ofc_order_copy (OfcOrder *self)
{
  OfcOrder *copy = ofc_order_new ();

  _ofc_record_copy (G_OBJECT (copy), G_OBJECT (self), &record);
  return copy;
}

gboolean
ofc_order_is_saved (OfcOrder *self)
{
  return !ofc_uuid_is_nil (&self->id);
}

OFC_RECORD_ID_GETTER (OfcOrder, ofc_order, id)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, number)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, series)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, seq)
OFC_RECORD_ID (OfcOrder, ofc_order, client_id, "client-id", record)
OFC_RECORD_ID (OfcOrder, ofc_order, type_id, "type-id", record)
OFC_RECORD_ID (OfcOrder, ofc_order, location_id, "location-id", record)
OFC_RECORD_ID (OfcOrder, ofc_order, device_type_id, "device-type-id", record)
OFC_RECORD_ID_GETTER (OfcOrder, ofc_order, model_id)
OFC_RECORD_ID (OfcOrder, ofc_order, manager_id, "manager-id", record)
OFC_RECORD_ID (OfcOrder, ofc_order, executor_id, "executor-id", record)
OFC_RECORD_ID (OfcOrder, ofc_order, status_id, "status-id", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, brand, "brand", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, model, "model", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, serial, "serial", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, malfunction, "malfunction", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, appearance, "appearance", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, completeness, "completeness", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, receiver_notes, "receiver-notes", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, executor_notes, "executor-notes", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, verdict, "verdict", record)
OFC_RECORD_STRING (OfcOrder, ofc_order, recommendations, "recommendations", record)
OFC_RECORD_NUMBER (OfcOrder, ofc_order, gint64, estimate, "estimate", record)
OFC_RECORD_NUMBER (OfcOrder, ofc_order, gboolean, urgent, "urgent", record)
OFC_RECORD_NUMBER (OfcOrder, ofc_order, gint64, deadline, "deadline", record)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, status_since)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, overdue_at)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, closed_at)
OFC_RECORD_GETTER (OfcOrder, ofc_order, int, discount_works)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, version)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, created_at)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, updated_at)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, client_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, client_phone)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, type_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, location_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, device_type_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, status_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, status_color)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, manager_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, const char *, executor_name)
OFC_RECORD_GETTER (OfcOrder, ofc_order, gint64, works_total)

OfcStatusGroup
ofc_order_get_status_group (OfcOrder *self)
{
  return (OfcStatusGroup) self->status_group;
}

gboolean
ofc_order_is_closed (OfcOrder *self)
{
  return ofc_order_is_saved (self) && ofc_status_group_is_closed (self->status_group);
}

/**
 * ofc_order_is_overdue:
 * @now_us: the current time, from ofc_database_now()
 *
 * Returns: whether the order stayed in its status longer than the status's norm, or its
 * deadline passed, and it is not closed
 */
gboolean
ofc_order_is_overdue (OfcOrder *self, gint64 now_us)
{
  return self->overdue_at != 0 && now_us > self->overdue_at;
}

/* the parts that are known, space-separated: "Smartphone Apple iPhone 12" */
char *
_ofc_order_join_device (const char *const *parts, gsize n_parts)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (gsize i = 0; i < n_parts; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", parts[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ofc_order_dup_device_text:
 *
 * Returns: (transfer full): "Smartphone Apple iPhone 12", the parts that are known
 */
char *
ofc_order_dup_device_text (OfcOrder *self)
{
  const char *parts[] = { self->device_type_name, self->brand, self->model };

  return _ofc_order_join_device (parts, G_N_ELEMENTS (parts));
}

/* the digits of @text when it is an IMEI as people write it: 15 digits, maybe grouped by
 * spaces, dashes or slashes */
static gboolean
imei_digits (const char *text, char digits[16])
{
  int n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (n == 15)
            return FALSE;
          digits[n++] = *p;
        }
      else if (*p != ' ' && *p != '-' && *p != '/')
        return FALSE;
    }
  digits[n] = '\0';
  return n == 15;
}

gboolean
ofc_imei_looks_like (const char *text)
{
  char digits[16];

  return imei_digits (text, digits);
}

/**
 * ofc_imei_is_valid:
 *
 * Returns: whether @text is 15 digits whose last one is the Luhn check digit of the others
 */
gboolean
ofc_imei_is_valid (const char *text)
{
  char digits[16];
  int sum = 0;

  if (!imei_digits (text, digits))
    return FALSE;
  for (int i = 0; i < 15; i++)
    {
      int d = digits[14 - i] - '0';

      if (i % 2 == 1)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return sum % 10 == 0;
}

/**
 * ofc_order_check_warnings:
 *
 * Problems worth a second look that must not stop the intake (the client's device is on
 * the counter either way).
 *
 * Returns: (transfer full): translated warnings, empty when there are none
 */
GStrv
ofc_order_check_warnings (OfcOrder *self)
{
  g_autoptr (GStrvBuilder) warnings = g_strv_builder_new ();

  if (ofc_imei_looks_like (self->serial) && !ofc_imei_is_valid (self->serial))
    {
      g_autofree char *warning = g_strdup_printf (_ ("“%s” looks like an IMEI but its check "
                                                     "digit is wrong; check the number on the "
                                                     "device"),
                                                  self->serial);

      g_strv_builder_add (warnings, warning);
    }
  return g_strv_builder_end (warnings);
}
