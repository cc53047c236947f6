/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Client search over the FTS5 index of names, phone digits, e-mails, tags and card codes.
 *
 * Speed on a large book comes from two choices. The index keeps prefix indexes of 1–6
 * characters, so search-as-you-type prefixes ("ив", "иван") read one precomputed list
 * instead of merging thousands of terms. Matches are returned newest first
 * (ORDER BY rowid DESC with a LIMIT): FTS5 walks its lists backwards and stops at the
 * limit, where ranking a common name ("Иванов") would score every match first.
 *
 * The MATCH expression is built from the query's words, never from its syntax: each word
 * becomes a quoted phrase of its letters and digits with a prefix star, so quotes,
 * asterisks, parentheses and FTS5 keywords in what a person typed are plain characters.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "clients/ofc-phone.h"
#include "ofc-client-private.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* "ivan.petrov@ma" → "ivan petrov ma": the phrase FTS5's tokenizer makes of it too */
static char *
dup_word_tokens (const char *word)
{
  g_autoptr (GString) tokens = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_word_char (c))
        {
          pending_space = tokens->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (tokens, ' ');
      pending_space = FALSE;
      g_string_append_unichar (tokens, c);
    }
  return g_string_free (g_steal_pointer (&tokens), FALSE);
}

static void
append_prefix_phrase (GString *match, const char *tokens)
{
  g_string_append_printf (match, "\"%s\"*", tokens);
}

/* A whole query of phone characters is one number: its digits joined, as a prefix of a
 * phone word or of a card code. A partial number typed with the trunk prefix 8 ("8926")
 * is also tried as 7…, the stored form. */
static char *
build_phone_match (const char *text)
{
  g_autofree char *digits = ofc_phone_query_digits (text);
  g_autoptr (GString) raw = g_string_new (NULL);
  GString *match = g_string_new ("(search_phones : (");

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (raw, *p);
  append_prefix_phrase (match, digits);
  if (digits[0] == '8')
    {
      g_string_append (match, " OR \"7");
      g_string_append (match, digits + 1);
      g_string_append (match, "\"*");
    }
  g_string_append (match, ")) OR (card_code : ");
  append_prefix_phrase (match, raw->str);
  g_string_append (match, ")");
  return g_string_free (match, FALSE);
}

/* a word of phone characters inside a longer query ("Иванов +7(926)…") is one number too */
static char *
dup_term_tokens (const char *word)
{
  if (ofc_phone_is_query (word))
    return ofc_phone_query_digits (word);
  return dup_word_tokens (word);
}

static char *
build_words_match (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n\r\f\v", -1);
  g_autoptr (GString) match = g_string_new (NULL);

  for (int i = 0; words[i] != NULL; i++)
    {
      g_autofree char *tokens = dup_term_tokens (words[i]);

      if (*tokens == '\0')
        continue;
      if (match->len > 0)
        g_string_append (match, " AND ");
      append_prefix_phrase (match, tokens);
    }
  return g_string_free (g_steal_pointer (&match), FALSE);
}

/* NFC, and "ё" as "е", as the index holds names (see 0002-clients.sql) */
static char *
fold_yo (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_auto (GStrv) lower = g_strsplit (normal, "ё", -1);
  g_autofree char *half = g_strjoinv ("е", lower);
  g_auto (GStrv) upper = g_strsplit (half, "Ё", -1);

  return g_strjoinv ("Е", upper);
}

/**
 * _ofc_client_search_build_match:
 * @text: (nullable): what the person typed
 *
 * Returns: (transfer full) (nullable): the FTS5 MATCH expression; %NULL when @text is
 * blank (everything matches); "" when it holds nothing searchable (nothing matches)
 */
char *
_ofc_client_search_build_match (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || ofc_text_is_blank (text))
    return NULL;
  normal = fold_yo (text);
  if (ofc_phone_is_query (normal))
    return build_phone_match (normal);
  return build_words_match (normal);
}

