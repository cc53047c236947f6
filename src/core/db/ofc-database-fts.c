/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Merging the FTS5 full-text indexes of OfcDatabase outside the commits that fill them.
 * Every FTS5 table is created with automerge off (see the migrations and
 * ofc-database-upkeep.c); these merge steps do that work at a time of our choosing.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include "ofc-database-private.h"

/* pages one step of ofc_database_merge_search_indexes() writes: large, nobody waits */
#define BULK_STEP_PAGES 2000

/* SQLite's rule for an identifier in double quotes */
static char *
quote_identifier (const char *name)
{
  g_auto (GStrv) parts = g_strsplit (name, "\"", -1);
  g_autofree char *inner = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("\"%s\"", inner);
}

/**
 * _ofc_database_list_fts_tables:
 *
 * Returns: (transfer full): the names of the FTS5 tables, possibly none; %NULL on error
 */
GStrv
_ofc_database_list_fts_tables (OfcDatabase *self, GError **error)
{
  return ofc_database_query_texts (
      self,
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
      "AND sql LIKE '%USING fts5%' ORDER BY name",
      error);
}

/**
 * _ofc_database_merge_fts_step:
 * @table: an FTS5 table of @self
 * @pages: about how many index pages to write at most
 * @worked: (out): whether there was anything to merge
 *
 * One merge step, in a transaction of its own: FTS5's "merge" command with a positive
 * page count, which only merges a level holding at least "usermerge" (4) segments, as
 * automerge would have, or carries on a merge under way.
 *
 * Returns: %TRUE on success
 */
gboolean
_ofc_database_merge_fts_step (
    OfcDatabase *self, const char *table, int pages, gboolean *worked, GError **error)
{
  g_autofree char *quoted = quote_identifier (table);
  /* an identifier cannot be a parameter; the name comes from sqlite_schema, quoted */
  g_autofree char *sql =
      g_strdup_printf ("INSERT INTO %s (%s, rank) VALUES ('merge', ?1)", quoted, quoted);
  g_autoptr (OfcStatement) statement = ofc_database_prepare (self, sql, error);
  sqlite3_int64 before = sqlite3_total_changes64 (self->handle);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_int64 (statement, 1, pages);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  /* FTS5's documented signal: a merge that did anything changes two or more rows */
  *worked = sqlite3_total_changes64 (self->handle) - before >= 2;
  return TRUE;
}

/**
 * ofc_database_merge_search_indexes:
 *
 * Merges every full-text index of @self until no level holds more than a few segments, as
 * FTS5's automerge would have done inside commits. For bulk writers that run without
 * ofc_database_start_upkeep() (the demo data generator): after a large import, searches
 * read fewer segments.
 *
 * Returns: %TRUE on success
 */
gboolean
ofc_database_merge_search_indexes (OfcDatabase *self, GError **error)
{
  g_auto (GStrv) tables = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  tables = _ofc_database_list_fts_tables (self, error);
  if (tables == NULL)
    return FALSE;
  for (guint i = 0; tables[i] != NULL; i++)
    {
      gboolean worked = TRUE;

      while (worked)
        if (!_ofc_database_merge_fts_step (self, tables[i], BULK_STEP_PAGES, &worked, error))
          return FALSE;
    }
  return TRUE;
}
