/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Client validation: every field refused with its name and a clear message, nothing
 * written; what passes is cleaned the way it is stored.
 */
#include "config.h"

#include "ofc-test.h"

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 }; /* 2026-06-01 10:00 UTC */
static OfcDatabase *database;
static OfcContext *context;
static OfcClientStore *store;

static void
setup (void)
{
  g_autoptr (GError) error = NULL;

  folder = ofc_test_make_tmpdir ();
  database = ofc_test_open_database (folder, &test_clock);
  context = ofc_context_new (database);
  store = ofc_client_store_new (context, &error);
  ofc_assert_no_error (error);
}

static void
teardown (void)
{
  g_clear_object (&store);
  g_clear_object (&context);
  g_clear_object (&database);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static gint64
count (const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (statement != NULL && ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

static OfcClient *
valid_company (void)
{
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_COMPANY);

  ofc_client_set_name (client, "ООО «Ромашка»");
  ofc_client_set_inn (client, "7707083893");
  ofc_client_set_kpp (client, "773601001");
  ofc_client_set_ogrn (client, "1027700132195");
  ofc_client_set_bank_bik (client, "044525225");
  ofc_client_set_bank_corr_account (client, "30101810400000000225");
  ofc_client_set_bank_account (client, "40702810938000012345");
  ofc_client_add_phone (client, "+7 (926) 123-45-67", "mobile");
  return client;
}

typedef void (*Mutation) (OfcClient *client);

/* saving @client after @mutate must fail on @field with @message, writing nothing */
static void
assert_refused (Mutation mutate, const char *field, const char *message)
{
  g_autoptr (OfcClient) client = valid_company ();
  g_autoptr (GError) error = NULL;
  gint64 journal = count ("SELECT count(*) FROM journal");

  mutate (client);
  ck_assert (!ofc_client_store_validate (store, client, NULL));
  ck_assert (!ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_msg (g_strcmp0 (ofc_error_get_field (error), field) == 0, "field %s, expected %s (%s)",
                 ofc_error_get_field (error), field, error->message);
  ck_assert_msg (strstr (error->message, message) != NULL, "“%s” not in “%s”", message,
                 error->message);
  ck_assert (!ofc_client_is_saved (client));
  ck_assert_int_eq (count ("SELECT count(*) FROM client"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM client_phone"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal"), journal);
}

/* a test refusing the client that the statements after @message make of a valid one */
#define REFUSED(test_name, field, message, ...)          \
  static void test_name##_mutate (OfcClient *client)     \
  {                                                      \
    __VA_ARGS__;                                         \
  }                                                      \
  START_TEST (test_name)                                 \
  {                                                      \
    assert_refused (test_name##_mutate, field, message); \
  }                                                      \
  END_TEST

static char *
repeat (const char *unit, int times)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < times; i++)
    g_string_append (text, unit);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* clang-format off */
REFUSED (test_name_missing, "name", "Name is required", ofc_client_set_name (client, NULL))
REFUSED (test_name_blank, "name", "Name is required", ofc_client_set_name (client, "  \t "))
REFUSED (test_name_long, "name", "Name is longer than 200 characters",
         g_autofree char *name = repeat ("Я", 201); ofc_client_set_name (client, name))
REFUSED (test_name_control, "name", "Name contains a control character",
         ofc_client_set_name (client, "Иванов\x1b Иван"))
REFUSED (test_name_invalid_utf8, "name", "Name is not valid text",
         ofc_client_set_name (client, "Иван\xff"))
REFUSED (test_email_no_at, "email", "E-mail “ivan.mail.ru” is not a valid address",
         ofc_client_set_email (client, "ivan.mail.ru"))
REFUSED (test_email_two_at, "email", "not a valid address", ofc_client_set_email (client, "a@b@c.ru"))
REFUSED (test_email_no_local, "email", "not a valid address", ofc_client_set_email (client, "@mail.ru"))
REFUSED (test_email_no_tld, "email", "not a valid address", ofc_client_set_email (client, "ivan@mail"))
REFUSED (test_email_short_tld, "email", "not a valid address", ofc_client_set_email (client, "ivan@mail.r"))
REFUSED (test_email_space, "email", "not a valid address", ofc_client_set_email (client, "iv an@mail.ru"))
REFUSED (test_email_dots, "email", "not a valid address", ofc_client_set_email (client, "ivan..p@mail.ru"))
REFUSED (test_email_empty_label, "email", "not a valid address", ofc_client_set_email (client, "ivan@mail..ru"))
REFUSED (test_email_hyphen, "email", "not a valid address", ofc_client_set_email (client, "ivan@-mail.ru"))
REFUSED (test_email_long, "email", "E-mail is longer than 254 characters",
         g_autofree char *local = repeat ("a", 250); g_autofree char *email = g_strconcat (local, "@x.ru", NULL);
         ofc_client_set_email (client, email))
REFUSED (test_address_long, "address", "Address is longer than 500",
         g_autofree char *text = repeat ("д", 501); ofc_client_set_address (client, text))
REFUSED (test_note_long, "note", "Note is longer than 10000",
         g_autofree char *text = repeat ("n", 10001); ofc_client_set_note (client, text))
REFUSED (test_note_control, "note", "Note contains a control character",
         ofc_client_set_note (client, "first line\nsecond\x07 line"))
REFUSED (test_director_long, "director", "Director is longer than 200",
         g_autofree char *text = repeat ("d", 201); ofc_client_set_director (client, text))
REFUSED (test_legal_address_long, "legal-address", "Legal address is longer than 500",
         g_autofree char *text = repeat ("a", 501); ofc_client_set_legal_address (client, text))
REFUSED (test_bank_name_long, "bank-name", "Bank is longer than 200",
         g_autofree char *text = repeat ("b", 201); ofc_client_set_bank_name (client, text))
REFUSED (test_birthday_not_date, "birthday", "Birthday “1990-02-30” is not a real date",
         ofc_client_set_kind (client, OFC_CLIENT_KIND_PERSON); ofc_client_set_inn (client, NULL);
         ofc_client_set_birthday (client, "1990-02-30"))
REFUSED (test_birthday_format, "birthday", "is not a real date (YYYY-MM-DD)",
         ofc_client_set_birthday (client, "3.2.1990"))
REFUSED (test_birthday_future, "birthday", "Birthday 2026-06-02 is in the future",
         ofc_client_set_birthday (client, "2026-06-02"))
REFUSED (test_birthday_ancient, "birthday", "Birthday 1899-12-31 is before 1900",
         ofc_client_set_birthday (client, "1899-12-31"))
REFUSED (test_discount_negative, "discount-works", "Discount on works must be between 0 and 100 %",
         ofc_client_set_discount (client, OFC_DISCOUNT_WORKS, -1))
REFUSED (test_discount_parts, "discount-parts", "Discount on parts must be between",
         ofc_client_set_discount (client, OFC_DISCOUNT_PARTS, 10001))
REFUSED (test_discount_goods, "discount-goods", "Discount on goods must be between",
         g_object_set (client, "discount-goods", 20000, NULL))
REFUSED (test_tag_comma, "tags", "The tag “опт,розница” contains a comma",
         ofc_client_set_tags (client, (const char *[]) { "опт,розница", NULL }))
REFUSED (test_tag_long, "tags", "is longer than 50 characters",
         g_autofree char *tag = repeat ("t", 51); ofc_client_add_tag (client, tag))
REFUSED (test_tag_control, "tags", "Tag contains a control character", ofc_client_add_tag (client, "v\x01ip"))
REFUSED (test_tags_many, "tags", "A client can have at most 20 tags",
         for (int i = 0; i < 21; i++) { g_autofree char *tag = g_strdup_printf ("tag%d", i);
                                        ofc_client_add_tag (client, tag); })
REFUSED (test_phone_letters, "phones", "The phone “8 926 ABC 45 67” contains “A”",
         ofc_client_add_phone (client, "8 926 ABC 45 67", NULL))
REFUSED (test_phone_short, "phones", "The phone “12-34” is too short", ofc_client_add_phone (client, "12-34", NULL))
REFUSED (test_phone_long, "phones", "is too long", ofc_client_add_phone (client, "+1 234 567 890 123 456", NULL))
REFUSED (test_phone_twice, "phones", "The phone “8 926 123 45 67” is listed twice",
         ofc_client_add_phone (client, "8 926 123 45 67", "home"))
REFUSED (test_phone_many, "phones", "A client can have at most 10 phones",
         for (int i = 0; i < 10; i++) { g_autofree char *phone = g_strdup_printf ("+7 495 000-00-%02d", i);
                                        ofc_client_add_phone (client, phone, NULL); })
REFUSED (test_phone_label, "phones", "Phone label contains a control character",
         ofc_client_phone_set_label (ofc_client_get_phone (client, 0), "mo\x02"))
REFUSED (test_inn_checksum, "inn", "INN 7707083894 has a wrong check digit", ofc_client_set_inn (client, "7707083894"))
REFUSED (test_inn_length, "inn", "INN 77070838 must have 10 digits", ofc_client_set_inn (client, "77070838"))
REFUSED (test_inn_person, "inn", "INN 7707083893 belongs to a company",
         ofc_client_set_kind (client, OFC_CLIENT_KIND_PERSON))
REFUSED (test_kpp_format, "kpp", "KPP 77360100 must have 9 characters", ofc_client_set_kpp (client, "77360100"))
REFUSED (test_ogrn_checksum, "ogrn", "OGRN 1027700132196 has a wrong check digit",
         ofc_client_set_ogrn (client, "1027700132196"))
REFUSED (test_bik_format, "bank-bik", "BIK 123456789 must have 9 digits and start with 04",
         ofc_client_set_bank_bik (client, "123456789"))
REFUSED (test_account_key, "bank-account", "Account 40702810038000012345 does not match BIK 044525225",
         ofc_client_set_bank_account (client, "40702810038000012345"))
REFUSED (test_corr_key, "bank-corr-account", "Correspondent account 30101810500000000225 does not match",
         ofc_client_set_bank_corr_account (client, "30101810500000000225"))
REFUSED (test_card_code, "card-code", "Discount card 2000000000011 is not a valid EAN-13",
         ofc_client_set_card_code (client, "2000000000011"))
REFUSED (test_kind, "kind", "either a person or a company", ofc_client_set_kind (client, 7))
REFUSED (test_source_missing, "source-id", "The chosen client source does not exist",
         OfcUuid id; ofc_uuid_generate (&id); ofc_client_set_source_id (client, &id))
/* clang-format on */

START_TEST (test_valid_emails)
{
  static const char *const emails[] = {
    "ivan@mail.ru",    "a.b+c_d@sub.example.co.uk", "иван@почта.рф",
    "x@mail.xn--p1ai", "O'Brien@example.com",       "  spaced@example.com  ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (emails); i++)
    {
      g_autoptr (OfcClient) client = valid_company ();
      g_autoptr (GError) error = NULL;

      ofc_client_set_email (client, emails[i]);
      ck_assert_msg (ofc_client_store_validate (store, client, &error), "%s refused: %s", emails[i],
                     error != NULL ? error->message : "");
    }
}
END_TEST

START_TEST (test_cleaned_as_stored)
{
  g_autoptr (OfcClient) client = valid_company ();
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GError) error = NULL;
  const char *const *tags;

  ofc_client_set_name (client, "  ООО   «Ромашка»\u00a0Плюс ");
  ofc_client_set_inn (client, "7707 083893");
  ofc_client_set_kpp (client, "7736ab001");
  ofc_client_set_tags (client, (const char *[]){ "VIP", " опт ", "vip", "", "Опт", NULL });
  ofc_client_add_phone (client, "   ", "empty rows are dropped");
  ofc_client_add_phone (client, " 8 (495) 123-45-67 ", " work ");
  ofc_client_set_note (client, "  line one\n  line two  ");
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);

  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_name (stored), "ООО «Ромашка» Плюс");
  ck_assert_str_eq (ofc_client_get_inn (stored), "7707083893");
  ck_assert_str_eq (ofc_client_get_kpp (stored), "7736AB001");
  tags = ofc_client_get_tags (stored);
  ck_assert_int_eq (g_strv_length ((char **)tags), 2);
  ck_assert_str_eq (tags[0], "VIP");
  ck_assert_str_eq (tags[1], "опт");
  ck_assert_int_eq (ofc_client_get_n_phones (stored), 2);
  ck_assert_str_eq (ofc_client_phone_get_display (ofc_client_get_phone (stored, 1)),
                    "8 (495) 123-45-67");
  ck_assert_str_eq (ofc_client_phone_get_digits (ofc_client_get_phone (stored, 1)), "74951234567");
  ck_assert_str_eq (ofc_client_phone_get_label (ofc_client_get_phone (stored, 1)), "work");
  ck_assert_str_eq (ofc_client_get_note (stored), "line one\n  line two");
  /* the caller's object shows what was stored */
  ck_assert_str_eq (ofc_client_get_name (client), "ООО «Ромашка» Плюс");
  ck_assert_int_eq (ofc_client_get_n_phones (client), 2);
}
END_TEST

START_TEST (test_foreign_requisites)
{
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_COMPANY);
  g_autoptr (GError) error = NULL;

  ofc_client_set_name (client, "Northwind Trading GmbH");
  ofc_client_set_inn (client, "DE123456789");
  ofc_client_set_bank_bik (client, "COBADEFFXXX");
  ofc_client_set_bank_account (client, "DE89370400440532013000");
  ofc_client_set_bank_corr_account (client, "123");
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_inn (client), "DE123456789");
}
END_TEST

