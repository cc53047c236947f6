/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The demo client generator: one plausible client per call from a seeded GRand. Every
 * random choice comes from that GRand in a fixed order, so a seed always gives the same
 * book.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "clients/ofc-card-code.h"
#include "clients/ofc-phone.h"
#include "clients/ofc-requisites.h"
#include "ofc-demo-private.h"

struct _OfcDemoGenerator
{
  GRand *rand;
  GPtrArray *sources; /* OfcClientSource, active ones */
};

static const char *const phone_labels[] = { N_ ("mobile"), N_ ("work"), N_ ("home") };

OfcDemoGenerator *
_ofc_demo_generator_new (guint32 seed, GListModel *sources)
{
  OfcDemoGenerator *self = g_new0 (OfcDemoGenerator, 1);

  self->rand = g_rand_new_with_seed (seed);
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; sources != NULL && i < g_list_model_get_n_items (sources); i++)
    g_ptr_array_add (self->sources, g_list_model_get_item (sources, i));
  return self;
}

void
_ofc_demo_generator_free (OfcDemoGenerator *self)
{
  if (self == NULL)
    return;
  g_rand_free (self->rand);
  g_ptr_array_unref (self->sources);
  g_free (self);
}

/*
 * Random helpers
 */

static gboolean
chance (OfcDemoGenerator *self, double probability)
{
  return g_rand_double (self->rand) < probability;
}

static guint
pick (OfcDemoGenerator *self, guint n)
{
  return (guint)g_rand_int_range (self->rand, 0, (gint32)n);
}

/* rank-weighted: item i is drawn with weight 1 / (i + 6), the long tail of real names
 * (the first of 160 surnames comes up about once in 20) */
static guint
pick_common (OfcDemoGenerator *self, guint n)
{
  const double c = 6.0;
  double x = c * pow ((n + c) / c, g_rand_double (self->rand)) - c;

  return MIN ((guint)x, n - 1);
}

static void
append_digits (OfcDemoGenerator *self, GString *out, int count)
{
  for (int i = 0; i < count; i++)
    g_string_append_c (out, (char)('0' + pick (self, 10)));
}

/*
 * Names
 */

static char *
feminine_surname (const char *surname)
{
  if (g_str_has_suffix (surname, "ов") || g_str_has_suffix (surname, "ев") ||
      g_str_has_suffix (surname, "ёв") || g_str_has_suffix (surname, "ин"))
    return g_strconcat (surname, "а", NULL);
  if (g_str_has_suffix (surname, "ий") || g_str_has_suffix (surname, "ой"))
    {
      g_autofree char *stem = g_strndup (surname, strlen (surname) - strlen ("ий"));

      return g_strconcat (stem, "ая", NULL);
    }
  return g_strdup (surname);
}

static char *
russian_person_name (OfcDemoGenerator *self, gboolean female, gboolean patronymic)
{
  const char *surname = ofc_demo_surnames[pick_common (self, ofc_demo_n_surnames)];
  g_autofree char *family = female ? feminine_surname (surname) : g_strdup (surname);
  const char *first = female ? ofc_demo_female_names[pick_common (self, ofc_demo_n_female_names)]
                             : ofc_demo_male_names[pick_common (self, ofc_demo_n_male_names)].name;
  const OfcDemoFatherName *father = &ofc_demo_male_names[pick_common (self, ofc_demo_n_male_names)];

  if (!patronymic)
    return g_strdup_printf ("%s %s", family, first);
  return g_strdup_printf ("%s %s %s", family, first, female ? father->daughter : father->son);
}

static char *
latin_person_name (OfcDemoGenerator *self)
{
  return g_strdup_printf ("%s %s",
                          ofc_demo_latin_first_names[pick (self, ofc_demo_n_latin_first_names)],
                          ofc_demo_latin_last_names[pick (self, ofc_demo_n_latin_last_names)]);
}

/*
 * Phones
 */

