/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Client search: names in any case and script, phones in every usual form, e-mails, tags,
 * card codes, hostile queries, archived clients, paging newest first.
 */
#include "config.h"

#include "ofc-test.h"

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 };
static OfcDatabase *database;
static OfcContext *context;
static OfcClientStore *store;
static char *card_code;

static OfcClient *
add_client (
    OfcClientKind kind, const char *name, const char *phone, const char *email, const char *tags)
{
  g_autoptr (GError) error = NULL;
  OfcClient *client = ofc_client_new (kind);

  ofc_client_set_name (client, name);
  if (phone != NULL)
    ofc_client_add_phone (client, phone, NULL);
  ofc_client_set_email (client, email);
  ofc_client_set_tags_text (client, tags);
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  return client;
}

static void
setup (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) ivanov = NULL;

  folder = ofc_test_make_tmpdir ();
  database = ofc_test_open_database (folder, &test_clock);
  context = ofc_context_new (database);
  store = ofc_client_store_new (context, &error);
  ofc_assert_no_error (error);
  ivanov = add_client (OFC_CLIENT_KIND_PERSON, "Иванов Иван Иванович", "+7 (926) 123-45-67",
                       "ivan.ivanov@mail.ru", NULL);
  card_code = g_strdup (ofc_client_get_card_code (ivanov));
  g_object_unref (add_client (OFC_CLIENT_KIND_PERSON, "Иванова Мария Петровна", "8 916 765-43-21",
                              "maria@yandex.ru", "постоянный"));
  g_object_unref (
      add_client (OFC_CLIENT_KIND_PERSON, "Петров Пётр Сергеевич", "+7 495 111-22-33", NULL, NULL));
  g_object_unref (add_client (OFC_CLIENT_KIND_PERSON, "Фёдорова Алёна", "+44 20 7946 0958",
                              "alena.f@gmail.com", "VIP"));
  g_object_unref (add_client (OFC_CLIENT_KIND_PERSON, "John O'Brien", "23-45-67",
                              "john.obrien@example.com", "vip, wholesale"));
  g_object_unref (add_client (OFC_CLIENT_KIND_COMPANY, "ООО «Ромашка»", "8 (812) 300-00-00",
                              "info@romashka.ru", "опт"));
}

static void
teardown (void)
{
  g_clear_object (&store);
  g_clear_object (&context);
  g_clear_object (&database);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&card_code, g_free);
}

/* the names @text finds, newest first, joined with "|" */
static char *
search (const char *text, OfcClientSearchFlags flags)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = ofc_client_store_search (store, text, flags, 0, 50, &error);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  ck_assert_msg (found != NULL, "“%s” failed: %s", text, error != NULL ? error->message : "");
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (names, ofc_client_get_name (g_ptr_array_index (found, i)));
  list = g_strv_builder_end (names);
  return g_strjoinv ("|", list);
}

static void
assert_finds (const char *text, const char *expected)
{
  g_autofree char *names = search (text, OFC_CLIENT_SEARCH_DEFAULT);

  ck_assert_msg (g_strcmp0 (names, expected) == 0, "“%s” found “%s”, expected “%s”", text, names,
                 expected);
}

