/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the client book knows about each field: names, labels and limits, the journal's
 * old → new record of a write, and the derived columns (sort key, phone search words).
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "clients/ofc-phone.h"
#include "db/ofc-journal.h"
#include "ofc-client-private.h"
#include "printing/ofc-print-job.h"

const OfcClientTextField ofc_client_text_fields[OFC_CLIENT_N_TEXT] = {
  [OFC_CLIENT_TEXT_NAME] = { "name", N_ ("Name"), OFC_TEXT_MAX_NAME, OFC_TEXT_REQUIRED },
  [OFC_CLIENT_TEXT_EMAIL] = { "email", N_ ("E-mail"), OFC_CLIENT_MAX_EMAIL, 0 },
  [OFC_CLIENT_TEXT_ADDRESS] = { "address", N_ ("Address"), OFC_TEXT_MAX_LINE, OFC_TEXT_MULTI_LINE },
  [OFC_CLIENT_TEXT_BIRTHDAY] = { "birthday", N_ ("Birthday"), 10, 0 },
  [OFC_CLIENT_TEXT_NOTE] = { "note", N_ ("Note"), OFC_TEXT_MAX_NOTE, OFC_TEXT_MULTI_LINE },
  [OFC_CLIENT_TEXT_CARD_CODE] = { "card-code", N_ ("Discount card"), 13, 0 },
  [OFC_CLIENT_TEXT_INN] = { "inn", N_ ("INN"), OFC_CLIENT_MAX_REQUISITE, 0 },
  [OFC_CLIENT_TEXT_KPP] = { "kpp", N_ ("KPP"), OFC_CLIENT_MAX_REQUISITE, 0 },
  [OFC_CLIENT_TEXT_OGRN] = { "ogrn", N_ ("OGRN"), OFC_CLIENT_MAX_REQUISITE, 0 },
  [OFC_CLIENT_TEXT_LEGAL_ADDRESS] = { "legal-address", N_ ("Legal address"), OFC_TEXT_MAX_LINE,
                                      OFC_TEXT_MULTI_LINE },
  [OFC_CLIENT_TEXT_DIRECTOR] = { "director", N_ ("Director"), OFC_TEXT_MAX_NAME, 0 },
  [OFC_CLIENT_TEXT_BANK_NAME] = { "bank-name", N_ ("Bank"), OFC_TEXT_MAX_NAME, 0 },
  [OFC_CLIENT_TEXT_BANK_ACCOUNT] = { "bank-account", N_ ("Bank account"), OFC_CLIENT_MAX_REQUISITE,
                                     0 },
  [OFC_CLIENT_TEXT_BANK_CORR_ACCOUNT] = { "bank-corr-account", N_ ("Correspondent account"),
                                          OFC_CLIENT_MAX_REQUISITE, 0 },
  [OFC_CLIENT_TEXT_BANK_BIK] = { "bank-bik", N_ ("BIK"), OFC_CLIENT_MAX_REQUISITE, 0 },
};

static const OfcJournalLabel client_labels[] = {
  { "kind", N_ ("Kind") },
  { "phones", N_ ("Phones") },
  { "sms-consent", N_ ("SMS mailings") },
  { "email-consent", N_ ("E-mail mailings") },
  { "conflict", N_ ("Conflict client") },
  { "source-id", N_ ("Source") },
  { "tags", N_ ("Tags") },
  { "discount-works", N_ ("Discount on works") },
  { "discount-parts", N_ ("Discount on parts") },
  { "discount-goods", N_ ("Discount on goods") },
  { "archived", N_ ("Archived") },
};

static const OfcJournalLabel source_labels[] = {
  { "name", N_ ("Name") },
  { "position", N_ ("Position") },
  { "archived", N_ ("Archived") },
};

static const char *const discount_fields[OFC_N_DISCOUNTS] = {
  "discount-works",
  "discount-parts",
  "discount-goods",
};

/* once per process, so history reads "Phones: … → …" in the viewer's language */
void
_ofc_client_register_labels (void)
{
  static gsize done = 0;
  OfcJournalLabel text_labels[OFC_CLIENT_N_TEXT];

  if (!g_once_init_enter (&done))
    return;
  /* print jobs (discount cards) show in a client's history too */
  g_type_class_unref (g_type_class_ref (ofc_print_job_get_type ()));
  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    text_labels[i] =
        (OfcJournalLabel){ ofc_client_text_fields[i].property, ofc_client_text_fields[i].label };
  ofc_journal_register_labels (OFC_CLIENT_ENTITY, text_labels, G_N_ELEMENTS (text_labels));
  ofc_journal_register_labels (OFC_CLIENT_ENTITY, client_labels, G_N_ELEMENTS (client_labels));
  ofc_journal_register_labels (OFC_CLIENT_SOURCE_ENTITY, source_labels,
                               G_N_ELEMENTS (source_labels));
  g_once_init_leave (&done, 1);
}

