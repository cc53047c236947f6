/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Integer money arithmetic with named rounding, and locale formatting and parsing.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "ofc-money.h"

typedef struct
{
  const char *code;
  int exponent;
  const char *symbol;
} CurrencyInfo;

static const CurrencyInfo currencies[] = {
  { "RUB", 2, "₽" }, { "USD", 2, "$" }, { "EUR", 2, "€" }, { "GBP", 2, "£" },
  { "KZT", 2, "₸" }, { "BYN", 2, "Br" }, { "UAH", 2, "₴" }, { "UZS", 2, "soʻm" },
  { "AMD", 2, "֏" }, { "GEL", 2, "₾" }, { "KGS", 2, "сом" }, { "PLN", 2, "zł" },
  { "JPY", 0, "¥" }, { "KRW", 0, "₩" },
};

G_DEFINE_QUARK (ofc-money-error-quark, ofc_money_error)

static const CurrencyInfo *
find_currency (const char *code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_ascii_strcasecmp (currencies[i].code, code) == 0)
      return &currencies[i];
  return NULL;
}

/**
 * ofc_currency_get_exponent:
 * @currency: an ISO 4217 code
 *
 * Returns: the number of decimal places of @currency's minor unit (2 when unknown)
 */
int
ofc_currency_get_exponent (const char *currency)
{
  const CurrencyInfo *info = find_currency (currency);

  return info != NULL ? info->exponent : 2;
}

/**
 * ofc_currency_get_symbol:
 *
 * Returns: the sign written beside amounts, or @currency itself when unknown
 */
const char *
ofc_currency_get_symbol (const char *currency)
{
  const CurrencyInfo *info = find_currency (currency);

  return info != NULL ? info->symbol : currency;
}

/**
 * ofc_currency_get_default:
 *
 * Returns: the currency of the process locale when it is one we know, RUB otherwise:
 * Officina's first users are Russian workshops
 */
const char *
ofc_currency_get_default (void)
{
  const char *international = nl_langinfo (INT_CURR_SYMBOL);
  char code[4] = { 0 };
  const CurrencyInfo *info;

  if (international == NULL || strlen (international) < 3)
    return "RUB";
  memcpy (code, international, 3);
  info = find_currency (code);
  return info != NULL ? info->code : "RUB";
}

OfcMoney
ofc_money_init (gint64      minor,
                const char *currency)
{
  OfcMoney money = { .minor = minor };

  g_strlcpy (money.currency, currency != NULL ? currency : "", sizeof money.currency);
  return money;
}

gboolean
ofc_money_is_zero (OfcMoney money)
{
  return money.minor == 0;
}

/* the single place where fractions are resolved; every caller names its rule */
static __int128
divide_round_wide (__int128    numerator,
                   __int128    denominator,
                   OfcRounding rounding)
{
  __int128 quotient, remainder, twice;
  gboolean negative;

  if (denominator < 0)
    {
      numerator = -numerator;
      denominator = -denominator;
    }
  quotient = numerator / denominator;
  remainder = numerator % denominator;
  if (remainder == 0)
    return quotient;

  negative = numerator < 0;
  twice = 2 * (remainder < 0 ? -remainder : remainder);
  switch (rounding)
    {
    case OFC_ROUND_DOWN:
      return quotient;
    case OFC_ROUND_UP:
      return negative ? quotient - 1 : quotient + 1;
    case OFC_ROUND_FLOOR:
      return negative ? quotient - 1 : quotient;
    case OFC_ROUND_CEILING:
      return negative ? quotient : quotient + 1;
    case OFC_ROUND_HALF_EVEN:
      if (twice == denominator)
        return (quotient % 2 == 0) ? quotient : (negative ? quotient - 1 : quotient + 1);
      G_GNUC_FALLTHROUGH;
    case OFC_ROUND_HALF_UP:
    default:
      if (twice >= denominator)
        return negative ? quotient - 1 : quotient + 1;
      return quotient;
    }
}

/**
 * ofc_divide_round:
 * @numerator: the dividend
 * @denominator: the divisor, not zero
 * @rounding: how to resolve a remainder
 *
 * Returns: @numerator / @denominator rounded by @rounding
 */
gint64
ofc_divide_round (gint64      numerator,
                  gint64      denominator,
                  OfcRounding rounding)
{
  g_return_val_if_fail (denominator != 0, 0);
  return (gint64) divide_round_wide (numerator, denominator, rounding);
}

static gboolean
check_same_currency (OfcMoney a,
                     OfcMoney b,
                     GError **error)
{
  if (g_ascii_strcasecmp (a.currency, b.currency) == 0)
    return TRUE;
  g_set_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_CURRENCY_MISMATCH,
               _("Cannot combine amounts in %s and %s"), a.currency, b.currency);
  return FALSE;
}

static gboolean
set_overflow (GError **error)
{
  g_set_error_literal (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_OVERFLOW,
                       _("The amount is too large"));
  return FALSE;
}