START_TEST (test_names)
{
  assert_finds ("иванов", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("ИВАНОВ", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("Иванов", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("иванова", "Иванова Мария Петровна");
  assert_finds ("ив", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("иван иванович", "Иванов Иван Иванович");
  assert_finds ("мария иванова", "Иванова Мария Петровна");
  assert_finds ("петр", "Петров Пётр Сергеевич|Иванова Мария Петровна");
  assert_finds ("пётр", "Петров Пётр Сергеевич|Иванова Мария Петровна");
  assert_finds ("федорова", "Фёдорова Алёна");
  assert_finds ("ФЁДОРОВА АЛЕНА", "Фёдорова Алёна");
  assert_finds ("o'brien", "John O'Brien");
  assert_finds ("ромашка", "ООО «Ромашка»");
  assert_finds ("«Ромашка»", "ООО «Ромашка»");
  assert_finds ("сидоров", "");
}
END_TEST

START_TEST (test_phones)
{
  static const char *const forms[] = {
    "926 123",         "+7 (926) 123-45-67",
    "8 926 123 45 67", "89261234567",
    "79261234567",     "9261234567",
    "926-123-45",      "8926",
    "8 (926) 12",      "+7926",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    assert_finds (forms[i], "Иванов Иван Иванович");
  assert_finds ("8 916 765", "Иванова Мария Петровна");
  assert_finds ("495 111", "Петров Пётр Сергеевич");
  assert_finds ("+44 20 7946", "Фёдорова Алёна");
  assert_finds ("234567", "John O'Brien");
  assert_finds ("926 124", "");
  assert_finds ("Иванов 926", "Иванов Иван Иванович");
  assert_finds ("Иванов +7(926)123-45-67", "Иванов Иван Иванович");
  assert_finds ("Иванова 926", "");
}
END_TEST

START_TEST (test_email_tags_card)
{
  g_autofree char *card_prefix = g_strndup (card_code, 9);

  assert_finds ("ivan.ivanov@mail.ru", "Иванов Иван Иванович");
  assert_finds ("ivan.iv", "Иванов Иван Иванович");
  assert_finds ("mail.ru", "Иванов Иван Иванович");
  assert_finds ("yandex", "Иванова Мария Петровна");
  assert_finds ("romashka.ru", "ООО «Ромашка»");
  assert_finds ("vip", "John O'Brien|Фёдорова Алёна");
  assert_finds ("VIP", "John O'Brien|Фёдорова Алёна");
  assert_finds ("постоян", "Иванова Мария Петровна");
  assert_finds ("wholesale", "John O'Brien");
  assert_finds ("опт", "ООО «Ромашка»");
  assert_finds (card_code, "Иванов Иван Иванович");
  assert_finds (card_prefix, "Иванов Иван Иванович");
}
END_TEST

/* nothing a person types may break the query, nor turn into FTS5 syntax */
START_TEST (test_hostile_queries)
{
  static const char *const queries[] = {
    "\"",
    "\"иванов",
    "иванов\"",
    "иванов*",
    "*",
    "**",
    "(иванов",
    "иванов)",
    "()",
    "NOT иванов",
    "AND",
    "OR OR",
    "name:иванов",
    "name : иванов",
    "{name}: x",
    "^иванов",
    "NEAR(a b)",
    "-иванов",
    "+",
    "иванов OR петров",
    "'; DROP TABLE client; --",
    "\\",
    "%",
    "_",
    "иванов -",
    "\"\"\"",
    "a\"b",
    "ИВАНОВ\"*)",
    ":",
    "иван\u0301",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *names = search (queries[i], OFC_CLIENT_SEARCH_DEFAULT);

      (void)names;
    }
  assert_finds ("\"иванов", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("иванов*", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("(иванов)", "Иванова Мария Петровна|Иванов Иван Иванович");
  assert_finds ("NOT иванов", "");
  assert_finds ("иванов OR петров", "");
  assert_finds ("name:иванов", "");
  assert_finds ("*", "");
  assert_finds ("'; DROP TABLE client; --", "");
  ck_assert_int_eq (ofc_database_get_schema_version (database),
                    ofc_database_get_latest_schema_version ());
}
END_TEST

START_TEST (test_blank_lists_everyone)
{
  g_autofree char *all = search ("", OFC_CLIENT_SEARCH_DEFAULT);
  g_autofree char *spaces = search ("   ", OFC_CLIENT_SEARCH_DEFAULT);
  g_autofree char *none = search (NULL, OFC_CLIENT_SEARCH_DEFAULT);

  ck_assert_str_eq (all, "ООО «Ромашка»|John O'Brien|Фёдорова Алёна|Петров Пётр Сергеевич|"
                         "Иванова Мария Петровна|Иванов Иван Иванович");
  ck_assert_str_eq (spaces, all);
  ck_assert_str_eq (none, all);
}
END_TEST

START_TEST (test_archived)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = ofc_client_store_search (store, "сергеевич", 0, 0, 10, &error);
  g_autofree char *hidden = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *all = NULL;

  ck_assert (ofc_client_store_archive (store, g_ptr_array_index (found, 0), &error));
  hidden = search ("сергеевич", OFC_CLIENT_SEARCH_DEFAULT);
  shown = search ("сергеевич", OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED);
  all = search ("", OFC_CLIENT_SEARCH_DEFAULT);
  ck_assert_str_eq (hidden, "");
  ck_assert_str_eq (shown, "Петров Пётр Сергеевич");
  ck_assert_ptr_null (strstr (all, "Петров Пётр"));
}
END_TEST

START_TEST (test_edits_reach_the_index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = ofc_client_store_search (store, "ромашка", 0, 0, 10, &error);
  OfcClient *client = g_ptr_array_index (found, 0);

  ofc_client_set_name (client, "ООО «Василёк»");
  ofc_client_clear_phones (client);
  ofc_client_add_phone (client, "+7 999 000-11-22", NULL);
  ofc_client_set_tags_text (client, "дилер");
  ck_assert (ofc_client_store_update (store, client, NULL, &error));
  ofc_assert_no_error (error);
  assert_finds ("ромашка", "");
  assert_finds ("812 300", "");
  assert_finds ("опт", "");
  assert_finds ("василек", "ООО «Василёк»");
  assert_finds ("999 000", "ООО «Василёк»");
  assert_finds ("дилер", "ООО «Василёк»");

  /* the words removed on a rename are the folded ones that were indexed */
  ofc_client_set_name (client, "ООО «Ёлка»");
  ck_assert (ofc_client_store_update (store, client, NULL, &error));
  assert_finds ("василек", "");
  assert_finds ("елка", "ООО «Ёлка»");

  /* an edit of unindexed fields leaves the index alone, and its structure stays sound */
  ofc_client_set_note (client, "note");
  ck_assert (ofc_client_store_update (store, client, NULL, &error));
  ck_assert (ofc_client_store_archive (store, client, &error));
  ck_assert (ofc_client_store_restore (store, client, &error));
  assert_finds ("ёлка", "ООО «Ёлка»");
  ck_assert (ofc_database_exec (database,
                                "INSERT INTO client_fts (client_fts, rank)"
                                " VALUES ('integrity-check', 0)",
                                &error));
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_paging_newest_first)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) second = NULL;
  g_autoptr (GPtrArray) third = NULL;

  for (int i = 0; i < 25; i++)
    {
      g_autofree char *name = g_strdup_printf ("Смирнов %02d", i);

      g_object_unref (add_client (OFC_CLIENT_KIND_PERSON, name, NULL, NULL, NULL));
    }
  first = ofc_client_store_search (store, "смирнов", 0, 0, 10, &error);
  second = ofc_client_store_search (store, "смирнов", 0, 10, 10, &error);
  third = ofc_client_store_search (store, "смирнов", 0, 20, 10, &error);
  ck_assert_int_eq (first->len, 10);
  ck_assert_int_eq (second->len, 10);
  ck_assert_int_eq (third->len, 5);
  ck_assert_str_eq (ofc_client_get_name (g_ptr_array_index (first, 0)), "Смирнов 24");
  ck_assert_str_eq (ofc_client_get_name (g_ptr_array_index (second, 0)), "Смирнов 14");
  ck_assert_str_eq (ofc_client_get_name (g_ptr_array_index (third, 4)), "Смирнов 00");
}
END_TEST

static Suite *
search_suite (void)
{
  Suite *suite = suite_create ("client-search");
  TCase *search_case = tcase_create ("search");

  tcase_add_checked_fixture (search_case, setup, teardown);
  tcase_add_test (search_case, test_names);
  tcase_add_test (search_case, test_phones);
  tcase_add_test (search_case, test_email_tags_card);
  tcase_add_test (search_case, test_hostile_queries);
  tcase_add_test (search_case, test_blank_lists_everyone);
  tcase_add_test (search_case, test_archived);
  tcase_add_test (search_case, test_edits_reach_the_index);
  tcase_add_test (search_case, test_paging_newest_first);
  suite_add_tcase (suite, search_case);
  return suite;
}

int
main (void)
{
  return ofc_test_run (search_suite ());
}