static OfcStatement *
prepare_rowids (OfcDatabase *database, const char *match, GError **error)
{
  /* the FTS table drives the join, so ORDER BY its rowid with LIMIT stops early */
  if (match != NULL)
    return ofc_database_prepare (database,
                                 "SELECT f.rowid FROM client_fts AS f"
                                 " JOIN client AS c ON c.rowid = f.rowid"
                                 " WHERE client_fts MATCH ?1 AND (?2 OR c.archived = 0)"
                                 " AND f.rowid < ?3 ORDER BY f.rowid DESC LIMIT ?4 OFFSET ?5",
                                 error);
  return ofc_database_prepare (database,
                               "SELECT rowid FROM client WHERE (?2 OR archived = 0)"
                               " AND rowid < ?3 ORDER BY rowid DESC LIMIT ?4 OFFSET ?5",
                               error);
}

static gboolean
collect_rowids (OfcDatabase *database,
                const char *match,
                gboolean include_archived,
                gint64 before_rowid,
                guint offset,
                guint limit,
                GArray *rowids,
                GError **error)
{
  g_autoptr (OfcStatement) statement = prepare_rowids (database, match, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, match);
  ofc_statement_bind_bool (statement, 2, include_archived);
  ofc_statement_bind_int64 (statement, 3, before_rowid);
  ofc_statement_bind_int64 (statement, 4, limit);
  ofc_statement_bind_int64 (statement, 5, offset);
  while (ofc_statement_step (statement, &local))
    {
      gint64 rowid = ofc_statement_get_int64 (statement, 0);

      g_array_append_val (rowids, rowid);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/**
 * _ofc_client_store_search_rowids:
 * @text: (nullable): the query; blank lists every client
 * @before_rowid: only rows older than this (G_MAXINT64 for the first page)
 * @rowids: (element-type gint64): receives the matches, newest first
 *
 * Keyset paging for list models: the next page starts below the last rowid seen.
 */
gboolean
_ofc_client_store_search_rowids (OfcClientStore *self,
                                 const char *text,
                                 gboolean include_archived,
                                 gint64 before_rowid,
                                 guint limit,
                                 GArray *rowids,
                                 GError **error)
{
  g_autofree char *match = _ofc_client_search_build_match (text);

  if (match != NULL && *match == '\0')
    return TRUE;
  return collect_rowids (ofc_context_get_database (self->context), match, include_archived,
                         before_rowid, 0, limit, rowids, error);
}

static GPtrArray *
load_rowids (OfcDatabase *database, GArray *rowids, GError **error)
{
  g_autoptr (GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < rowids->len; i++)
    {
      OfcClient *client =
          _ofc_client_load_rowid (database, g_array_index (rowids, gint64, i), error);

      if (client == NULL)
        return NULL;
      g_ptr_array_add (clients, client);
    }
  return g_steal_pointer (&clients);
}

/**
 * ofc_client_store_search:
 * @text: (nullable): what the person typed; blank lists every client
 * @flags: whether archived clients are included
 * @offset: how many matches to skip, for "show more"
 * @limit: the most to return; %OFC_CLIENT_SEARCH_PAGE is a good page
 *
 * Finds clients whose name, phone, e-mail, tags or card code contain words starting with
 * each word of @text ("иван петр" finds "Петров Иван"), case-insensitively in every
 * script. A query made only of phone characters ("926 123", "+7 (926) 123-45-67",
 * "8 926 123 45 67") is one phone number, found by any prefix of the stored number with
 * or without its country code, and also matches card codes. Matches come newest first;
 * ask for the next page with a larger @offset.
 *
 * Returns: (transfer full) (element-type OfcClient) (nullable): the matches
 */
GPtrArray *
ofc_client_store_search (OfcClientStore *self,
                         const char *text,
                         OfcClientSearchFlags flags,
                         guint offset,
                         guint limit,
                         GError **error)
{
  OfcDatabase *database;
  g_autofree char *match = NULL;
  g_autoptr (GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (self), NULL);

  database = ofc_context_get_database (self->context);
  match = _ofc_client_search_build_match (text);
  if (match != NULL && *match == '\0')
    return g_ptr_array_new_with_free_func (g_object_unref);
  if (!collect_rowids (database, match, (flags & OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED) != 0,
                       G_MAXINT64, offset, limit, rowids, error))
    return NULL;
  return load_rowids (database, rowids, error);
}
