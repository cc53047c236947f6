/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The printer store, print templates and printing settings: validation with clear
 * messages on the right field, unique names, one default printer per role, archive and
 * restore, the journal, templates stored and reset, and the auto-print setting.
 */
#include "config.h"

#include "ofc-test.h"

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 }; /* 2026-06-01 10:00 UTC */
static OfcDatabase *database;
static OfcContext *context;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  database = ofc_test_open_database (folder, &test_clock);
  context = ofc_context_new (database);
}

static void
teardown (void)
{
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

static OfcPrinter *
add_printer (const char *name, OfcPrinterLanguage language, const char *uri, OfcPrinterRoles roles)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer = ofc_printer_new (language);

  ofc_printer_set_name (printer, name);
  ofc_printer_set_uri (printer, uri);
  ofc_printer_set_roles (printer, roles);
  ck_assert (ofc_printer_store_create (context, printer, &error));
  ofc_assert_no_error (error);
  return printer;
}

static void
assert_invalid (OfcPrinter *printer, const char *field)
{
  g_autoptr (GError) error = NULL;

  ck_assert (!ofc_printer_store_create (context, printer, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), field);
  ck_assert (!ofc_printer_is_saved (printer));
}

START_TEST (test_create_and_read)
{
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_TSPL);
  g_autoptr (OfcPrinter) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) history = NULL;
  g_autofree char *media = NULL;

  ofc_printer_set_name (printer, "  Этикетки  ");
  ofc_printer_set_uri (printer, "tcp://192.168.1.50");
  ofc_printer_set_roles (printer, OFC_PRINTER_ROLE_LABEL);
  ck_assert (ofc_printer_set_media_text (printer, "40x30", &error));
  ofc_printer_set_dpi (printer, 300);
  ck_assert (ofc_printer_store_create (context, printer, &error));
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_printer_get_name (printer), "Этикетки");
  ck_assert_int_eq (ofc_printer_get_version (printer), 1);
  read = ofc_printer_store_find (context, "ЭТИКЕТКИ", &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_uuid_equal (ofc_printer_get_id (read), ofc_printer_get_id (printer)));
  ck_assert_int_eq (ofc_printer_get_language (read), OFC_PRINTER_LANGUAGE_TSPL);
  ck_assert_str_eq (ofc_printer_get_uri (read), "tcp://192.168.1.50");
  media = ofc_printer_dup_media_text (read);
  ck_assert_str_eq (media, "40x30");
  ck_assert_uint_eq (ofc_printer_get_dpi (read), 300);
  ck_assert_int_eq (ofc_printer_get_roles (read), OFC_PRINTER_ROLE_LABEL);
  history = ofc_journal_list (database, ofc_printer_get_id (printer), &error);
  ck_assert_uint_eq (g_list_model_get_n_items (history), 1);
}
END_TEST

START_TEST (test_validation)
{
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_ESCPOS);
  static const char *const bad_uris[] = {
    "ftp://host/x", "tcp://",       "tcp://host:99999", "serial://",
    "usb://",       "/dev/usb/lp0", "tcp://host/path",  "serial://host/dev/ttyS0",
  };

  ofc_printer_set_uri (printer, "usb:///dev/usb/lp0");
  assert_invalid (printer, "name");
  ofc_printer_set_name (printer, "Касса");
  for (guint i = 0; i < G_N_ELEMENTS (bad_uris); i++)
    {
      ofc_printer_set_uri (printer, bad_uris[i]);
      assert_invalid (printer, "uri");
    }
  ofc_printer_set_uri (printer, "serial:///dev/ttyUSB0?baud=19200");
  ofc_printer_set_paper_width (printer, 70);
  assert_invalid (printer, "paper-width");
  ofc_printer_set_paper_width (printer, 58);
  ofc_printer_set_code_page (printer, "cp437");
  assert_invalid (printer, "code-page");
  ofc_printer_set_code_page (printer, "cp1251");
  ofc_printer_set_code_table (printer, 73);
  ofc_printer_set_roles (printer, OFC_PRINTER_ROLE_DOCUMENT);
  assert_invalid (printer, "roles");
  ofc_printer_set_roles (printer, OFC_PRINTER_ROLE_RECEIPT);
  ofc_printer_set_dpi (printer, 250);
  assert_invalid (printer, "dpi");
  ofc_printer_set_dpi (printer, 203);
  ofc_printer_set_media (printer, 5, 40);
  assert_invalid (printer, "media-width");
  ofc_printer_set_media (printer, 58, 40);
  ck_assert (ofc_printer_store_validate (printer, NULL));
}
END_TEST

