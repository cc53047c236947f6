/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Client field options for officina-cli: `--name`, `--phone` (repeatable), `--email`,
 * `--company`, `--inn` and the rest, one per field of the client card.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-cli-client-fields.h"

enum
{
  TEXT_NAME,
  TEXT_EMAIL,
  TEXT_ADDRESS,
  TEXT_BIRTHDAY,
  TEXT_NOTE,
  TEXT_TAGS,
  TEXT_SOURCE,
  TEXT_INN,
  TEXT_KPP,
  TEXT_OGRN,
  TEXT_LEGAL_ADDRESS,
  TEXT_DIRECTOR,
  TEXT_BANK,
  TEXT_ACCOUNT,
  TEXT_CORR_ACCOUNT,
  TEXT_BIK,
  TEXT_SMS_CONSENT,
  TEXT_EMAIL_CONSENT,
  TEXT_CONFLICT,
  TEXT_DISCOUNT_WORKS,
  TEXT_DISCOUNT_PARTS,
  TEXT_DISCOUNT_GOODS,
  N_TEXTS
};

struct _OfcCliClientFields
{
  char *texts[N_TEXTS];
  char **phones;
  char **add_phones;
  char **add_tags;
  gboolean company;
  gboolean person;
  GOptionEntry *entries;
};

typedef struct
{
  const char *long_name;
  int field;
  const char *description;
  const char *argument;
} TextOption;

static const TextOption text_options[] = {
  { "name", TEXT_NAME, N_("Full name, or the company’s name"), N_("NAME") },
  { "email", TEXT_EMAIL, N_("E-mail address"), N_("ADDRESS") },
  { "address", TEXT_ADDRESS, N_("Postal address"), N_("ADDRESS") },
  { "birthday", TEXT_BIRTHDAY, N_("Birthday"), N_("YYYY-MM-DD") },
  { "note", TEXT_NOTE, N_("A note about the client"), N_("TEXT") },
  { "tags", TEXT_TAGS, N_("Tags, separated by commas (replaces the tags)"), N_("TAGS") },
  { "source", TEXT_SOURCE, N_("How the client heard about the shop"), N_("SOURCE") },
  { "inn", TEXT_INN, N_("Taxpayer number (INN)"), N_("NUMBER") },
  { "kpp", TEXT_KPP, N_("Tax registration reason code (KPP)"), N_("CODE") },
  { "ogrn", TEXT_OGRN, N_("State registration number (OGRN or OGRNIP)"), N_("NUMBER") },
  { "legal-address", TEXT_LEGAL_ADDRESS, N_("The company’s legal address"), N_("ADDRESS") },
  { "director", TEXT_DIRECTOR, N_("The company’s director"), N_("NAME") },
  { "bank", TEXT_BANK, N_("Bank name"), N_("NAME") },
  { "account", TEXT_ACCOUNT, N_("Bank account"), N_("NUMBER") },
  { "corr-account", TEXT_CORR_ACCOUNT, N_("Correspondent account"), N_("NUMBER") },
  { "bik", TEXT_BIK, N_("Bank identification code (BIK)"), N_("CODE") },
  { "sms-consent", TEXT_SMS_CONSENT, N_("Agrees to SMS mailings"), N_("yes|no") },
  { "email-consent", TEXT_EMAIL_CONSENT, N_("Agrees to e-mail mailings"), N_("yes|no") },
  { "conflict", TEXT_CONFLICT, N_("Mark as a conflict client"), N_("yes|no") },
  { "discount-works", TEXT_DISCOUNT_WORKS, N_("Personal discount on works, percent"), N_("PCT") },
  { "discount-parts", TEXT_DISCOUNT_PARTS, N_("Personal discount on parts, percent"), N_("PCT") },
  { "discount-goods", TEXT_DISCOUNT_GOODS, N_("Personal discount on goods, percent"), N_("PCT") },
};

OfcCliClientFields *
ofc_cli_client_fields_new (void)
{
  return g_new0 (OfcCliClientFields, 1);
}

