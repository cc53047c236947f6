/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Russian requisites and their check digits, as the Federal Tax Service (INN, OGRN) and
 * the Bank of Russia (BIK, account control key) define them.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "ofc-requisites.h"

static const int inn10_weights[] = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
static const int inn11_weights[] = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
static const int inn12_weights[] = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

static gboolean
all_digits (const char *value, gsize length)
{
  if (value == NULL || strlen (value) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (value[i]))
      return FALSE;
  return TRUE;
}

/**
 * ofc_requisites_looks_russian:
 * @value: (nullable): a registration or account number
 *
 * Returns: %TRUE if @value is made of digits only, so the Russian rules apply
 */
gboolean
ofc_requisites_looks_russian (const char *value)
{
  return value != NULL && *value != '\0' && all_digits (value, strlen (value));
}

/* the INN check digit over the first @n digits: weighted sum mod 11 mod 10 */
static char
inn_digit (const char *inn, const int *weights, gsize n)
{
  int sum = 0;

  for (gsize i = 0; i < n; i++)
    sum += (inn[i] - '0') * weights[i];
  return (char)('0' + sum % 11 % 10);
}

/**
 * ofc_inn_check:
 * @inn: 10 digits (a company) or 12 digits (a person or an entrepreneur)
 *
 * Field "inn".
 */
gboolean
ofc_inn_check (const char *inn, GError **error)
{
  gboolean ok;

  if (all_digits (inn, 10))
    ok = inn_digit (inn, inn10_weights, 9) == inn[9];
  else if (all_digits (inn, 12))
    ok = inn_digit (inn, inn11_weights, 10) == inn[10] &&
         inn_digit (inn, inn12_weights, 11) == inn[11];
  else
    {
      ofc_set_invalid (error, "inn",
                       _ ("INN %s must have 10 digits (a company) or 12 digits (a person or an "
                          "entrepreneur)"),
                       inn);
      return FALSE;
    }
  if (!ok)
    ofc_set_invalid (error, "inn", _ ("INN %s has a wrong check digit"), inn);
  return ok;
}

void
ofc_inn_fill_check_digits (char *inn)
{
  gsize length = strlen (inn);

  if (length == 10)
    inn[9] = inn_digit (inn, inn10_weights, 9);
  else if (length == 12)
    {
      inn[10] = inn_digit (inn, inn11_weights, 10);
      inn[11] = inn_digit (inn, inn12_weights, 11);
    }
}

/**
 * ofc_kpp_check:
 * @kpp: four digits (the tax office), two digits or capital Latin letters (the reason),
 *   three digits
 *
 * Field "kpp".
 */
gboolean
ofc_kpp_check (const char *kpp, GError **error)
{
  gboolean ok = kpp != NULL && strlen (kpp) == 9;

  for (int i = 0; ok && i < 9; i++)
    ok = g_ascii_isdigit (kpp[i]) || ((i == 4 || i == 5) && g_ascii_isupper (kpp[i]));
  if (!ok)
    ofc_set_invalid (error, "kpp",
                     _ ("KPP %s must have 9 characters: four digits, two digits or capital "
                        "letters, three digits"),
                     kpp);
  return ok;
}

/* OGRN: the first 12 digits mod 11; OGRNIP: the first 14 digits mod 13; then mod 10 */
static char
ogrn_digit (const char *ogrn, gsize n)
{
  gint64 number = 0;

  for (gsize i = 0; i < n; i++)
    number = number * 10 + (ogrn[i] - '0');
  return (char)('0' + number % (n == 12 ? 11 : 13) % 10);
}

/**
 * ofc_ogrn_check:
 * @ogrn: 13 digits (OGRN of a company) or 15 digits (OGRNIP of an entrepreneur)
 *
 * Field "ogrn".
 */
gboolean
ofc_ogrn_check (const char *ogrn, GError **error)
{
  if (!all_digits (ogrn, 13) && !all_digits (ogrn, 15))
    {
      ofc_set_invalid (error, "ogrn",
                       _ ("OGRN %s must have 13 digits (a company) or 15 digits (OGRNIP of an "
                          "entrepreneur)"),
                       ogrn);
      return FALSE;
    }
  if (ogrn_digit (ogrn, strlen (ogrn) - 1) == ogrn[strlen (ogrn) - 1])
    return TRUE;
  if (strlen (ogrn) == 13)
    ofc_set_invalid (error, "ogrn", _ ("OGRN %s has a wrong check digit"), ogrn);
  else
    ofc_set_invalid (error, "ogrn", _ ("OGRNIP %s has a wrong check digit"), ogrn);
  return FALSE;
}

