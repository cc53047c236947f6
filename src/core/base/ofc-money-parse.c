/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Reading amounts as people type them: "1 234,50", "1,234.50", "1234.5", "-12 ₽".
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-money.h"

static const char *const currency_marks[] = {
  "₽", "руб.", "руб", "р.", "RUB", "$", "USD", "€", "EUR", "£", "₸", "₴",
};

static gboolean
set_parse_error (GError    **error,
                 const char *text)
{
  g_set_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_PARSE,
               _("“%s” is not an amount of money"), text);
  return FALSE;
}

/* keeps digits, separators and a sign; drops the spaces people put between groups
 * (ordinary, non-breaking, narrow and thin) and apostrophes (Swiss grouping) */
static char *
strip_decoration (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *work = g_strstrip (g_strdup (text));

  for (gsize i = 0; i < G_N_ELEMENTS (currency_marks); i++)
    {
      gsize mark = strlen (currency_marks[i]);
      gsize length = strlen (work);

      if (g_str_has_suffix (work, currency_marks[i]))
        work[length - mark] = '\0';
      else if (g_str_has_prefix (work, currency_marks[i]))
        memmove (work, work + mark, length - mark + 1);
    }
  for (const char *p = work; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'')
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* groups after the first must be exactly three digits: "1,234,567" but not "12,34";
 * a grouped number does not start with zero, so "0,001" is not a thousand */
static gboolean
valid_grouping (const char *whole,
                char        separator)
{
  g_auto(GStrv) groups = g_strsplit (whole, (char[]) { separator, '\0' }, -1);
  guint n = g_strv_length (groups);

  if (n < 2)
    return TRUE;
  if (strlen (groups[0]) < 1 || strlen (groups[0]) > 3 || groups[0][0] == '0')
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (strlen (groups[i]) != 3)
      return FALSE;
  return TRUE;
}

static gboolean
all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static guint
count_char (const char *text,
            char        c)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == c;
  return n;
}

/* the last separator is the decimal one, unless it occurs more than once or it is the only
 * separator with exactly three digits after it and the currency has fewer decimals: then it
 * groups thousands ("1,234" is one thousand two hundred thirty-four roubles) */
static const char *
find_decimal_mark (const char *number,
                   int         exponent)
{
  const char *last = NULL;
  char other;

  for (const char *p = number; *p != '\0'; p++)
    if (*p == '.' || *p == ',')
      last = p;
  if (last == NULL || count_char (number, *last) > 1)
    return NULL;
  other = *last == '.' ? ',' : '.';
  if (strlen (last + 1) == 3 && exponent < 3 && count_char (number, other) == 0)
    return NULL;
  return last;
}

/* "1,234.50" becomes whole "1234" and fraction "50" */
static gboolean
split_number (const char *number,
              int         exponent,
              char      **whole_out,
              char      **fraction_out)
{
  const char *decimal = find_decimal_mark (number, exponent);
  g_autofree char *whole = g_strndup (number, decimal != NULL ? (gsize) (decimal - number)
                                                            : strlen (number));
  char group = strchr (whole, '.') != NULL ? '.' : ',';

  if (strchr (whole, group) != NULL)
    {
      g_auto(GStrv) parts = NULL;

      if (count_char (whole, group == '.' ? ',' : '.') > 0 || !valid_grouping (whole, group))
        return FALSE;
      parts = g_strsplit (whole, (char[]) { group, '\0' }, -1);
      g_free (whole);
      whole = g_strjoinv ("", parts);
    }
  *whole_out = g_steal_pointer (&whole);
  *fraction_out = g_strdup (decimal != NULL ? decimal + 1 : "");
  return TRUE;
}

static gboolean
digits_to_minor (const char *whole,
                 const char *fraction,
                 int         exponent,
                 gint64     *minor)
{
  guint64 value = 0;
  int places = 0;

  if (*whole == '\0' && *fraction != '\0')
    whole = "0";
  if (!all_digits (whole) || (*fraction != '\0' && !all_digits (fraction))
      || (int) strlen (fraction) > exponent)
    return FALSE;
  for (const char *p = whole; *p != '\0'; p++)
    {
      if (value > (G_MAXINT64 - 9) / 10)
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
    }
  for (const char *p = fraction; places < exponent; places++)
    {
      if (value > (G_MAXINT64 - 9) / 10)
        return FALSE;
      value = value * 10 + (*p != '\0' ? (guint64) (*p++ - '0') : 0);
    }
  *minor = (gint64) value;
  return TRUE;
}

/**
 * ofc_money_parse:
 * @text: what was typed
 * @currency: the currency the amount is in
 * @out: (out): the amount
 * @error: an %OFC_MONEY_ERROR_PARSE error naming @text
 *
 * Accepts either decimal mark and either grouping style, a leading sign and a currency
 * sign at either end. More decimals than the currency has is an error, not a rounding.
 */
gboolean
ofc_money_parse (const char *text,
                 const char *currency,
                 OfcMoney   *out,
                 GError    **error)
{
  g_autofree char *number = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *fraction = NULL;
  const char *body;
  gboolean negative = FALSE;
  gint64 minor;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return set_parse_error (error, "");
  number = strip_decoration (text);
  body = number;
  if (*body == '-' || *body == '+')
    negative = *body++ == '-';
  else if (g_str_has_prefix (body, "−"))
    {
      negative = TRUE;
      body += strlen ("−");
    }
  if (!split_number (body, ofc_currency_get_exponent (currency), &whole, &fraction)
      || !digits_to_minor (whole, fraction, ofc_currency_get_exponent (currency), &minor))
    return set_parse_error (error, text);
  *out = ofc_money_init (negative ? -minor : minor, currency);
  return TRUE;
}
