/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Checking a client before it is stored: every field cleaned and checked, each error
 * naming its field so the editor can focus it. The result is a clean copy; the caller's
 * object is untouched until the write succeeds.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "clients/ofc-card-code.h"
#include "clients/ofc-phone.h"
#include "clients/ofc-requisites.h"
#include "ofc-client-private.h"

#define MAX_PHONE_CHARS       50
#define MAX_PHONE_LABEL_CHARS 50
#define EARLIEST_BIRTH_YEAR   1900

/*
 * Text fields
 */

static gboolean
clean_texts (OfcClient *client, OfcClient *clean, GError **error)
{
  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    {
      const OfcClientTextField *field = &ofc_client_text_fields[i];
      g_autofree char *value =
          ofc_text_take_valid (field->property, _ (field->label), _ofc_client_get_text (client, i),
                               field->max_chars, field->flags, error);

      if (value == NULL)
        return FALSE;
      _ofc_client_set_text (clean, i, value);
    }
  return TRUE;
}

static gboolean
is_email_local_char (gunichar c)
{
  return g_unichar_isalnum (c) || (c < 0x80 && strchr ("!#$%&'*+/=?^_`{|}~.-", (int)c) != NULL);
}

/* letters of any script are allowed on both sides: "иван@почта.рф" is a real address */
static gboolean
is_valid_local_part (const char *local)
{
  gsize length = strlen (local);

  if (length == 0 || length > 64 || local[0] == '.' || local[length - 1] == '.' ||
      strstr (local, "..") != NULL)
    return FALSE;
  for (const char *p = local; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_email_local_char (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_valid_domain_label (const char *label, gboolean last)
{
  gsize length = strlen (label);
  gboolean has_letter = FALSE;

  if (length == 0 || length > 63 || label[0] == '-' || label[length - 1] == '-')
    return FALSE;
  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && c != '-')
        return FALSE;
      has_letter = has_letter || g_unichar_isalpha (c);
    }
  return !last || (has_letter && g_utf8_strlen (label, -1) >= 2);
}

static gboolean
is_valid_domain (const char *domain)
{
  g_auto (GStrv) labels = g_strsplit (domain, ".", -1);
  guint n = g_strv_length (labels);

  if (n < 2 || strlen (domain) > 253)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!is_valid_domain_label (labels[i], i == n - 1))
      return FALSE;
  return TRUE;
}

static gboolean
check_email (const char *email, GError **error)
{
  const char *at;

  if (email == NULL || *email == '\0')
    return TRUE;
  at = strchr (email, '@');
  if (at != NULL && strchr (at + 1, '@') == NULL)
    {
      g_autofree char *local = g_strndup (email, at - email);

      if (is_valid_local_part (local) && is_valid_domain (at + 1))
        return TRUE;
    }
  ofc_set_invalid (error, "email",
                   _ ("E-mail “%s” is not a valid address: it needs a name, “@” and a domain "
                      "such as example.com"),
                   email);
  return FALSE;
}

