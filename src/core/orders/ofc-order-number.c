/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order numbers: allocation from a location's gap-free series inside the order's
 * transaction, formatting ("A-000123") and finding an order by what a person typed or a
 * scanner read ("A-000123", "a000123", "123", an id).
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-store.h"
#include "reference/ofc-location.h"

/**
 * _ofc_order_format_number:
 *
 * Returns: (transfer full): "A-000123", or "000123" for a series without prefix; numbers
 * past 999999 simply grow
 */
char *
_ofc_order_format_number (const char *series, gint64 seq)
{
  if (series == NULL || *series == '\0')
    return g_strdup_printf ("%06" G_GINT64_FORMAT, seq);
  return g_strdup_printf ("%s-%06" G_GINT64_FORMAT, series, seq);
}

/**
 * _ofc_order_next_number:
 * @series: the location's prefix
 * @seq: (out): the next number of the series
 *
 * Advances the series counter inside the caller's transaction. The transaction began with
 * BEGIN IMMEDIATE, so a second process waits for the lock instead of reading the same
 * counter; a rollback gives the number back, so the series has no gaps.
 */
gboolean
_ofc_order_next_number (OfcDatabase *database, const char *series, gint64 *seq, GError **error)
{
  g_autofree char *key = g_strconcat ("order:", series, NULL);
  g_autoptr (OfcStatement) update = NULL;
  g_autoptr (OfcStatement) insert = NULL;
  GError *local = NULL;

  g_return_val_if_fail (ofc_database_in_transaction (database), FALSE);

  update = ofc_database_prepare (database,
                                 "UPDATE number_series SET last = last + 1 WHERE series = ?1"
                                 " RETURNING last",
                                 error);
  if (update == NULL)
    return FALSE;
  ofc_statement_bind_text (update, 1, key);
  if (ofc_statement_step (update, &local))
    {
      *seq = ofc_statement_get_int64 (update, 0);
      return TRUE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  insert = ofc_database_prepare (database,
                                 "INSERT INTO number_series (series, last) VALUES (?1, 1)", error);
  if (insert == NULL)
    return FALSE;
  ofc_statement_bind_text (insert, 1, key);
  *seq = 1;
  return ofc_statement_exec (insert, error);
}

/* "A-000123", "a000123", "B2-123" → prefix and the trailing digits; "123" → "", 123 */
static gboolean
parse_number (const char *text, char **series, gint64 *seq)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  gsize length = strlen (clean);
  gsize start = length;

  while (start > 0 && g_ascii_isdigit (clean[start - 1]))
    start--;
  if (start == length || length - start > 15 || start > 4 * OFC_SERIES_PREFIX_MAX + 2)
    return FALSE;
  *seq = g_ascii_strtoll (clean + start, NULL, 10);
  if (*seq <= 0)
    return FALSE;
  *series = g_strndup (clean, start);
  g_strstrip (g_strdelimit (*series, "-#", ' '));
  return TRUE;
}

/* the order with @seq in a series matching @series (any case); an empty @series matches
 * any series when only one has that number */
static gboolean
lookup_seq (OfcDatabase *database, const char *series, gint64 seq, OfcUuid *id, guint *n_matches)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *wanted = g_utf8_casefold (series, -1);

  *n_matches = 0;
  statement =
      ofc_database_prepare (database, "SELECT id, series FROM repair_order WHERE seq = ?1", NULL);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_int64 (statement, 1, seq);
  while (ofc_statement_step (statement, NULL))
    {
      g_autofree char *found = g_utf8_casefold (ofc_statement_get_text (statement, 1), -1);

      if (*wanted != '\0' && !g_str_equal (found, wanted))
        continue;
      ofc_statement_get_uuid (statement, 0, id);
      (*n_matches)++;
    }
  return *n_matches == 1;
}

/**
 * ofc_order_find:
 * @number_or_id: "A-000123", "A000123", "a-123", "123" or an order id
 *
 * Returns: (transfer full) (nullable): the order, or %NULL with %OFC_ERROR_NOT_FOUND (also
 * when "123" exists in several series: the message asks for the prefix)
 */
OfcOrder *
ofc_order_find (OfcContext *context, const char *number_or_id, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autofree char *series = NULL;
  gint64 seq = 0;
  guint n_matches = 0;
  g_autofree char *padded = NULL;
  OfcUuid id;

  g_return_val_if_fail (number_or_id != NULL, NULL);

  if (ofc_uuid_parse (number_or_id, &id))
    return _ofc_order_load (database, &id, error);
  if (parse_number (number_or_id, &series, &seq) &&
      lookup_seq (database, series, seq, &id, &n_matches))
    return _ofc_order_load (database, &id, error);
  padded = g_strdup_printf ("%06" G_GINT64_FORMAT, seq);
  if (n_matches > 1)
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                 _ ("Several orders have the number %s; type it with its series prefix, "
                    "e.g. A-%s"),
                 number_or_id, padded);
  else
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no order “%s”"), number_or_id);
  return NULL;
}