static const char *
kind_label (OfcClient *client)
{
  if (client == NULL)
    return NULL;
  return ofc_client_get_is_company (client) ? _ ("Company") : _ ("Person");
}

/* "12.5 %", or NULL for no discount, so history shows a discount appear; validation keeps
 * the value between 0 and 100 % */
static char *
format_discount (int basis_points)
{
  if (basis_points == 0)
    return NULL;
  if (basis_points % 100 == 0)
    return g_strdup_printf ("%d %%", basis_points / 100);
  if (basis_points % 10 == 0)
    return g_strdup_printf ("%d.%d %%", basis_points / 100, basis_points % 100 / 10);
  return g_strdup_printf ("%d.%02d %%", basis_points / 100, basis_points % 100);
}

static char *
phones_summary (OfcClient *client)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; client != NULL && i < ofc_client_get_n_phones (client); i++)
    {
      g_autofree char *summary = ofc_client_phone_dup_summary (ofc_client_get_phone (client, i));

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, summary);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
diff_texts (OfcChangeSet *changes, OfcClient *before, OfcClient *after)
{
  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    ofc_change_set_text (changes, ofc_client_text_fields[i].property,
                         before != NULL ? _ofc_client_get_text (before, i) : NULL,
                         _ofc_client_get_text (after, i));
}

static void
diff_lists (OfcChangeSet *changes, OfcClient *before, OfcClient *after)
{
  g_autofree char *old_phones = phones_summary (before);
  g_autofree char *new_phones = phones_summary (after);
  g_autofree char *old_tags = before != NULL ? ofc_client_dup_tags_text (before) : NULL;
  g_autofree char *new_tags = ofc_client_dup_tags_text (after);

  ofc_change_set_text (changes, "phones", old_phones, new_phones);
  ofc_change_set_text (changes, "tags", old_tags, new_tags);
}

static void
diff_values (OfcChangeSet *changes, OfcClient *before, OfcClient *after)
{
  ofc_change_set_bool (changes, "sms-consent",
                       before != NULL && ofc_client_get_sms_consent (before),
                       ofc_client_get_sms_consent (after));
  ofc_change_set_bool (changes, "email-consent",
                       before != NULL && ofc_client_get_email_consent (before),
                       ofc_client_get_email_consent (after));
  ofc_change_set_bool (changes, "conflict", before != NULL && ofc_client_get_conflict (before),
                       ofc_client_get_conflict (after));
  ofc_change_set_ref (changes, "source-id",
                      before != NULL ? ofc_client_get_source_id (before) : NULL,
                      before != NULL ? ofc_client_get_source_name (before) : NULL,
                      ofc_client_get_source_id (after), ofc_client_get_source_name (after));
  for (int i = 0; i < OFC_N_DISCOUNTS; i++)
    {
      g_autofree char *old_text =
          format_discount (before != NULL ? ofc_client_get_discount (before, i) : 0);
      g_autofree char *new_text = format_discount (ofc_client_get_discount (after, i));

      ofc_change_set_text (changes, discount_fields[i], old_text, new_text);
    }
}

/**
 * _ofc_client_diff:
 * @before: (nullable): the stored client, %NULL for a creation
 * @after: the client about to be stored
 *
 * Returns: (transfer full): the changed fields, values formatted for reading
 */
OfcChangeSet *
_ofc_client_diff (OfcClient *before, OfcClient *after)
{
  OfcChangeSet *changes = ofc_change_set_new ();

  if (before == NULL || ofc_client_get_kind (before) != ofc_client_get_kind (after))
    ofc_change_set_text (changes, "kind", kind_label (before), kind_label (after));
  diff_texts (changes, before, after);
  diff_lists (changes, before, after);
  diff_values (changes, before, after);
  return changes;
}

/**
 * _ofc_client_dup_search_phones:
 *
 * Returns: (transfer full): the search words of every phone, "79261234567 9261234567 …"
 */
char *
_ofc_client_dup_search_phones (OfcClient *self)
{
  g_autoptr (GString) words = g_string_new (NULL);

  for (guint i = 0; i < ofc_client_get_n_phones (self); i++)
    {
      const char *digits = ofc_client_phone_get_digits (ofc_client_get_phone (self, i));
      g_autofree char *tokens = NULL;

      if (digits == NULL)
        continue;
      tokens = ofc_phone_dup_search_tokens (digits);
      if (words->len > 0)
        g_string_append_c (words, ' ');
      g_string_append (words, tokens);
    }
  return g_string_free (g_steal_pointer (&words), FALSE);
}

/**
 * _ofc_client_dup_name_key:
 *
 * The sort key of a name: case-folded (SQLite's lower() is ASCII-only) with "ё" sorted
 * as "е", the way Russian dictionaries order names.
 *
 * Returns: (transfer full): the key
 */
char *
_ofc_client_dup_name_key (const char *name)
{
  g_autofree char *folded = ofc_text_fold (name);
  g_auto (GStrv) parts = g_strsplit (folded, "ё", -1);

  return g_strjoinv ("е", parts);
}