static gboolean
check_birthday (OfcClient *clean, GDate *today, GError **error)
{
  const char *text = ofc_client_get_birthday (clean);
  GDate date;

  if (*text == '\0')
    return TRUE;
  if (!ofc_client_get_birthday_date (clean, &date))
    {
      ofc_set_invalid (error, "birthday", _ ("Birthday “%s” is not a real date (YYYY-MM-DD)"),
                       text);
      return FALSE;
    }
  if (g_date_get_year (&date) < EARLIEST_BIRTH_YEAR)
    {
      ofc_set_invalid (error, "birthday", _ ("Birthday %s is before %d"), text,
                       EARLIEST_BIRTH_YEAR);
      return FALSE;
    }
  if (today != NULL && g_date_valid (today) && g_date_compare (&date, today) > 0)
    {
      ofc_set_invalid (error, "birthday", _ ("Birthday %s is in the future"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_card_code (OfcClient *clean, GError **error)
{
  const char *code = ofc_client_get_card_code (clean);

  if (*code == '\0' || ofc_ean13_is_valid (code))
    return TRUE;
  ofc_set_invalid (error, "card-code",
                   _ ("Discount card %s is not a valid EAN-13 code (13 digits with a correct "
                      "check digit)"),
                   code);
  return FALSE;
}

/*
 * Requisites
 */

/* "7707 083893" is the INN 7707083893: spaces inside a number are only typing habit */
static void
squeeze_number (OfcClient *clean, OfcClientText field)
{
  const char *value = _ofc_client_get_text (clean, field);
  g_autoptr (GString) digits = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ')
        return;
    }
  _ofc_client_set_text (clean, field, digits->str);
}

static gboolean
check_inn (OfcClient *clean, GError **error)
{
  const char *inn = ofc_client_get_inn (clean);

  if (!ofc_requisites_looks_russian (inn))
    return TRUE;
  if (!ofc_inn_check (inn, error))
    return FALSE;
  if (!ofc_client_get_is_company (clean) && strlen (inn) == 10)
    {
      ofc_set_invalid (error, "inn",
                       _ ("INN %s belongs to a company; a person’s INN has 12 digits"), inn);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_kpp (OfcClient *clean, GError **error)
{
  g_autofree char *kpp = g_ascii_strup (ofc_client_get_kpp (clean), -1);

  if (*kpp == '\0')
    return TRUE;
  _ofc_client_set_text (clean, OFC_CLIENT_TEXT_KPP, kpp);
  return ofc_kpp_check (kpp, error);
}

static gboolean
check_bank (OfcClient *clean, GError **error)
{
  const char *bik = ofc_client_get_bank_bik (clean);
  const char *account = ofc_client_get_bank_account (clean);
  const char *corr = ofc_client_get_bank_corr_account (clean);
  gboolean russian_bank = *bik == '\0' || ofc_requisites_looks_russian (bik);
  const char *known_bik = *bik != '\0' && russian_bank ? bik : NULL;

  if (known_bik != NULL && !ofc_bik_check (bik, error))
    return FALSE;
  if (russian_bank && ofc_requisites_looks_russian (account) &&
      !ofc_bank_account_check (account, known_bik, error))
    return FALSE;
  if (russian_bank && ofc_requisites_looks_russian (corr) &&
      !ofc_corr_account_check (corr, known_bik, error))
    return FALSE;
  return TRUE;
}

static gboolean
check_requisites (OfcClient *clean, GError **error)
{
  static const OfcClientText numbers[] = {
    OFC_CLIENT_TEXT_INN,      OFC_CLIENT_TEXT_KPP,          OFC_CLIENT_TEXT_OGRN,
    OFC_CLIENT_TEXT_BANK_BIK, OFC_CLIENT_TEXT_BANK_ACCOUNT, OFC_CLIENT_TEXT_BANK_CORR_ACCOUNT,
  };
  const char *ogrn;

  for (gsize i = 0; i < G_N_ELEMENTS (numbers); i++)
    squeeze_number (clean, numbers[i]);
  if (!check_inn (clean, error) || !check_kpp (clean, error))
    return FALSE;
  ogrn = ofc_client_get_ogrn (clean);
  if (ofc_requisites_looks_russian (ogrn) && !ofc_ogrn_check (ogrn, error))
    return FALSE;
  return check_bank (clean, error);
}

/*
 * Phones, tags, discounts
 */

static OfcClientPhone *
clean_phone (OfcClientPhone *phone, GError **error)
{
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;

  display = ofc_text_take_valid ("phones", _ ("Phone"), ofc_client_phone_get_display (phone),
                                 MAX_PHONE_CHARS, 0, error);
  if (display == NULL || *display == '\0')
    return NULL;
  if (!ofc_phone_normalize (display, NULL, error))
    return NULL;
  label = ofc_text_take_valid ("phones", _ ("Phone label"), ofc_client_phone_get_label (phone),
                               MAX_PHONE_LABEL_CHARS, 0, error);
  if (label == NULL)
    return NULL;
  return ofc_client_phone_new (display, *label != '\0' ? label : NULL);
}

static gboolean
is_duplicate_phone (GPtrArray *phones, OfcClientPhone *phone)
{
  for (guint i = 0; i < phones->len; i++)
    if (g_strcmp0 (ofc_client_phone_get_digits (g_ptr_array_index (phones, i)),
                   ofc_client_phone_get_digits (phone)) == 0)
      return TRUE;
  return FALSE;
}

/* blank phone rows an editor left behind are dropped, not refused */
static gboolean
clean_phones (OfcClient *client, OfcClient *clean, GError **error)
{
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  for (guint i = 0; i < ofc_client_get_n_phones (client); i++)
    {
      g_autoptr (OfcClientPhone) phone = clean_phone (ofc_client_get_phone (client, i), &local);

      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (phone == NULL)
        continue;
      if (is_duplicate_phone (phones, phone))
        {
          ofc_set_invalid (error, "phones", _ ("The phone “%s” is listed twice"),
                           ofc_client_phone_get_display (phone));
          return FALSE;
        }
      g_ptr_array_add (phones, g_steal_pointer (&phone));
    }
  if (phones->len > OFC_CLIENT_MAX_PHONES)
    {
      ofc_set_invalid (error, "phones", _ ("A client can have at most %d phones"),
                       OFC_CLIENT_MAX_PHONES);
      return FALSE;
    }
  _ofc_client_set_phones (clean, phones);
  return TRUE;
}

static char *
clean_tag (const char *tag, GError **error)
{
  g_autofree char *value = ofc_text_take_valid ("tags", _ ("Tag"), tag, G_MAXINT, 0, error);

  if (value == NULL)
    return NULL;
  if (strchr (value, ',') != NULL)
    {
      ofc_set_invalid (error, "tags", _ ("The tag “%s” contains a comma; commas separate tags"),
                       value);
      return NULL;
    }
  if (g_utf8_strlen (value, -1) > OFC_CLIENT_MAX_TAG_CHARS)
    {
      ofc_set_invalid (error, "tags", _ ("The tag “%s” is longer than %d characters"), value,
                       OFC_CLIENT_MAX_TAG_CHARS);
      return NULL;
    }
  return g_steal_pointer (&value);
}

/* tags are kept in the order given, without blanks and without case-insensitive repeats */
static gboolean
clean_tags (OfcClient *client, OfcClient *clean, GError **error)
{
  const char *const *tags = ofc_client_get_tags (client);
  g_autoptr (GPtrArray) kept = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *tag = clean_tag (tags[i], error);

      if (tag == NULL)
        return FALSE;
      if (*tag == '\0' || !g_hash_table_add (seen, ofc_text_fold (tag)))
        continue;
      g_ptr_array_add (kept, g_steal_pointer (&tag));
    }
  if (kept->len > OFC_CLIENT_MAX_TAGS)
    {
      ofc_set_invalid (error, "tags", _ ("A client can have at most %d tags"), OFC_CLIENT_MAX_TAGS);
      return FALSE;
    }
  ofc_client_set_tags (clean, (const char *const *)kept->pdata);
  return TRUE;
}

static gboolean
check_discounts (OfcClient *client, OfcClient *clean, GError **error)
{
  static const char *const fields[] = { "discount-works", "discount-parts", "discount-goods" };
  const char *labels[] = { _ ("Discount on works"), _ ("Discount on parts"),
                           _ ("Discount on goods") };

  for (int i = 0; i < OFC_N_DISCOUNTS; i++)
    {
      int value = ofc_client_get_discount (client, i);

      if (value < 0 || value > OFC_DISCOUNT_MAX)
        {
          ofc_set_invalid (error, fields[i], _ ("%s must be between 0 and 100 %%"), labels[i]);
          return FALSE;
        }
      ofc_client_set_discount (clean, i, value);
    }
  return TRUE;
}

static void
copy_values (OfcClient *client, OfcClient *clean)
{
  ofc_client_set_sms_consent (clean, ofc_client_get_sms_consent (client));
  ofc_client_set_email_consent (clean, ofc_client_get_email_consent (client));
  ofc_client_set_conflict (clean, ofc_client_get_conflict (client));
  _ofc_client_set_source (clean, ofc_client_get_source_id (client),
                          ofc_client_get_source_name (client));
  _ofc_client_set_state (clean, ofc_client_get_id (client), ofc_client_get_archived (client),
                         ofc_client_get_version (client), ofc_client_get_created_at (client),
                         ofc_client_get_updated_at (client));
}

/**
 * _ofc_client_validate:
 * @client: the client as edited
 * @today: (nullable): the local date, for the birthday check
 *
 * Returns: (transfer full) (nullable): a cleaned copy of @client, or %NULL with an
 * %OFC_ERROR_INVALID error naming the field
 */
OfcClient *
_ofc_client_validate (OfcClient *client, GDate *today, GError **error)
{
  OfcClientKind kind = ofc_client_get_kind (client);
  g_autoptr (OfcClient) clean = NULL;

  if (kind != OFC_CLIENT_KIND_PERSON && kind != OFC_CLIENT_KIND_COMPANY)
    {
      ofc_set_invalid (error, "kind", _ ("A client is either a person or a company"));
      return NULL;
    }
  clean = ofc_client_new (kind);
  copy_values (client, clean);
  if (!clean_texts (client, clean, error) || !check_email (ofc_client_get_email (clean), error) ||
      !check_birthday (clean, today, error) || !check_card_code (clean, error) ||
      !check_requisites (clean, error) || !clean_phones (client, clean, error) ||
      !clean_tags (client, clean, error) || !check_discounts (client, clean, error))
    return NULL;
  return g_steal_pointer (&clean);
}
