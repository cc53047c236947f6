/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClient conveniences built on its accessors: the birthday as a GDate, phones and tags
 * as text, copying one client into another.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <string.h>

#include "ofc-client-private.h"

/**
 * ofc_client_copy:
 *
 * Returns: (transfer full): a deep copy, phones included, for an editor to change without
 * touching the object a list shows
 */
OfcClient *
ofc_client_copy (OfcClient *self)
{
  OfcClient *copy;

  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  copy = ofc_client_new (ofc_client_get_kind (self));
  _ofc_client_assign (copy, self);
  return copy;
}

/* "YYYY-MM-DD" exactly: four, two and two digits */
static gboolean
parse_iso_date (const char *text, guint *year, guint *month, guint *day)
{
  static const char pattern[] = "dddd-dd-dd";

  if (text == NULL || strlen (text) != strlen (pattern))
    return FALSE;
  for (int i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  *year = (guint)g_ascii_strtoull (text, NULL, 10);
  *month = (guint)g_ascii_strtoull (text + 5, NULL, 10);
  *day = (guint)g_ascii_strtoull (text + 8, NULL, 10);
  return TRUE;
}

/**
 * ofc_client_get_birthday_date:
 * @out: (out caller-allocates): the birthday
 *
 * Returns: %TRUE if the birthday is set and is a real "YYYY-MM-DD" date
 */
gboolean
ofc_client_get_birthday_date (OfcClient *self, GDate *out)
{
  guint year, month, day;

  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);

  g_date_clear (out, 1);
  if (!parse_iso_date (ofc_client_get_birthday (self), &year, &month, &day) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

/**
 * ofc_client_set_birthday_date:
 * @date: (nullable): the birthday, %NULL or an invalid date to clear it
 */
void
ofc_client_set_birthday_date (OfcClient *self, const GDate *date)
{
  char text[16];

  g_return_if_fail (OFC_IS_CLIENT (self));

  if (date == NULL || !g_date_valid (date))
    {
      ofc_client_set_birthday (self, NULL);
      return;
    }
  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
  ofc_client_set_birthday (self, text);
}

/**
 * ofc_client_dup_phones_text:
 *
 * Returns: (transfer full): the phones as typed, separated by commas
 */
char *
ofc_client_dup_phones_text (OfcClient *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  for (guint i = 0; i < ofc_client_get_n_phones (self); i++)
    {
      const char *display = ofc_client_phone_get_display (ofc_client_get_phone (self, i));

      if (display == NULL || *display == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, display);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
ofc_client_add_tag (OfcClient *self, const char *tag)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) tags = NULL;

  g_return_if_fail (OFC_IS_CLIENT (self));
  g_return_if_fail (tag != NULL);

  g_strv_builder_addv (builder, (const char **)ofc_client_get_tags (self));
  g_strv_builder_add (builder, tag);
  tags = g_strv_builder_end (builder);
  ofc_client_set_tags (self, (const char *const *)tags);
}

/**
 * ofc_client_dup_tags_text:
 *
 * Returns: (transfer full): the tags separated by ", "
 */
char *
ofc_client_dup_tags_text (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return g_strjoinv (", ", (char **)ofc_client_get_tags (self));
}

/**
 * ofc_client_set_tags_text:
 * @text: (nullable): tags separated by commas, as one entry field holds them
 */
void
ofc_client_set_tags_text (OfcClient *self, const char *text)
{
  g_auto (GStrv) parts = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) tags = NULL;

  g_return_if_fail (OFC_IS_CLIENT (self));

  parts = g_strsplit (text != NULL ? text : "", ",", -1);
  for (int i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  tags = g_strv_builder_end (builder);
  ofc_client_set_tags (self, (const char *const *)tags);
}

static gboolean
phones_equal (OfcClient *a, OfcClient *b)
{
  if (ofc_client_get_n_phones (a) != ofc_client_get_n_phones (b))
    return FALSE;
  for (guint i = 0; i < ofc_client_get_n_phones (a); i++)
    {
      OfcClientPhone *x = ofc_client_get_phone (a, i);
      OfcClientPhone *y = ofc_client_get_phone (b, i);

      if (g_strcmp0 (ofc_client_phone_get_display (x), ofc_client_phone_get_display (y)) != 0 ||
          g_strcmp0 (ofc_client_phone_get_label (x), ofc_client_phone_get_label (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
assign_phones (OfcClient *self, OfcClient *from)
{
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_object_unref);

  if (phones_equal (self, from))
    return;
  for (guint i = 0; i < ofc_client_get_n_phones (from); i++)
    g_ptr_array_add (phones, g_object_ref (ofc_client_get_phone (from, i)));
  _ofc_client_set_phones (self, phones);
}

/* makes @self hold what @from holds, notifying only the properties that change */
void
_ofc_client_assign (OfcClient *self, OfcClient *from)
{
  g_object_freeze_notify (G_OBJECT (self));
  ofc_client_set_kind (self, ofc_client_get_kind (from));
  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    _ofc_client_set_text (self, i, _ofc_client_get_text (from, i));
  assign_phones (self, from);
  ofc_client_set_sms_consent (self, ofc_client_get_sms_consent (from));
  ofc_client_set_email_consent (self, ofc_client_get_email_consent (from));
  ofc_client_set_conflict (self, ofc_client_get_conflict (from));
  _ofc_client_set_source (self, ofc_client_get_source_id (from), ofc_client_get_source_name (from));
  ofc_client_set_tags (self, ofc_client_get_tags (from));
  for (int i = 0; i < OFC_N_DISCOUNTS; i++)
    ofc_client_set_discount (self, i, ofc_client_get_discount (from, i));
  _ofc_client_set_state (self, ofc_client_get_id (from), ofc_client_get_archived (from),
                         ofc_client_get_version (from), ofc_client_get_created_at (from),
                         ofc_client_get_updated_at (from));
  g_object_thaw_notify (G_OBJECT (self));
}