void
ofc_cli_client_fields_free (OfcCliClientFields *self)
{
  if (self == NULL)
    return;
  for (int i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_strfreev (self->phones);
  g_strfreev (self->add_phones);
  g_strfreev (self->add_tags);
  g_free (self->entries);
  g_free (self);
}

static GOptionEntry
array_entry (const char *long_name,
             char     ***target,
             const char *description,
             const char *argument)
{
  return (GOptionEntry) { long_name, 0, 0, G_OPTION_ARG_STRING_ARRAY, target, description,
                          argument };
}

/**
 * ofc_cli_client_fields_get_group:
 * @adding: for `client add`: `--phone` adds; for `edit` it replaces, and `--add-phone`
 *   and `--add-tag` add
 *
 * Returns: (transfer full): the options, writing into @self
 */
GOptionGroup *
ofc_cli_client_fields_get_group (OfcCliClientFields *self,
                                 gboolean            adding)
{
  GOptionGroup *group = g_option_group_new ("client", NULL, NULL, NULL, NULL);
  gsize n = 0;

  self->entries = g_new0 (GOptionEntry, G_N_ELEMENTS (text_options) + 7);
  for (gsize i = 0; i < G_N_ELEMENTS (text_options); i++)
    self->entries[n++] = (GOptionEntry) { text_options[i].long_name, 0, 0, G_OPTION_ARG_STRING,
                                          &self->texts[text_options[i].field],
                                          text_options[i].description, text_options[i].argument };
  self->entries[n++] = array_entry ("phone", &self->phones,
                                    adding ? N_("A phone number (repeat for several)")
                                           : N_("A phone number; replaces the phones (repeat for several)"),
                                    N_("PHONE"));
  self->entries[n++] = array_entry ("add-phone", &self->add_phones, N_("Add a phone number"),
                                    N_("PHONE"));
  self->entries[n++] = array_entry ("add-tag", &self->add_tags, N_("Add a tag"), N_("TAG"));
  self->entries[n++] = (GOptionEntry) { "company", 0, 0, G_OPTION_ARG_NONE, &self->company,
                                        N_("The client is a company"), NULL };
  self->entries[n++] = (GOptionEntry) { "person", 0, 0, G_OPTION_ARG_NONE, &self->person,
                                        N_("The client is a person"), NULL };
  g_option_group_add_entries (group, self->entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  return group;
}

gboolean
ofc_cli_client_fields_has_name (OfcCliClientFields *self)
{
  return self->texts[TEXT_NAME] != NULL;
}

/**
 * ofc_cli_parse_percent:
 * @text: "12", "12.5" or "12,5", optionally with "%"
 * @basis_points: (out): hundredths of a percent
 */
gboolean
ofc_cli_parse_percent (const char *text,
                       int        *basis_points,
                       GError    **error)
{
  g_autofree char *clean = g_strdelimit (g_strstrip (g_strdup (text)), ",", '.');
  OfcMoney parsed;
  gsize length = strlen (clean);

  if (length > 0 && clean[length - 1] == '%')
    clean[length - 1] = '\0';
  /* hundredths of a percent are hundredths of a unit: the money parser is exact for them */
  if (!ofc_money_parse (clean, "XXX", &parsed, NULL) || parsed.minor < 0 || parsed.minor > 10000)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                   _("“%s” is not a percentage between 0 and 100"), text);
      return FALSE;
    }
  *basis_points = (int) parsed.minor;
  return TRUE;
}

gboolean
ofc_cli_parse_yes_no (const char *text,
                      gboolean   *value,
                      GError    **error)
{
  static const char *const yes[] = { "yes", "y", "true", "1", "on", "да", NULL };
  static const char *const no[] = { "no", "n", "false", "0", "off", "нет", NULL };
  g_autofree char *folded = g_utf8_strdown (text, -1);

  if (g_strv_contains (yes, folded) || g_strv_contains (no, folded))
    {
      *value = g_strv_contains (yes, folded);
      return TRUE;
    }
  g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _("“%s” is neither yes nor no"), text);
  return FALSE;
}

static void
apply_texts (OfcCliClientFields *self,
             OfcClient          *client)
{
  static const struct
  {
    int field;
    void (*set) (OfcClient *, const char *);
  } setters[] = {
    { TEXT_NAME, ofc_client_set_name },
    { TEXT_EMAIL, ofc_client_set_email },
    { TEXT_ADDRESS, ofc_client_set_address },
    { TEXT_BIRTHDAY, ofc_client_set_birthday },
    { TEXT_NOTE, ofc_client_set_note },
    { TEXT_TAGS, ofc_client_set_tags_text },
    { TEXT_INN, ofc_client_set_inn },
    { TEXT_KPP, ofc_client_set_kpp },
    { TEXT_OGRN, ofc_client_set_ogrn },
    { TEXT_LEGAL_ADDRESS, ofc_client_set_legal_address },
    { TEXT_DIRECTOR, ofc_client_set_director },
    { TEXT_BANK, ofc_client_set_bank_name },
    { TEXT_ACCOUNT, ofc_client_set_bank_account },
    { TEXT_CORR_ACCOUNT, ofc_client_set_bank_corr_account },
    { TEXT_BIK, ofc_client_set_bank_bik },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (setters); i++)
    if (self->texts[setters[i].field] != NULL)
      setters[i].set (client, self->texts[setters[i].field]);
}

