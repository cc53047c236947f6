/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Formatting dates for display and reading typed dates back. The display formats are
 * translatable strings so each language shows its usual order with a four-digit year,
 * which the locale's own "%x" does not promise (C and en_US give two digits).
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-core.h>
#include <stdio.h>

#include "ofc-gui-format.h"

static const char *
date_format (void)
{
  /* TRANSLATORS: how a date is shown and most easily typed back (strftime); keep a
   * four-digit year. Russian: "%d.%m.%Y" */
  return C_ ("date format", "%m/%d/%Y");
}

/**
 * ofc_gui_format_date:
 *
 * Returns: (transfer full): @date in the translation's date format, "" when invalid
 */
char *
ofc_gui_format_date (const GDate *date)
{
  char text[64];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  if (g_date_strftime (text, sizeof text, date_format (), date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}

/**
 * ofc_gui_format_day_of:
 * @utc_us: a stored time
 *
 * Returns: (transfer full): the local date of @utc_us, "" for 0
 */
char *
ofc_gui_format_day_of (gint64 utc_us)
{
  g_autoptr (GDateTime) time = NULL;

  if (utc_us == 0)
    return g_strdup ("");
  time = g_date_time_new_from_unix_local (utc_us / G_USEC_PER_SEC);
  return g_date_time_format (time, date_format ());
}

/**
 * ofc_gui_format_date_time:
 * @utc_us: a stored time
 *
 * Returns: (transfer full): the local date and time of @utc_us to the minute
 */
char *
ofc_gui_format_date_time (gint64 utc_us)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (utc_us / G_USEC_PER_SEC);

  /* TRANSLATORS: a moment in a history list (g_date_time_format); Russian: "%-d %B %Y, %H:%M" */
  return g_date_time_format (time, C_ ("date and time format", "%b %-d, %Y, %H:%M"));
}

/**
 * ofc_gui_format_count:
 *
 * Returns: (transfer full): @count with the locale's digit grouping ("300 000")
 */
char *
ofc_gui_format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}

/**
 * ofc_gui_format_money:
 * @minor: an amount in minor units of @currency
 *
 * Returns: (transfer full): the amount as the locale writes money, with its sign
 */
char *
ofc_gui_format_money (gint64 minor, const char *currency)
{
  return ofc_money_format (ofc_money_init (minor, currency), NULL, OFC_MONEY_FORMAT_SYMBOL);
}

/**
 * ofc_gui_format_iso_day:
 * @utc_us: a stored time
 *
 * Returns: (transfer full): the local day of @utc_us as "YYYY-MM-DD", "" for 0
 */
char *
ofc_gui_format_iso_day (gint64 utc_us)
{
  g_autoptr (GDateTime) time = NULL;

  if (utc_us == 0)
    return g_strdup ("");
  time = g_date_time_new_from_unix_local (utc_us / G_USEC_PER_SEC);
  return g_date_time_format (time, "%Y-%m-%d");
}

/* "YYYY-MM-DD": what the database stores and what anyone may type */
static gboolean
parse_iso (const char *text, GDate *out)
{
  guint year, month, day;
  char tail;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 || text[4] != '-')
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

/* GDate accepts a lone "12" as a day of this month; a typed date needs day, month and
 * year: three numbers, or a month name and two numbers */
static gboolean
looks_complete (const char *text)
{
  guint numbers = 0;
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && (p == text || !g_ascii_isdigit (p[-1])))
        numbers++;
      letters = letters || g_unichar_isalpha (c);
    }
  return numbers >= 3 || (letters && numbers >= 2);
}

/**
 * ofc_gui_parse_date:
 * @text: a date as typed: "YYYY-MM-DD" or the locale's usual forms ("31.12.1990" in
 *   Russian, "12/31/1990" in American English, month names too)
 * @out: (out caller-allocates): the date
 *
 * Returns: %TRUE if @text is a whole, real date
 */
gboolean
ofc_gui_parse_date (const char *text, GDate *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_date_clear (out, 1);
  if (parse_iso (trimmed, out))
    return TRUE;
  if (!looks_complete (trimmed))
    return FALSE;
  g_date_set_parse (out, trimmed);
  return g_date_valid (out);
}