void
ofc_ogrn_fill_check_digit (char *ogrn)
{
  gsize length = strlen (ogrn);

  if (length == 13 || length == 15)
    ogrn[length - 1] = ogrn_digit (ogrn, length - 1);
}

/**
 * ofc_bik_check:
 * @bik: 9 digits starting with 04 (Russian banks)
 *
 * Field "bank-bik".
 */
gboolean
ofc_bik_check (const char *bik, GError **error)
{
  if (all_digits (bik, 9) && bik[0] == '0' && bik[1] == '4')
    return TRUE;
  ofc_set_invalid (error, "bank-bik", _ ("BIK %s must have 9 digits and start with 04"), bik);
  return FALSE;
}

/* The Bank of Russia control key: three digits taken from the BIK, then the 20 digits of
 * the account, weighted 7 1 3 repeating; the sum of the products ends in 0 */
static int
account_sum (const char *bik_part, const char *account)
{
  static const int weights[] = { 7, 1, 3 };
  g_autofree char *all = g_strconcat (bik_part, account, NULL);
  int sum = 0;

  for (int i = 0; all[i] != '\0'; i++)
    sum += (all[i] - '0') * weights[i % 3];
  return sum;
}

/* a settlement account is keyed with the BIK's last three digits, a correspondent account
 * with "0" and the BIK's fifth and sixth digits (the bank's regional cash centre) */
static void
bik_part (const char *bik, gboolean correspondent, char out[4])
{
  if (correspondent)
    {
      out[0] = '0';
      out[1] = bik[4];
      out[2] = bik[5];
    }
  else
    memcpy (out, bik + 6, 3);
  out[3] = '\0';
}

static gboolean
check_account (const char *account, const char *bik, gboolean correspondent, GError **error)
{
  const char *field = correspondent ? "bank-corr-account" : "bank-account";
  char part[4];

  if (!all_digits (account, OFC_BANK_ACCOUNT_LEN))
    {
      if (correspondent)
        ofc_set_invalid (error, field, _ ("Correspondent account %s must have 20 digits"), account);
      else
        ofc_set_invalid (error, field, _ ("Account %s must have 20 digits"), account);
      return FALSE;
    }
  if (bik == NULL || !ofc_bik_check (bik, NULL))
    return TRUE; /* the key cannot be checked without a valid BIK */
  bik_part (bik, correspondent, part);
  if (account_sum (part, account) % 10 == 0)
    return TRUE;
  if (correspondent)
    ofc_set_invalid (error, field,
                     _ ("Correspondent account %s does not match BIK %s: its control key is wrong"),
                     account, bik);
  else
    ofc_set_invalid (error, field, _ ("Account %s does not match BIK %s: its control key is wrong"),
                     account, bik);
  return FALSE;
}

/**
 * ofc_bank_account_check:
 * @account: 20 digits
 * @bik: (nullable): the bank's BIK; the control key is checked when it is valid
 *
 * Field "bank-account".
 */
gboolean
ofc_bank_account_check (const char *account, const char *bik, GError **error)
{
  return check_account (account, bik, FALSE, error);
}

/**
 * ofc_corr_account_check:
 * @account: 20 digits
 * @bik: (nullable): the bank's BIK; the control key is checked when it is valid
 *
 * Field "bank-corr-account".
 */
gboolean
ofc_corr_account_check (const char *account, const char *bik, GError **error)
{
  return check_account (account, bik, TRUE, error);
}

/* the key is the ninth digit of the account and has weight 3 there */
static void
fill_key (char *account, const char *bik, gboolean correspondent)
{
  char part[4];
  int sum;

  g_return_if_fail (all_digits (account, OFC_BANK_ACCOUNT_LEN) && all_digits (bik, 9));

  bik_part (bik, correspondent, part);
  account[8] = '0';
  sum = account_sum (part, account);
  account[8] = (char)('0' + (sum % 10) * 3 % 10);
}

void
ofc_bank_account_fill_key (char *account, const char *bik)
{
  fill_key (account, bik, FALSE);
}

void
ofc_corr_account_fill_key (char *account, const char *bik)
{
  fill_key (account, bik, TRUE);
}