static char *
russian_mobile (OfcDemoGenerator *self)
{
  int code = ofc_demo_mobile_codes[pick (self, ofc_demo_n_mobile_codes)];
  g_autoptr (GString) n = g_string_new (NULL);

  append_digits (self, n, 7);
  switch (pick (self, 5))
    {
      case 0:
        return g_strdup_printf ("+7 %03d %.3s-%.2s-%.2s", code, n->str, n->str + 3, n->str + 5);
      case 1:
        return g_strdup_printf ("8 (%03d) %.3s-%.2s-%.2s", code, n->str, n->str + 3, n->str + 5);
      case 2:
        return g_strdup_printf ("8%03d%s", code, n->str);
      case 3:
        return g_strdup_printf ("+7%03d%s", code, n->str);
      default:
        return g_strdup_printf ("8 %03d %.3s %.2s %.2s", code, n->str, n->str + 3, n->str + 5);
    }
}

static char *
other_phone (OfcDemoGenerator *self, gboolean landline)
{
  static const int city_codes[] = { 495, 499, 812, 343, 383, 843 };
  static const char *const foreign[] = { "+375 29 ", "+44 20 ", "+49 30 ", "+998 90 " };
  g_autoptr (GString) n = g_string_new (NULL);

  append_digits (self, n, 7);
  if (landline && chance (self, 0.8))
    return g_strdup_printf ("+7 (%d) %.3s-%.2s-%.2s", city_codes[pick (self, 6)], n->str,
                            n->str + 3, n->str + 5);
  if (landline)
    return g_strdup_printf ("%.2s-%.2s-%.2s", n->str + 1, n->str + 3, n->str + 5);
  return g_strdup_printf ("%s%.3s %.4s", foreign[pick (self, G_N_ELEMENTS (foreign))], n->str,
                          n->str + 3);
}

static gboolean
has_digits (OfcClient *client, const char *display)
{
  g_autofree char *digits = NULL;

  if (!ofc_phone_normalize (display, &digits, NULL))
    return TRUE;
  for (guint i = 0; i < ofc_client_get_n_phones (client); i++)
    if (g_strcmp0 (ofc_client_phone_get_digits (ofc_client_get_phone (client, i)), digits) == 0)
      return TRUE;
  return FALSE;
}

/* mostly one mobile; sometimes a work or home number too */
static void
add_phones (OfcDemoGenerator *self, OfcClient *client)
{
  double roll = g_rand_double (self->rand);
  guint count = roll < 0.70 ? 1 : roll < 0.92 ? 2 : 3;

  for (guint i = 0; i < count; i++)
    {
      double kind = g_rand_double (self->rand);
      g_autofree char *display = kind < 0.85   ? russian_mobile (self)
                                 : kind < 0.95 ? other_phone (self, TRUE)
                                               : other_phone (self, FALSE);
      guint label = i == 0 && kind < 0.85 ? 0 : 1 + pick (self, 2);

      if (!has_digits (client, display))
        ofc_client_add_phone (client, display, _ (phone_labels[label]));
    }
}

/*
 * E-mail, address, personal details
 */

static void
add_email (OfcDemoGenerator *self, OfcClient *client, const char *first, const char *last)
{
  g_autofree char *a = _ofc_demo_transliterate (first);
  g_autofree char *b = _ofc_demo_transliterate (last);
  const char *domain = ofc_demo_email_domains[pick_common (self, ofc_demo_n_email_domains)];
  g_autofree char *email = NULL;

  switch (pick (self, 3))
    {
      case 0:
        email = g_strdup_printf ("%s.%s@%s", a, b, domain);
        break;
      case 1:
        email = g_strdup_printf ("%c%s%u@%s", a[0], b, 60 + pick (self, 45), domain);
        break;
      default:
        email = g_strdup_printf ("%s_%s%u@%s", b, a, pick (self, 1000), domain);
    }
  ofc_client_set_email (client, email);
}

