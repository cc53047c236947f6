/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Russian requisites and EAN-13 card codes: known real numbers pass, a changed digit is
 * refused with a message quoting the number, generated numbers are valid.
 */
#include "config.h"

#include "ofc-test.h"

typedef gboolean (*CheckFunc) (const char *value, GError **error);

static void
assert_ok (CheckFunc check, const char *value)
{
  g_autoptr (GError) error = NULL;

  ck_assert_msg (check (value, &error), "%s refused: %s", value,
                 error != NULL ? error->message : "");
}

static void
assert_bad (CheckFunc check, const char *value, const char *field, const char *message)
{
  g_autoptr (GError) error = NULL;

  ck_assert_msg (!check (value, &error), "%s accepted", value);
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), field);
  ck_assert_msg (strstr (error->message, message) != NULL, "“%s” not in “%s”", message,
                 error->message);
}

START_TEST (test_inn)
{
  assert_ok (ofc_inn_check, "7707083893"); /* Sberbank */
  assert_ok (ofc_inn_check, "7736050003"); /* Gazprom */
  assert_ok (ofc_inn_check, "500100732259");
  assert_bad (ofc_inn_check, "7707083894", "inn", "INN 7707083894 has a wrong check digit");
  assert_bad (ofc_inn_check, "500100732258", "inn", "INN 500100732258 has a wrong check digit");
  assert_bad (ofc_inn_check, "500100732269", "inn", "wrong check digit");
  assert_bad (ofc_inn_check, "77070838931", "inn", "must have 10 digits");
  assert_bad (ofc_inn_check, "770708389", "inn", "must have 10 digits");
  assert_bad (ofc_inn_check, "77070A3893", "inn", "must have 10 digits");
}
END_TEST

START_TEST (test_kpp)
{
  assert_ok (ofc_kpp_check, "773601001");
  assert_ok (ofc_kpp_check, "7736AB001");
  assert_bad (ofc_kpp_check, "77360100", "kpp", "KPP 77360100 must have 9 characters");
  assert_bad (ofc_kpp_check, "7736010011", "kpp", "9 characters");
  assert_bad (ofc_kpp_check, "7736ab001", "kpp", "9 characters");
  assert_bad (ofc_kpp_check, "A73601001", "kpp", "9 characters");
}
END_TEST

START_TEST (test_ogrn)
{
  assert_ok (ofc_ogrn_check, "1027700132195"); /* Sberbank */
  assert_ok (ofc_ogrn_check, "304500116000157");
  assert_bad (ofc_ogrn_check, "1027700132196", "ogrn", "OGRN 1027700132196 has a wrong check");
  assert_bad (ofc_ogrn_check, "304500116000158", "ogrn", "OGRNIP 304500116000158 has a wrong");
  assert_bad (ofc_ogrn_check, "10277001321", "ogrn", "must have 13 digits");
}
END_TEST

START_TEST (test_bik)
{
  assert_ok (ofc_bik_check, "044525225");
  assert_bad (ofc_bik_check, "144525225", "bank-bik", "BIK 144525225 must have 9 digits and");
  assert_bad (ofc_bik_check, "04452522", "bank-bik", "start with 04");
}
END_TEST

static void
assert_account (gboolean correspondent, const char *account, const char *bik, const char *message)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = correspondent ? ofc_corr_account_check (account, bik, &error)
                              : ofc_bank_account_check (account, bik, &error);

  if (message == NULL)
    {
      ck_assert_msg (ok, "%s refused: %s", account, error != NULL ? error->message : "");
      return;
    }
  ck_assert_msg (!ok, "%s accepted with BIK %s", account, bik);
  ck_assert_str_eq (ofc_error_get_field (error),
                    correspondent ? "bank-corr-account" : "bank-account");
  ck_assert_msg (strstr (error->message, message) != NULL, "“%s” not in “%s”", message,
                 error->message);
}

START_TEST (test_accounts)
{
  assert_account (TRUE, "30101810400000000225", "044525225", NULL);
  assert_account (TRUE, "30101810400000000226", "044525225",
                  "Correspondent account 30101810400000000226 does not match BIK 044525225");
  assert_account (FALSE, "40702810938000012345", "044525225", NULL);
  assert_account (FALSE, "40817810899910004312", "044525225", NULL);
  assert_account (FALSE, "40702810038000012345", "044525225",
                  "Account 40702810038000012345 does not match BIK 044525225");
  assert_account (FALSE, "4070281093800001234", "044525225", "must have 20 digits");
  /* without a valid BIK only the length can be checked */
  assert_account (FALSE, "40702810038000012345", NULL, NULL);
}
END_TEST

START_TEST (test_fill)
{
  char inn10[] = "7707083890";
  char inn12[] = "500100732200";
  char ogrn[] = "1027700132190";
  char ogrnip[] = "304500116000150";
  char corr[] = "30101810000000000225";
  char account[] = "40702810038000012345";

  ofc_inn_fill_check_digits (inn10);
  ofc_inn_fill_check_digits (inn12);
  ofc_ogrn_fill_check_digit (ogrn);
  ofc_ogrn_fill_check_digit (ogrnip);
  ofc_corr_account_fill_key (corr, "044525225");
  ofc_bank_account_fill_key (account, "044525225");
  ck_assert_str_eq (inn10, "7707083893");
  ck_assert_str_eq (inn12, "500100732259");
  ck_assert_str_eq (ogrn, "1027700132195");
  ck_assert_str_eq (ogrnip, "304500116000157");
  ck_assert_str_eq (corr, "30101810400000000225");
  ck_assert_str_eq (account, "40702810938000012345");
}
END_TEST

START_TEST (test_looks_russian)
{
  ck_assert (ofc_requisites_looks_russian ("7707083893"));
  ck_assert (!ofc_requisites_looks_russian ("DE123456789"));
  ck_assert (!ofc_requisites_looks_russian (""));
  ck_assert (!ofc_requisites_looks_russian (NULL));
}
END_TEST

START_TEST (test_ean13)
{
  char code[OFC_CARD_CODE_LEN + 1];
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);

  ck_assert_int_eq (ofc_ean13_check_digit ("400638133393"), '1');
  ck_assert (ofc_ean13_is_valid ("4006381333931"));
  ck_assert (!ofc_ean13_is_valid ("4006381333932"));
  ck_assert (!ofc_ean13_is_valid ("400638133393"));
  ck_assert (!ofc_ean13_is_valid ("400638133393A"));
  ck_assert (!ofc_ean13_is_valid (NULL));
  for (int i = 0; i < 100; i++)
    {
      ofc_card_code_generate (i % 2 == 0 ? rand : NULL, code);
      ck_assert_int_eq (strlen (code), 13);
      ck_assert (g_str_has_prefix (code, OFC_CARD_CODE_PREFIX));
      ck_assert (ofc_ean13_is_valid (code));
    }
}
END_TEST

static Suite *
requisites_suite (void)
{
  Suite *suite = suite_create ("requisites");
  TCase *checks = tcase_create ("checks");

  tcase_add_test (checks, test_inn);
  tcase_add_test (checks, test_kpp);
  tcase_add_test (checks, test_ogrn);
  tcase_add_test (checks, test_bik);
  tcase_add_test (checks, test_accounts);
  tcase_add_test (checks, test_fill);
  tcase_add_test (checks, test_looks_russian);
  tcase_add_test (checks, test_ean13);
  suite_add_tcase (suite, checks);
  return suite;
}

int
main (void)
{
  return ofc_test_run (requisites_suite ());
}
