/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Money: arithmetic, named rounding, formatting and parsing.
 */
#include "config.h"

#include "ofc-test.h"

static OfcMoney
rub (gint64 minor)
{
  return ofc_money_init (minor, "RUB");
}

START_TEST (test_rounding_modes)
{
  /* 25 / 10 = 2.5, -25 / 10 = -2.5, 35 / 10 = 3.5, 24 / 10 = 2.4 */
  ck_assert_int_eq (ofc_divide_round (25, 10, OFC_ROUND_HALF_UP), 3);
  ck_assert_int_eq (ofc_divide_round (-25, 10, OFC_ROUND_HALF_UP), -3);
  ck_assert_int_eq (ofc_divide_round (25, 10, OFC_ROUND_HALF_EVEN), 2);
  ck_assert_int_eq (ofc_divide_round (35, 10, OFC_ROUND_HALF_EVEN), 4);
  ck_assert_int_eq (ofc_divide_round (-25, 10, OFC_ROUND_HALF_EVEN), -2);
  ck_assert_int_eq (ofc_divide_round (-35, 10, OFC_ROUND_HALF_EVEN), -4);
  ck_assert_int_eq (ofc_divide_round (24, 10, OFC_ROUND_HALF_UP), 2);
  ck_assert_int_eq (ofc_divide_round (26, 10, OFC_ROUND_HALF_EVEN), 3);
  ck_assert_int_eq (ofc_divide_round (29, 10, OFC_ROUND_DOWN), 2);
  ck_assert_int_eq (ofc_divide_round (-29, 10, OFC_ROUND_DOWN), -2);
  ck_assert_int_eq (ofc_divide_round (21, 10, OFC_ROUND_UP), 3);
  ck_assert_int_eq (ofc_divide_round (-21, 10, OFC_ROUND_UP), -3);
  ck_assert_int_eq (ofc_divide_round (-21, 10, OFC_ROUND_FLOOR), -3);
  ck_assert_int_eq (ofc_divide_round (21, 10, OFC_ROUND_FLOOR), 2);
  ck_assert_int_eq (ofc_divide_round (-29, 10, OFC_ROUND_CEILING), -2);
  ck_assert_int_eq (ofc_divide_round (21, 10, OFC_ROUND_CEILING), 3);
  ck_assert_int_eq (ofc_divide_round (20, 10, OFC_ROUND_UP), 2);
  ck_assert_int_eq (ofc_divide_round (7, -2, OFC_ROUND_HALF_UP), -4);
}
END_TEST

START_TEST (test_arithmetic)
{
  g_autoptr(GError) error = NULL;
  OfcMoney out;

  ck_assert (ofc_money_add (rub (150), rub (275), &out, &error));
  ck_assert_int_eq (out.minor, 425);
  ck_assert_str_eq (out.currency, "RUB");
  ck_assert (ofc_money_subtract (rub (150), rub (275), &out, &error));
  ck_assert_int_eq (out.minor, -125);

  /* 3 × 333.33 */
  ck_assert (ofc_money_multiply (rub (33333), 3, 1, OFC_ROUND_HALF_UP, &out, &error));
  ck_assert_int_eq (out.minor, 99999);
  /* 1.5 kg at 99.99 = 149.985 → 149.99 commercial, 149.98 banker's */
  ck_assert (ofc_money_multiply (rub (9999), 1500, 1000, OFC_ROUND_HALF_UP, &out, &error));
  ck_assert_int_eq (out.minor, 14999);
  ck_assert (ofc_money_multiply (rub (9999), 1500, 1000, OFC_ROUND_HALF_EVEN, &out, &error));
  ck_assert_int_eq (out.minor, 14998);
  /* 12.5 % discount of 999.99 = 124.99875 */
  ck_assert (ofc_money_percent (rub (99999), 1250, OFC_ROUND_HALF_UP, &out, &error));
  ck_assert_int_eq (out.minor, 12500);
  ck_assert (ofc_money_percent (rub (99999), 1250, OFC_ROUND_DOWN, &out, &error));
  ck_assert_int_eq (out.minor, 12499);
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_refusals)
{
  g_autoptr(GError) error = NULL;
  OfcMoney out = rub (7);

  ck_assert (!ofc_money_add (rub (1), ofc_money_init (1, "USD"), &out, &error));
  ofc_assert_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_CURRENCY_MISMATCH);
  ck_assert_int_eq (out.minor, 7);
  g_clear_error (&error);

  ck_assert (!ofc_money_add (rub (G_MAXINT64), rub (1), &out, &error));
  ofc_assert_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* the 128-bit product is fine as long as the result fits */
  ck_assert (ofc_money_multiply (rub (G_MAXINT64 / 2), 2, 2, OFC_ROUND_HALF_UP, &out, &error));
  ck_assert (!ofc_money_multiply (rub (G_MAXINT64 / 2), 3, 1, OFC_ROUND_HALF_UP, &out, &error));
  ofc_assert_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_OVERFLOW);
}
END_TEST

