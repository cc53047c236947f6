/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Phone numbers: normalisation, refusals naming the number, search words and phone-shaped
 * search queries.
 */
#include "config.h"

#include "ofc-test.h"

static void
assert_digits (const char *typed, const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = NULL;

  ck_assert_msg (ofc_phone_normalize (typed, &digits, &error), "“%s” refused: %s", typed,
                 error != NULL ? error->message : "");
  ck_assert_str_eq (digits, expected);
}

static void
assert_refused (const char *typed, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = NULL;

  ck_assert_msg (!ofc_phone_normalize (typed, &digits, &error), "“%s” accepted", typed);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "phones");
  ck_assert_ptr_null (digits);
  ck_assert_msg (strstr (error->message, fragment) != NULL, "“%s” not in “%s”", fragment,
                 error->message);
}

START_TEST (test_russian_rules)
{
  assert_digits ("+7 (926) 123-45-67", "79261234567");
  assert_digits ("8 926 123 45 67", "79261234567");
  assert_digits ("89261234567", "79261234567");
  assert_digits ("79261234567", "79261234567");
  assert_digits ("9261234567", "79261234567");
  assert_digits ("8.926.123.45.67", "79261234567");
  assert_digits ("  8 (926) 123-45-67  ", "79261234567");
  assert_digits ("8\u00a0926\u00a0123\u00a045\u00a067", "79261234567");
  assert_digits ("+7 495 123/45/67", "74951234567");
}
END_TEST

START_TEST (test_other_numbers)
{
  /* '+' keeps the country code, whatever it is */
  assert_digits ("+44 20 7946 0958", "442079460958");
  assert_digits ("+375 29 123-45-67", "375291234567");
  assert_digits ("+8 926 123 45 67", "89261234567");
  /* local numbers keep their digits */
  assert_digits ("23-45-67", "234567");
  assert_digits ("12345", "12345");
  assert_digits ("495 123-45-67", "4951234567");
  assert_digits ("123456789012345", "123456789012345");
}
END_TEST

START_TEST (test_refusals)
{
  assert_refused ("8 926 12a 45 67", "“8 926 12a 45 67” contains “a”");
  assert_refused ("8 926 123 45 67 доб. 12", "contains “д”");
  assert_refused ("926;1234567", "contains “;”");
  assert_refused ("1234", "“1234” is too short");
  assert_refused ("+7", "too short");
  assert_refused ("", "too short");
  assert_refused ("1234567890123456", "“1234567890123456” is too long");
  assert_refused ("8 926 +123 45 67", "has a “+” inside");
  assert_refused ("++79261234567", "has a “+” inside");
}
END_TEST

START_TEST (test_search_tokens)
{
  g_autofree char *russian = ofc_phone_dup_search_tokens ("79261234567");
  g_autofree char *foreign = ofc_phone_dup_search_tokens ("442079460958");
  g_autofree char *local = ofc_phone_dup_search_tokens ("234567");

  ck_assert_str_eq (russian, "79261234567 9261234567");
  ck_assert_str_eq (foreign, "442079460958");
  ck_assert_str_eq (local, "234567");
}
END_TEST

START_TEST (test_format)
{
  g_autofree char *russian = ofc_phone_format ("79261234567");
  g_autofree char *foreign = ofc_phone_format ("442079460958");
  g_autofree char *local = ofc_phone_format ("234567");

  ck_assert_str_eq (russian, "+7 926 123-45-67");
  ck_assert_str_eq (foreign, "+442079460958");
  ck_assert_str_eq (local, "234567");
}
END_TEST

static void
assert_query (const char *text, const char *expected)
{
  g_autofree char *digits = ofc_phone_query_digits (text);

  ck_assert_msg (g_strcmp0 (digits, expected) == 0, "“%s” → “%s”, expected “%s”", text, digits,
                 expected);
  ck_assert (ofc_phone_is_query (text) == (expected != NULL));
}

START_TEST (test_queries)
{
  assert_query ("926 123", "926123");
  assert_query ("+7 (926) 123-45-67", "79261234567");
  assert_query ("8 926 123 45 67", "79261234567");
  assert_query ("89261234567", "79261234567");
  assert_query ("8926", "8926");
  assert_query ("2000000000015", "2000000000015");
  assert_query ("(926)", "926");
  assert_query ("Иванов", NULL);
  assert_query ("ivan 926", NULL);
  assert_query ("+-()", NULL);
  assert_query ("", NULL);
  assert_query (NULL, NULL);
}
END_TEST

START_TEST (test_client_phone_digits)
{
  g_autoptr (OfcClientPhone) phone = ofc_client_phone_new ("8 (926) 123-45-67", "mobile");
  g_autofree char *summary = NULL;

  ck_assert_str_eq (ofc_client_phone_get_digits (phone), "79261234567");
  ofc_client_phone_set_display (phone, "12a");
  ck_assert_ptr_null (ofc_client_phone_get_digits (phone));
  ofc_client_phone_set_display (phone, "+44 20 7946 0958");
  ck_assert_str_eq (ofc_client_phone_get_digits (phone), "442079460958");
  summary = ofc_client_phone_dup_summary (phone);
  ck_assert_str_eq (summary, "+44 20 7946 0958 (mobile)");
}
END_TEST

static Suite *
phone_suite (void)
{
  Suite *suite = suite_create ("phone");
  TCase *normalize = tcase_create ("normalize");
  TCase *search = tcase_create ("search");

  tcase_add_test (normalize, test_russian_rules);
  tcase_add_test (normalize, test_other_numbers);
  tcase_add_test (normalize, test_refusals);
  tcase_add_test (normalize, test_client_phone_digits);
  tcase_add_test (search, test_search_tokens);
  tcase_add_test (search, test_format);
  tcase_add_test (search, test_queries);
  suite_add_tcase (suite, normalize);
  suite_add_tcase (suite, search);
  return suite;
}

int
main (void)
{
  return ofc_test_run (phone_suite ());
}