static void
apply_lists (OfcCliClientFields *self,
             OfcClient          *client)
{
  if (self->phones != NULL)
    ofc_client_clear_phones (client);
  for (guint i = 0; self->phones != NULL && self->phones[i] != NULL; i++)
    ofc_client_add_phone (client, self->phones[i], NULL);
  for (guint i = 0; self->add_phones != NULL && self->add_phones[i] != NULL; i++)
    ofc_client_add_phone (client, self->add_phones[i], NULL);
  for (guint i = 0; self->add_tags != NULL && self->add_tags[i] != NULL; i++)
    ofc_client_add_tag (client, self->add_tags[i]);
  if (self->company)
    ofc_client_set_kind (client, OFC_CLIENT_KIND_COMPANY);
  if (self->person)
    ofc_client_set_kind (client, OFC_CLIENT_KIND_PERSON);
}

static gboolean
apply_switches (OfcCliClientFields *self,
                OfcClient          *client,
                GError            **error)
{
  static const struct
  {
    int field;
    void (*set) (OfcClient *, gboolean);
  } setters[] = {
    { TEXT_SMS_CONSENT, ofc_client_set_sms_consent },
    { TEXT_EMAIL_CONSENT, ofc_client_set_email_consent },
    { TEXT_CONFLICT, ofc_client_set_conflict },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (setters); i++)
    {
      gboolean value;

      if (self->texts[setters[i].field] == NULL)
        continue;
      if (!ofc_cli_parse_yes_no (self->texts[setters[i].field], &value, error))
        return FALSE;
      setters[i].set (client, value);
    }
  return TRUE;
}

static gboolean
apply_discounts (OfcCliClientFields *self,
                 OfcClient          *client,
                 GError            **error)
{
  static const int fields[OFC_N_DISCOUNTS] = { TEXT_DISCOUNT_WORKS, TEXT_DISCOUNT_PARTS,
                                               TEXT_DISCOUNT_GOODS };

  for (int category = 0; category < OFC_N_DISCOUNTS; category++)
    {
      int basis_points;

      if (self->texts[fields[category]] == NULL)
        continue;
      if (!ofc_cli_parse_percent (self->texts[fields[category]], &basis_points, error))
        return FALSE;
      ofc_client_set_discount (client, (OfcDiscountCategory) category, basis_points);
    }
  return TRUE;
}

/* sources are chosen by name, as people know them */
static gboolean
apply_source (OfcCliClientFields *self,
              OfcClientStore     *store,
              OfcClient          *client,
              GError            **error)
{
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *wanted = NULL;

  if (self->texts[TEXT_SOURCE] == NULL)
    return TRUE;
  sources = ofc_client_store_list_sources (store, FALSE, error);
  if (sources == NULL)
    return FALSE;
  wanted = ofc_text_fold (self->texts[TEXT_SOURCE]);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(OfcClientSource) source = g_list_model_get_item (sources, i);
      g_autofree char *name = ofc_text_fold (ofc_client_source_get_name (source));

      if (g_strcmp0 (name, wanted) == 0)
        {
          ofc_client_set_source (client, source);
          return TRUE;
        }
      g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "",
                              ofc_client_source_get_name (source));
    }
  g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _("There is no client source “%s”; known: %s"),
               self->texts[TEXT_SOURCE], known->str);
  return FALSE;
}

/**
 * ofc_cli_client_fields_apply:
 *
 * Copies every given option into @client. Only the form of yes/no and percentages is
 * checked here; everything else is the store's to validate when saving.
 */
gboolean
ofc_cli_client_fields_apply (OfcCliClientFields *self,
                             OfcClientStore     *store,
                             OfcClient          *client,
                             GError            **error)
{
  apply_texts (self, client);
  apply_lists (self, client);
  return apply_switches (self, client, error) && apply_discounts (self, client, error)
         && apply_source (self, store, client, error);
}
