/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * UUIDv7 ids and text validation.
 */
#include "config.h"

#include "ofc-test.h"

START_TEST (test_uuid_layout)
{
  OfcUuid id;
  char text[OFC_UUID_STRING_LEN + 1];
  gint64 now_ms = g_get_real_time () / 1000;

  ofc_uuid_generate (&id);
  ck_assert_int_eq (id.bytes[6] >> 4, 7);
  ck_assert_int_eq (id.bytes[8] >> 6, 2);
  ck_assert (ofc_uuid_get_unix_ms (&id) >= now_ms - 5 && ofc_uuid_get_unix_ms (&id) <= now_ms + 5);
  ofc_uuid_to_string (&id, text);
  ck_assert_int_eq (strlen (text), 36);
  ck_assert_int_eq (text[14], '7');
}
END_TEST

START_TEST (test_uuid_ordering)
{
  OfcUuid previous, current;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (ofc_uuid_hash, ofc_uuid_hash_equal,
                                                      g_free, NULL);

  ofc_uuid_generate (&previous);
  /* many ids within the same millisecond must still be strictly increasing and unique */
  for (int i = 0; i < 100000; i++)
    {
      ofc_uuid_generate (&current);
      ck_assert_msg (ofc_uuid_compare (&previous, &current) < 0, "id %d is not increasing", i);
      ck_assert (g_hash_table_add (seen, ofc_uuid_dup (&current)));
      previous = current;
    }
}
END_TEST

static gpointer
generate_many (gpointer data)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < 20000; i++)
    {
      OfcUuid id;

      ofc_uuid_generate (&id);
      g_ptr_array_add (ids, ofc_uuid_dup (&id));
    }
  return ids;
}

START_TEST (test_uuid_threads)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (ofc_uuid_hash, ofc_uuid_hash_equal);
  GThread *threads[4];
  GPtrArray *results[4];

  for (int i = 0; i < 4; i++)
    threads[i] = g_thread_new ("ids", generate_many, NULL);
  for (int i = 0; i < 4; i++)
    results[i] = g_thread_join (threads[i]);
  for (int i = 0; i < 4; i++)
    for (guint j = 0; j < results[i]->len; j++)
      ck_assert (g_hash_table_add (seen, g_ptr_array_index (results[i], j)));
  ck_assert_int_eq (g_hash_table_size (seen), 80000);
  for (int i = 0; i < 4; i++)
    g_ptr_array_unref (results[i]);
}
END_TEST

START_TEST (test_uuid_parse)
{
  OfcUuid id, parsed;
  g_autofree char *text = NULL;
  g_autofree char *upper = NULL;

  ofc_uuid_generate (&id);
  text = ofc_uuid_dup_string (&id);
  upper = g_ascii_strup (text, -1);
  ck_assert (ofc_uuid_parse (text, &parsed));
  ck_assert (ofc_uuid_equal (&id, &parsed));
  ck_assert (ofc_uuid_parse (upper, &parsed));
  ck_assert (ofc_uuid_equal (&id, &parsed));
  ck_assert (!ofc_uuid_parse ("", NULL));
  ck_assert (!ofc_uuid_parse ("0190a3c2-7e4b-7c1d-9f00-12345678901", NULL));
  ck_assert (!ofc_uuid_parse ("0190a3c2x7e4b-7c1d-9f00-123456789012", NULL));
  ck_assert (!ofc_uuid_parse ("0190a3c2-7e4b-7c1d-9f00-12345678901g", NULL));
  ck_assert (ofc_uuid_parse ("00000000-0000-0000-0000-000000000000", &parsed));
  ck_assert (ofc_uuid_is_nil (&parsed));
}
END_TEST

START_TEST (test_text_validation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *long_text = g_strnfill (201, 'x');
  g_autofree char *cyrillic = g_strnfill (100, 'a');

  clean = ofc_text_take_valid ("name", "Name", "  Иванов \t Иван\u00a0 ", 200, OFC_TEXT_REQUIRED,
                               &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (clean, "Иванов Иван");

  ck_assert (ofc_text_take_valid ("name", "Name", "Ivan\x01ov", 200, 0, &error) == NULL);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "name");
  g_clear_error (&error);

  ck_assert (ofc_text_take_valid ("name", "Name", "Ivan\x7fov", 200, 0, &error) == NULL);
  g_clear_error (&error);
  ck_assert (ofc_text_take_valid ("name", "Name", "Ivan\xc2\x85ov", 200, 0, &error) == NULL);
  g_clear_error (&error);
  ck_assert (ofc_text_take_valid ("name", "Name", "   ", 200, OFC_TEXT_REQUIRED, &error) == NULL);
  g_clear_error (&error);
  ck_assert (ofc_text_take_valid ("name", "Name", long_text, 200, 0, &error) == NULL);
  ck_assert_msg (strstr (error->message, "200") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (ofc_text_take_valid ("name", "Name", "\xff\xfe", 200, 0, &error) == NULL);
  g_clear_error (&error);

  /* 200 two-byte characters are 200 characters, not 400 */
  g_free (clean);
  clean = ofc_text_take_valid ("name", "Name", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ",
                               50, 0, &error);
  ofc_assert_no_error (error);

  /* notes keep their lines */
  g_free (clean);
  clean = ofc_text_take_valid ("note", "Note", "line one\nline two\n", 100, OFC_TEXT_MULTI_LINE,
                               &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (clean, "line one\nline two");
  ck_assert_ptr_nonnull (cyrillic);
}
END_TEST

START_TEST (test_text_fold)
{
  g_autofree char *a = ofc_text_fold ("ИВАНОВ Ёлкин");
  g_autofree char *b = ofc_text_fold ("иванов ёлкин");

  ck_assert_str_eq (a, b);
}
END_TEST

static Suite *
base_suite (void)
{
  Suite *suite = suite_create ("base");
  TCase *uuid = tcase_create ("uuid");
  TCase *text = tcase_create ("text");

  tcase_add_test (uuid, test_uuid_layout);
  tcase_add_test (uuid, test_uuid_ordering);
  tcase_add_test (uuid, test_uuid_threads);
  tcase_add_test (uuid, test_uuid_parse);
  tcase_add_test (text, test_text_validation);
  tcase_add_test (text, test_text_fold);
  suite_add_tcase (suite, uuid);
  suite_add_tcase (suite, text);
  return suite;
}

int
main (void)
{
  return ofc_test_run (base_suite ());
}
