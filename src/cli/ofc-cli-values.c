/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Values typed on the command line: money, dates, percentages, lists of names.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

/* in the shop currency; "1500", "1 500,50", "1500.50" */
gboolean
ofc_cli_parse_money (
    OfcCli *cli, const char *option, const char *text, gint64 *minor, GError **error)
{
  OfcMoney money;
  g_autoptr (GError) local = NULL;

  if (!ofc_money_parse (text, ofc_context_get_currency (cli->context), &money, &local))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("%s: %s"), option, local->message);
      return FALSE;
    }
  if (money.minor < 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("%s cannot be negative"), option);
      return FALSE;
    }
  *minor = money.minor;
  return TRUE;
}

/* a local date "2026-05-01" is due by the end of that day; an ISO 8601 time is exact */
gboolean
ofc_cli_parse_deadline (const char *text, gint64 *us, GError **error)
{
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();
  g_autoptr (GDateTime) time = NULL;
  int year, month, day;
  char end;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3)
    time = g_date_time_new (local, year, month, day, 23, 59, 59);
  else
    time = g_date_time_new_from_iso8601 (text, local);
  if (time == NULL)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                   _ ("“%s” is not a date; write it as 2026-05-01 or 2026-05-01T18:00"), text);
      return FALSE;
    }
  *us = g_date_time_to_unix (time) * G_USEC_PER_SEC;
  return TRUE;
}

char *
ofc_cli_format_money (OfcCli *cli, gint64 minor)
{
  return ofc_money_format (ofc_money_init (minor, ofc_context_get_currency (cli->context)), NULL,
                           OFC_MONEY_FORMAT_SYMBOL);
}

cJSON *
ofc_cli_json_minor (OfcCli *cli, gint64 minor)
{
  return ofc_cli_json_money (ofc_money_init (minor, ofc_context_get_currency (cli->context)));
}

/* local time for people, "" for none */
char *
ofc_cli_format_time (gint64 us)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (us == 0)
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