gboolean
ofc_money_add (OfcMoney  a,
               OfcMoney  b,
               OfcMoney *out,
               GError  **error)
{
  gint64 sum;

  if (!check_same_currency (a, b, error))
    return FALSE;
  if (__builtin_add_overflow (a.minor, b.minor, &sum))
    return set_overflow (error);
  *out = ofc_money_init (sum, a.currency);
  return TRUE;
}

gboolean
ofc_money_subtract (OfcMoney  a,
                    OfcMoney  b,
                    OfcMoney *out,
                    GError  **error)
{
  gint64 difference;

  if (!check_same_currency (a, b, error))
    return FALSE;
  if (__builtin_sub_overflow (a.minor, b.minor, &difference))
    return set_overflow (error);
  *out = ofc_money_init (difference, a.currency);
  return TRUE;
}

/**
 * ofc_money_multiply:
 * @money: the amount
 * @numerator: multiplier numerator (a quantity in thousandths, say)
 * @denominator: multiplier denominator, not zero
 * @rounding: how to round to the minor unit
 * @out: (out): @money × @numerator / @denominator
 *
 * The product is computed in 128 bits, so only a result that does not fit is an overflow.
 */
gboolean
ofc_money_multiply (OfcMoney    money,
                    gint64      numerator,
                    gint64      denominator,
                    OfcRounding rounding,
                    OfcMoney   *out,
                    GError    **error)
{
  __int128 result;

  g_return_val_if_fail (denominator != 0, FALSE);
  result = divide_round_wide ((__int128) money.minor * numerator, denominator, rounding);
  if (result > G_MAXINT64 || result < G_MININT64)
    return set_overflow (error);
  *out = ofc_money_init ((gint64) result, money.currency);
  return TRUE;
}

/**
 * ofc_money_percent:
 * @basis_points: hundredths of a percent: 1250 is 12.5 %
 *
 * Returns: @money × @basis_points / 10000, rounded by @rounding
 */
gboolean
ofc_money_percent (OfcMoney    money,
                   gint64      basis_points,
                   OfcRounding rounding,
                   OfcMoney   *out,
                   GError    **error)
{
  return ofc_money_multiply (money, basis_points, 10000, rounding, out, error);
}

const OfcNumberFormat *
ofc_number_format_get_ru (void)
{
  static const OfcNumberFormat ru = { ",", "\u00a0", TRUE };

  return &ru;
}

const OfcNumberFormat *
ofc_number_format_get_en (void)
{
  static const OfcNumberFormat en = { ".", ",", FALSE };

  return &en;
}

/**
 * ofc_number_format_get_current:
 *
 * Returns: (transfer none): how the process's LC_MONETARY writes amounts; the English
 * form for the C locale. Valid until the next call on the same thread.
 */
const OfcNumberFormat *
ofc_number_format_get_current (void)
{
  static GPrivate format_key = G_PRIVATE_INIT (g_free);
  OfcNumberFormat *format = g_private_get (&format_key);
  const char *decimal = nl_langinfo (MON_DECIMAL_POINT);
  const char *group = nl_langinfo (MON_THOUSANDS_SEP);
  const char *currency = nl_langinfo (CRNCYSTR);

  if (decimal == NULL || *decimal == '\0')
    return ofc_number_format_get_en ();
  if (format == NULL)
    {
      format = g_new0 (OfcNumberFormat, 1);
      g_private_set (&format_key, format);
    }
  g_strlcpy (format->decimal, decimal, sizeof format->decimal);
  g_strlcpy (format->group, group != NULL ? group : "", sizeof format->group);
  format->symbol_after = currency != NULL && currency[0] == '+';
  return format;
}

static void
append_grouped (GString    *out,
                const char *digits,
                const char *group)
{
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0 && group != NULL)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
}

/**
 * ofc_money_format:
 * @money: the amount
 * @format: (nullable): the locale form; %NULL for ofc_number_format_get_current()
 * @flags: #OfcMoneyFormatFlags
 *
 * Returns: (transfer full): e.g. "1 234,50 ₽" (Russian) or "$1,234.50" (English)
 */
char *
ofc_money_format (OfcMoney               money,
                  const OfcNumberFormat *format,
                  OfcMoneyFormatFlags    flags)
{
  int exponent = ofc_currency_get_exponent (money.currency);
  guint64 magnitude = money.minor < 0 ? -(guint64) money.minor : (guint64) money.minor;
  guint64 scale = 1;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *whole = NULL;
  gboolean symbol = (flags & OFC_MONEY_FORMAT_SYMBOL) != 0;

  if (format == NULL)
    format = ofc_number_format_get_current ();
  for (int i = 0; i < exponent; i++)
    scale *= 10;
  if (money.minor < 0)
    g_string_append_c (out, '-');
  if (symbol && !format->symbol_after)
    g_string_append (out, ofc_currency_get_symbol (money.currency));
  whole = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / scale);
  append_grouped (out, whole,
                  (flags & OFC_MONEY_FORMAT_NO_GROUPING) != 0 ? NULL : format->group);
  if (exponent > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT, format->decimal, exponent,
                            magnitude % scale);
  if (symbol && format->symbol_after)
    g_string_append_printf (out, "\u00a0%s", ofc_currency_get_symbol (money.currency));
  return g_string_free (g_steal_pointer (&out), FALSE);
}