static char *
make_address (OfcDemoGenerator *self)
{
  return g_strdup_printf ("г. %s, %s, д. %u, кв. %u",
                          ofc_demo_cities[pick_common (self, ofc_demo_n_cities)],
                          ofc_demo_streets[pick (self, ofc_demo_n_streets)], 1 + pick (self, 120),
                          1 + pick (self, 300));
}

static void
add_birthday (OfcDemoGenerator *self, OfcClient *client)
{
  GDateYear year = (GDateYear)(1950 + pick (self, 57));
  GDateMonth month = (GDateMonth)(1 + pick (self, 12));
  GDateDay day = (GDateDay)(1 + pick (self, g_date_get_days_in_month (month, year)));
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  ofc_client_set_birthday_date (client, &date);
}

static void
add_tags (OfcDemoGenerator *self, OfcClient *client)
{
  guint first = pick (self, ofc_demo_n_tags);

  ofc_client_add_tag (client, ofc_demo_tags[first]);
  if (chance (self, 0.2))
    ofc_client_add_tag (
        client, ofc_demo_tags[(first + 1 + pick (self, ofc_demo_n_tags - 1)) % ofc_demo_n_tags]);
}

static void
add_discounts (OfcDemoGenerator *self, OfcClient *client)
{
  ofc_client_set_discount (client, OFC_DISCOUNT_WORKS, 500 * (1 + (int)pick (self, 3)));
  if (chance (self, 0.5))
    ofc_client_set_discount (client, OFC_DISCOUNT_PARTS, 500 * (1 + (int)pick (self, 2)));
  if (chance (self, 0.5))
    ofc_client_set_discount (client, OFC_DISCOUNT_GOODS, 250 * (1 + (int)pick (self, 4)));
}

/*
 * Companies
 */

static char *
make_number (
    OfcDemoGenerator *self, const char *start, int region, int random_digits, int check_digits)
{
  g_autoptr (GString) number = g_string_new (start);

  g_string_append_printf (number, "%02d", region);
  append_digits (self, number, random_digits);
  g_string_append_len (number, "00", check_digits);
  return g_string_free (g_steal_pointer (&number), FALSE);
}

static void
add_bank (OfcDemoGenerator *self, OfcClient *client, gboolean entrepreneur)
{
  const OfcDemoBank *bank = &ofc_demo_banks[pick (self, ofc_demo_n_banks)];
  g_autofree char *corr = g_strconcat ("30101810000000000", bank->bik + 6, NULL);
  g_autoptr (GString) account = g_string_new (entrepreneur ? "408028100" : "407028100");

  append_digits (self, account, 11);
  ofc_corr_account_fill_key (corr, bank->bik);
  ofc_bank_account_fill_key (account->str, bank->bik);
  ofc_client_set_bank_name (client, bank->name);
  ofc_client_set_bank_bik (client, bank->bik);
  ofc_client_set_bank_corr_account (client, corr);
  ofc_client_set_bank_account (client, account->str);
}

/* an OOO or AO: 10-digit INN, KPP, 13-digit OGRN */
static void
fill_organisation (OfcDemoGenerator *self, OfcClient *client, int region)
{
  g_autofree char *inn = make_number (self, "", region, 7, 1);
  g_autofree char *kpp = g_strdup_printf ("%.4s01001", inn);
  g_autofree char *year = g_strdup_printf ("1%02u", 2 + pick (self, 22));
  g_autofree char *ogrn = make_number (self, year, region, 7, 1);
  g_autofree char *director = russian_person_name (self, chance (self, 0.3), TRUE);

  ofc_inn_fill_check_digits (inn);
  ofc_ogrn_fill_check_digit (ogrn);
  ofc_client_set_inn (client, inn);
  ofc_client_set_kpp (client, kpp);
  ofc_client_set_ogrn (client, ogrn);
  ofc_client_set_director (client, director);
}