START_TEST (test_birthday_today)
{
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (GError) error = NULL;
  GDate date;

  ofc_client_set_name (client, "Newborn");
  ofc_client_set_birthday (client, "2026-06-01");
  ck_assert (ofc_client_store_validate (store, client, &error));
  ofc_client_set_birthday (client, "2024-02-29");
  ck_assert (ofc_client_store_validate (store, client, &error));
  ck_assert (ofc_client_get_birthday_date (client, &date));
  ck_assert_int_eq (g_date_get_day (&date), 29);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 1984);
  ofc_client_set_birthday_date (client, &date);
  ck_assert_str_eq (ofc_client_get_birthday (client), "1984-03-05");
  ofc_client_set_birthday_date (client, NULL);
  ck_assert_str_eq (ofc_client_get_birthday (client), "");
  ofc_assert_no_error (error);
}
END_TEST

static Suite *
validate_suite (void)
{
  Suite *suite = suite_create ("client-validate");
  TCase *refused = tcase_create ("refused");
  TCase *accepted = tcase_create ("accepted");
  const TTest *tests[] = {
    test_name_missing,      test_name_blank,        test_name_long,       test_name_control,
    test_name_invalid_utf8, test_email_no_at,       test_email_two_at,    test_email_no_local,
    test_email_no_tld,      test_email_short_tld,   test_email_space,     test_email_dots,
    test_email_empty_label, test_email_hyphen,      test_email_long,      test_address_long,
    test_note_long,         test_note_control,      test_director_long,   test_legal_address_long,
    test_bank_name_long,    test_birthday_not_date, test_birthday_format, test_birthday_future,
    test_birthday_ancient,  test_discount_negative, test_discount_parts,  test_discount_goods,
    test_tag_comma,         test_tag_long,          test_tag_control,     test_tags_many,
    test_phone_letters,     test_phone_short,       test_phone_long,      test_phone_twice,
    test_phone_many,        test_phone_label,       test_inn_checksum,    test_inn_length,
    test_inn_person,        test_kpp_format,        test_ogrn_checksum,   test_bik_format,
    test_account_key,       test_corr_key,          test_card_code,       test_kind,
    test_source_missing,
  };

  tcase_add_checked_fixture (refused, setup, teardown);
  for (gsize i = 0; i < G_N_ELEMENTS (tests); i++)
    tcase_add_test (refused, tests[i]);
  tcase_add_checked_fixture (accepted, setup, teardown);
  tcase_add_test (accepted, test_valid_emails);
  tcase_add_test (accepted, test_cleaned_as_stored);
  tcase_add_test (accepted, test_foreign_requisites);
  tcase_add_test (accepted, test_birthday_today);
  suite_add_tcase (suite, refused);
  suite_add_tcase (suite, accepted);
  return suite;
}

int
main (void)
{
  return ofc_test_run (validate_suite ());
}