START_TEST (test_format)
{
  g_autofree char *ru = ofc_money_format (rub (123450), ofc_number_format_get_ru (),
                                          OFC_MONEY_FORMAT_SYMBOL);
  g_autofree char *en = ofc_money_format (ofc_money_init (123450, "USD"),
                                          ofc_number_format_get_en (), OFC_MONEY_FORMAT_SYMBOL);
  g_autofree char *negative = ofc_money_format (rub (-5), ofc_number_format_get_en (),
                                                OFC_MONEY_FORMAT_PLAIN);
  g_autofree char *big = ofc_money_format (rub (123456789012), ofc_number_format_get_ru (),
                                           OFC_MONEY_FORMAT_PLAIN);
  g_autofree char *plain = ofc_money_format (rub (123456789012), ofc_number_format_get_en (),
                                             OFC_MONEY_FORMAT_NO_GROUPING);
  g_autofree char *yen = ofc_money_format (ofc_money_init (1500, "JPY"),
                                           ofc_number_format_get_en (), OFC_MONEY_FORMAT_SYMBOL);

  ck_assert_str_eq (ru, "1\u00a0234,50\u00a0₽");
  ck_assert_str_eq (en, "$1,234.50");
  ck_assert_str_eq (negative, "-0.05");
  ck_assert_str_eq (big, "1\u00a0234\u00a0567\u00a0890,12");
  ck_assert_str_eq (plain, "1234567890.12");
  ck_assert_str_eq (yen, "¥1,500");
}
END_TEST

typedef struct
{
  const char *text;
  gint64 minor;
} ParseCase;

START_TEST (test_parse_accepts)
{
  static const ParseCase cases[] = {
    { "1 234,50", 123450 },   { "1,234.50", 123450 }, { "1234.5", 123450 },
    { "1234,5", 123450 },     { "1.234,50", 123450 }, { "12", 1200 },
    { "-5,10", -510 },        { "1 234,50 ₽", 123450 }, { "$1,234.50", 123450 },
    { "1\u00a0234,50", 123450 }, { "1\u202f234", 123400 }, { "1,234", 123400 },
    { "1,234,567.89", 123456789 }, { ",5", 50 },     { "  7  ", 700 },
    { "100 руб.", 10000 },    { "−3", -300 },         { "0,01", 1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      OfcMoney out;

      ck_assert_msg (ofc_money_parse (cases[i].text, "RUB", &out, &error), "“%s”: %s",
                     cases[i].text, error != NULL ? error->message : "");
      ck_assert_msg (out.minor == cases[i].minor, "“%s” parsed as %" G_GINT64_FORMAT,
                     cases[i].text, out.minor);
    }
}
END_TEST

START_TEST (test_parse_refuses)
{
  static const char *const bad[] = {
    "", "abc", "1,2,3", "12,34,5", "1.2.3,4", "1,234.567", "12.5.6", "--5", "1e5", "5 5a",
    "99999999999999999999", ",", "1,,2", "0,001",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      OfcMoney out = rub (42);

      ck_assert_msg (!ofc_money_parse (bad[i], "RUB", &out, &error), "“%s” was accepted",
                     bad[i]);
      ofc_assert_error (error, OFC_MONEY_ERROR, OFC_MONEY_ERROR_PARSE);
      ck_assert_int_eq (out.minor, 42);
    }
}
END_TEST

START_TEST (test_round_trip)
{
  for (gint64 minor = -100000; minor <= 100000; minor += 997)
    {
      g_autofree char *ru = ofc_money_format (rub (minor), ofc_number_format_get_ru (),
                                              OFC_MONEY_FORMAT_SYMBOL);
      g_autofree char *en = ofc_money_format (rub (minor), ofc_number_format_get_en (),
                                              OFC_MONEY_FORMAT_PLAIN);
      OfcMoney a, b;

      ck_assert (ofc_money_parse (ru, "RUB", &a, NULL));
      ck_assert (ofc_money_parse (en, "RUB", &b, NULL));
      ck_assert_int_eq (a.minor, minor);
      ck_assert_int_eq (b.minor, minor);
    }
}
END_TEST

static Suite *
money_suite (void)
{
  Suite *suite = suite_create ("money");
  TCase *arithmetic = tcase_create ("arithmetic");
  TCase *text = tcase_create ("text");

  tcase_add_test (arithmetic, test_rounding_modes);
  tcase_add_test (arithmetic, test_arithmetic);
  tcase_add_test (arithmetic, test_refusals);
  tcase_add_test (text, test_format);
  tcase_add_test (text, test_parse_accepts);
  tcase_add_test (text, test_parse_refuses);
  tcase_add_test (text, test_round_trip);
  suite_add_tcase (suite, arithmetic);
  suite_add_tcase (suite, text);
  return suite;
}

int
main (void)
{
  return ofc_test_run (money_suite ());
}