/* an entrepreneur: 12-digit INN, 15-digit OGRNIP, no KPP */
static void
fill_entrepreneur (OfcDemoGenerator *self, OfcClient *client, int region)
{
  g_autofree char *inn = make_number (self, "", region, 8, 2);
  g_autofree char *year = g_strdup_printf ("3%02u", 4 + pick (self, 20));
  g_autofree char *ogrnip = make_number (self, year, region, 9, 1);

  ofc_inn_fill_check_digits (inn);
  ofc_ogrn_fill_check_digit (ogrnip);
  ofc_client_set_inn (client, inn);
  ofc_client_set_ogrn (client, ogrnip);
}

static void
make_company (OfcDemoGenerator *self, OfcClient *client)
{
  int region = ofc_demo_region_codes[pick_common (self, ofc_demo_n_region_codes)];
  const char *word = ofc_demo_company_words[pick (self, ofc_demo_n_company_words)];
  const char *suffix = ofc_demo_company_suffixes[pick (self, ofc_demo_n_company_suffixes)];
  gboolean entrepreneur = chance (self, 0.25);
  g_autofree char *owner =
      entrepreneur ? russian_person_name (self, chance (self, 0.4), TRUE) : NULL;
  g_autofree char *name =
      entrepreneur
          ? g_strdup_printf ("ИП %s", owner)
          : g_strdup_printf ("%s «%s%s»", chance (self, 0.85) ? "ООО" : "АО", word, suffix);
  g_autofree char *address = make_address (self);

  ofc_client_set_name (client, name);
  if (entrepreneur)
    fill_entrepreneur (self, client, region);
  else
    fill_organisation (self, client, region);
  ofc_client_set_legal_address (client, address);
  add_bank (self, client, entrepreneur);
  if (chance (self, 0.6))
    add_email (self, client, "info", word);
}

/*
 * A client
 */

static void
make_person (OfcDemoGenerator *self, OfcClient *client)
{
  gboolean female = chance (self, 0.5);
  g_autofree char *name = chance (self, 0.12)
                              ? latin_person_name (self)
                              : russian_person_name (self, female, chance (self, 0.92));
  g_auto (GStrv) words = g_strsplit (name, " ", 3);

  ofc_client_set_name (client, name);
  if (chance (self, 0.55))
    add_email (self, client, words[1] != NULL ? words[1] : words[0], words[0]);
  if (chance (self, 0.45))
    add_birthday (self, client);
}

static void
add_common (OfcDemoGenerator *self, OfcClient *client)
{
  if (chance (self, 0.35))
    {
      g_autofree char *address = make_address (self);

      ofc_client_set_address (client, address);
    }
  if (self->sources->len > 0 && chance (self, 0.8))
    ofc_client_set_source (
        client, g_ptr_array_index (self->sources, pick_common (self, self->sources->len)));
  if (chance (self, 0.2))
    add_tags (self, client);
  if (chance (self, 0.1))
    ofc_client_set_note (client, ofc_demo_notes[pick (self, ofc_demo_n_notes)]);
  if (chance (self, 0.06))
    add_discounts (self, client);
  ofc_client_set_sms_consent (client, chance (self, 0.65));
  ofc_client_set_email_consent (client,
                                *ofc_client_get_email (client) != '\0' && chance (self, 0.4));
  ofc_client_set_conflict (client, chance (self, 0.015));
}

void
_ofc_demo_generator_new_card_code (OfcDemoGenerator *self, OfcClient *client)
{
  char code[OFC_CARD_CODE_LEN + 1];

  ofc_card_code_generate (self->rand, code);
  ofc_client_set_card_code (client, code);
}

/**
 * _ofc_demo_generator_make_client:
 *
 * Returns: (transfer full): the next demo client, not yet stored
 */
OfcClient *
_ofc_demo_generator_make_client (OfcDemoGenerator *self)
{
  gboolean company = chance (self, 0.1);
  OfcClient *client = ofc_client_new (company ? OFC_CLIENT_KIND_COMPANY : OFC_CLIENT_KIND_PERSON);

  if (company)
    make_company (self, client);
  else
    make_person (self, client);
  add_phones (self, client);
  add_common (self, client);
  _ofc_demo_generator_new_card_code (self, client);
  return client;
}