START_TEST (test_system_queue_names)
{
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_SYSTEM);
  g_autoptr (GError) error = NULL;

  ofc_printer_set_name (printer, "A4");
  ofc_printer_set_uri (printer, "Office printer");
  assert_invalid (printer, "uri");
  ofc_printer_set_uri (printer, "tcp://host:9100");
  assert_invalid (printer, "uri");
  ofc_printer_set_uri (printer, "Office_A4");
  ofc_printer_set_roles (printer, OFC_PRINTER_ROLE_DOCUMENT | OFC_PRINTER_ROLE_RECEIPT);
  ck_assert (ofc_printer_store_create (context, printer, &error));
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_media_text)
{
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_BROTHER_QL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = ofc_printer_dup_media_text (printer);

  ck_assert_str_eq (text, "62");
  ck_assert (ofc_printer_is_continuous (printer));
  ck_assert (ofc_printer_set_media_text (printer, "57.5x30", &error));
  g_free (text);
  text = ofc_printer_dup_media_text (printer);
  ck_assert_str_eq (text, "57.5x30");
  ck_assert (!ofc_printer_set_media_text (printer, "58 by 40", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "media-width");
}
END_TEST

START_TEST (test_unique_names_and_archive)
{
  g_autoptr (OfcPrinter) first = add_printer ("Касса", OFC_PRINTER_LANGUAGE_ESCPOS,
                                              "tcp://10.0.0.5", OFC_PRINTER_ROLE_RECEIPT);
  g_autoptr (OfcPrinter) second = ofc_printer_new (OFC_PRINTER_LANGUAGE_ESCPOS);
  g_autoptr (OfcPrinter) third = NULL;
  g_autoptr (GListModel) active = NULL;
  g_autoptr (GListModel) all = NULL;
  g_autoptr (GError) error = NULL;

  ofc_printer_set_name (second, "КАССА");
  ofc_printer_set_uri (second, "tcp://10.0.0.6");
  assert_invalid (second, "name");
  ck_assert (ofc_printer_store_archive (context, first, &error));
  ck_assert (ofc_printer_get_archived (first));
  ck_assert_int_eq (ofc_printer_get_roles (first), 0);
  ck_assert (ofc_printer_store_create (context, second, &error));
  ck_assert (!ofc_printer_store_restore (context, first, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  g_clear_error (&error);
  third = ofc_printer_store_find (context, "касса", &error);
  ck_assert (ofc_uuid_equal (ofc_printer_get_id (third), ofc_printer_get_id (second)));
  active = ofc_printer_store_list (context, FALSE, &error);
  all = ofc_printer_store_list (context, TRUE, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (active), 1);
  ck_assert_uint_eq (g_list_model_get_n_items (all), 2);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'printer'"), 3);
}
END_TEST

START_TEST (test_default_roles)
{
  g_autoptr (OfcPrinter) zebra = add_printer ("Zebra", OFC_PRINTER_LANGUAGE_ZPL,
                                              "tcp://10.0.0.7:9100", OFC_PRINTER_ROLE_LABEL);
  g_autoptr (OfcPrinter) tsc =
      add_printer ("TSC", OFC_PRINTER_LANGUAGE_TSPL, "usb:///dev/usb/lp1", OFC_PRINTER_ROLE_NONE);
  g_autoptr (OfcPrinter) found = NULL;
  g_autoptr (GError) error = NULL;

  found = ofc_printer_store_get_default (context, OFC_PRINTER_ROLE_LABEL, &error);
  ck_assert (ofc_uuid_equal (ofc_printer_get_id (found), ofc_printer_get_id (zebra)));
  ofc_printer_set_roles (tsc, OFC_PRINTER_ROLE_LABEL);
  ck_assert (ofc_printer_store_update (context, tsc, &error));
  ofc_assert_no_error (error);
  g_clear_object (&found);
  found = ofc_printer_store_get_default (context, OFC_PRINTER_ROLE_LABEL, &error);
  ck_assert (ofc_uuid_equal (ofc_printer_get_id (found), ofc_printer_get_id (tsc)));
  g_clear_object (&found);
  found = ofc_printer_store_find (context, "Zebra", &error);
  ck_assert_int_eq (ofc_printer_get_roles (found), 0);
  ck_assert_int_eq (ofc_printer_get_version (found), 2);
  ck_assert_ptr_null (ofc_printer_store_get_default (context, OFC_PRINTER_ROLE_RECEIPT, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert_ptr_nonnull (strstr (error->message, "receipt printer"));
}
END_TEST

START_TEST (test_conflict)
{
  g_autoptr (OfcPrinter) printer =
      add_printer ("P", OFC_PRINTER_LANGUAGE_EPL, "usb:///dev/usb/lp0", OFC_PRINTER_ROLE_NONE);
  g_autoptr (OfcPrinter) stale = ofc_printer_copy (printer);
  g_autoptr (GError) error = NULL;

  ofc_printer_set_enabled (printer, FALSE);
  ck_assert (ofc_printer_store_update (context, printer, &error));
  ofc_printer_set_uri (stale, "usb:///dev/usb/lp3");
  ck_assert (!ofc_printer_store_update (context, stale, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_CONFLICT);
}
END_TEST

START_TEST (test_templates)
{
  g_autoptr (OfcPrintTemplate) sticker = NULL;
  g_autoptr (OfcPrintTemplate) loaded = NULL;
  g_autoptr (GError) error = NULL;
  const OfcPrintField *field;

  sticker = ofc_print_template_load (context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error);
  ofc_assert_no_error (error);
  ck_assert (!ofc_print_template_is_stored (sticker));
  ck_assert_int_eq (ofc_print_template_get_symbology (sticker), OFC_PRINT_SYMBOLOGY_CODE128);
  ck_assert_str_eq (ofc_print_template_get_field (sticker, 0)->id, "number");
  ck_assert (ofc_print_template_set_field (sticker, "serial", TRUE, 2.5, FALSE, 1));
  ck_assert (ofc_print_template_move_field (sticker, "serial", 1));
  ck_assert (!ofc_print_template_set_field (sticker, "verdict", TRUE, 3, FALSE, 1));
  ofc_print_template_set_header (sticker, "Сервис «Мастер»");
  ck_assert (ofc_print_template_save (context, sticker, &error));
  ofc_assert_no_error (error);
  loaded = ofc_print_template_load (context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error);
  ck_assert (ofc_print_template_is_stored (loaded));
  field = ofc_print_template_get_field (loaded, 1);
  ck_assert_str_eq (field->id, "serial");
  ck_assert (field->visible);
  ck_assert_str_eq (ofc_print_template_get_header (loaded), "Сервис «Мастер»");
  ck_assert (ofc_print_template_set_field (loaded, "number", TRUE, 45, TRUE, 1));
  ck_assert (!ofc_print_template_save (context, loaded, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "fields");
  g_clear_error (&error);
  ck_assert (ofc_print_template_reset (context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error));
  g_clear_object (&loaded);
  loaded = ofc_print_template_load (context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error);
  ck_assert (!ofc_print_template_find_field (loaded, "serial")->visible);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'print_template'"), 2);
}
END_TEST

START_TEST (test_template_defaults)
{
  g_autoptr (OfcPrintTemplate) small =
      ofc_print_template_new_default (OFC_PRINT_JOB_ORDER_STICKER, "40x30");
  g_autoptr (OfcPrintTemplate) tape =
      ofc_print_template_new_default (OFC_PRINT_JOB_ORDER_STICKER, "62");
  g_autoptr (OfcPrintTemplate) card =
      ofc_print_template_new_default (OFC_PRINT_JOB_CLIENT_CARD, "58x40");
  g_autoptr (OfcPrintTemplate) act = ofc_print_template_new_default (OFC_PRINT_JOB_ACT, "a4");
  g_autoptr (OfcPrintTemplate) copy = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert_int_eq (ofc_print_template_get_symbology (small), OFC_PRINT_SYMBOLOGY_QR);
  ck_assert_int_eq (ofc_print_template_get_symbology (tape), OFC_PRINT_SYMBOLOGY_BOTH);
  ck_assert_int_eq (ofc_print_template_get_symbology (card), OFC_PRINT_SYMBOLOGY_EAN13);
  ck_assert_ptr_nonnull (ofc_print_template_find_field (act, "warranty"));
  ck_assert_str_ne (ofc_print_template_get_footer (act), "");
  copy = ofc_print_template_copy (tape);
  ck_assert (ofc_print_template_set_fields_from_text (
      copy, "[{'id': <'number'>, 'size': <8.0>, 'future': <1>}, {'id': <'nope'>}]", &error));
  ck_assert_uint_eq (ofc_print_template_get_n_fields (copy), 1);
  ck_assert (!ofc_print_template_set_fields_from_text (copy, "[{'id': 3", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
}
END_TEST

START_TEST (test_auto_print_setting)
{
  g_autoptr (OfcPrinter) label = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_NONE);
  ck_assert (!ofc_print_settings_set_auto (context, OFC_PRINT_AUTO_STICKER, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  label = add_printer ("Labels", OFC_PRINTER_LANGUAGE_ZPL, "tcp://127.0.0.1:9101",
                       OFC_PRINTER_ROLE_LABEL);
  ck_assert (ofc_print_settings_set_auto (context, OFC_PRINT_AUTO_STICKER, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_print_settings_get_auto (context), OFC_PRINT_AUTO_STICKER);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'print_settings'"), 1);
}
END_TEST

static Suite *
printers_suite (void)
{
  Suite *suite = suite_create ("printers");
  TCase *printers = tcase_create ("printers");
  TCase *templates = tcase_create ("templates");

  tcase_add_checked_fixture (printers, setup, teardown);
  tcase_add_test (printers, test_create_and_read);
  tcase_add_test (printers, test_validation);
  tcase_add_test (printers, test_system_queue_names);
  tcase_add_test (printers, test_media_text);
  tcase_add_test (printers, test_unique_names_and_archive);
  tcase_add_test (printers, test_default_roles);
  tcase_add_test (printers, test_conflict);
  tcase_add_checked_fixture (templates, setup, teardown);
  tcase_add_test (templates, test_templates);
  tcase_add_test (templates, test_template_defaults);
  tcase_add_test (templates, test_auto_print_setting);
  suite_add_tcase (suite, printers);
  suite_add_tcase (suite, templates);
  return suite;
}

int
main (void)
{
  return ofc_test_run (printers_suite ());
}
