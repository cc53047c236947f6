/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Client search in the core (ofc_client_store_search: query building, FTS5, loading 50 full
 * clients with their phones) beside a raw FTS5 query for the same term on the same
 * database, every query form, p50 and p95 over many runs. Queries are taken from the data,
 * so phones, e-mails and cards exist.
 */
#include "config.h"

#include <ofc-core.h>
#include <stdio.h>

#define RUNS 300

typedef struct
{
  char *label;
  char *query;     /* as typed at the counter */
  char *raw_match; /* the FTS5 expression a hand-written query would use */
} Query;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *times,
            double  fraction)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, (guint) (fraction * (times->len - 1)));
}

static char *
first_text (OfcDatabase *database,
            const char  *sql)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  if (statement == NULL || !ofc_statement_step (statement, NULL))
    return g_strdup ("");
  return ofc_statement_dup_text (statement, 0);
}

static void
add (GPtrArray  *queries,
     const char *label,
     const char *query,
     const char *raw)
{
  Query *q = g_new0 (Query, 1);

  q->label = g_strdup (label);
  q->query = g_strdup (query);
  q->raw_match = g_strdup_printf ("\"%s\"*", raw);
  g_ptr_array_add (queries, q);
}

/* the query forms of the issue, filled with values that exist in this database */
static GPtrArray *
make_queries (OfcDatabase *database)
{
  GPtrArray *queries = g_ptr_array_new ();
  g_autofree char *digits = first_text (database, "SELECT digits FROM client_phone "
                                                  "WHERE digits LIKE '79%' LIMIT 1 OFFSET 1000");
  g_autofree char *email = first_text (database, "SELECT email FROM client WHERE email <> '' "
                                                 "LIMIT 1 OFFSET 500");
  g_autofree char *card = first_text (database, "SELECT card_code FROM client LIMIT 1 OFFSET 700");
  g_autofree char *typed = g_strdup_printf ("+7 (%.3s) %.3s-%.2s-%.2s", digits + 1, digits + 4,
                                            digits + 7, digits + 9);
  g_autofree char *trunk = g_strdup_printf ("8%s", digits + 1);
  g_autofree char *partial = g_strdup_printf ("%.3s %.3s", digits + 1, digits + 4);
  g_autofree char *partial_raw = g_strdup_printf ("%.6s", digits + 1);
  g_autofree char *local = g_strndup (email, strcspn (email, "@."));

  add (queries, "common surname (ivanov)", "иванов", "иванов");
  add (queries, "common first name (ivan)", "Иван", "иван");
  add (queries, "two letters (iv)", "ив", "ив");
  add (queries, "full name (smirnova anna)", "Смирнова Анна", "смирнова");
  add (queries, "phone prefix, 926 123 form", partial, partial_raw);
  add (queries, "phone, +7 (926) 123-45-67 form", typed, digits);
  add (queries, "phone, 89261234567 form", trunk, digits);
  add (queries, "e-mail fragment", local, local);
  add (queries, "discount card", card, card);
  add (queries, "tag (vip)", "vip", "vip");
  return queries;
}

static double
time_core (OfcClientStore *store,
           const char     *query)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) found = ofc_client_store_search (store, query, 0, 0, 50, NULL);

  g_assert (found != NULL);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_raw (OfcDatabase *database,
          const char  *match)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(OfcStatement) statement = ofc_database_prepare (
    database, "SELECT rowid FROM client_fts WHERE client_fts MATCH ?1 ORDER BY rowid DESC LIMIT 50",
    NULL);

  ofc_statement_bind_text (statement, 1, match);
  while (ofc_statement_step (statement, NULL))
    ;
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = NULL;
  g_autoptr(OfcContext) context = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(GPtrArray) queries = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  database = ofc_database_open (argv[1], OFC_DATABASE_OPEN_NO_CREATE, &error);
  if (database == NULL || (context = ofc_context_new (database)) == NULL
      || (store = ofc_client_store_new (context, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  queries = make_queries (database);
  printf ("%-34s %14s %14s   %14s %14s\n", "client search, 50 results", "core p50 ms", "core p95 ms",
          "raw FTS5 p50", "raw FTS5 p95");
  for (guint i = 0; i < queries->len; i++)
    {
      Query *q = g_ptr_array_index (queries, i);
      g_autoptr(GArray) core = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));

      /* interleaved, so a noisy moment hurts both sides alike */
      for (int run = 0; run < RUNS; run++)
        {
          double t = time_core (store, q->query);
          double r = time_raw (database, q->raw_match);

          g_array_append_val (core, t);
          g_array_append_val (raw, r);
        }
      printf ("%-34s %14.3f %14.3f   %14.3f %14.3f\n", q->label, percentile (core, 0.5),
              percentile (core, 0.95), percentile (raw, 0.5), percentile (raw, 0.95));
    }
  return 0;
}
