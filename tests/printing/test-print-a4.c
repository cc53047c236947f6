/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * A4 documents and the system print service: the act and the A4 intake receipt as PDF,
 * the same bytes for the same document, tables continuing on the next page, pages drawn
 * for a print dialog; `lp` (a fake one on PATH) taking, refusing or hanging on a job, and
 * a system printer's job through the print worker.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-printing-test.h"

static char *folder;
static char *log_path;

/* a stand-in for CUPS's lp: OFC_FAKE_LP says how it behaves */
static const char fake_lp[] =
    "#!/bin/sh\n"
    "case \"$OFC_FAKE_LP\" in\n"
    "  unknown) echo 'lp: The printer or class does not exist.' >&2; exit 1 ;;\n"
    "  hang) sleep 30 ;;\n"
    "esac\n"
    "echo \"$@\" >> \"$OFC_FAKE_LP_LOG\"\n"
    "for last; do :; done\n"
    "head -c 4 \"$last\" >> \"$OFC_FAKE_LP_LOG\"\n"
    "echo >> \"$OFC_FAKE_LP_LOG\"\n"
    "echo 'request id is Office-1 (1 file(s))'\n";

static void
setup (void)
{
  g_autofree char *lp = NULL;
  g_autofree char *path = NULL;

  folder = ofc_test_make_tmpdir ();
  lp = g_build_filename (folder, "lp", NULL);
  log_path = g_build_filename (folder, "lp.log", NULL);
  ck_assert (g_file_set_contents (lp, fake_lp, -1, NULL));
  g_chmod (lp, 0755);
  path = g_strconcat (folder, ":", g_getenv ("PATH"), NULL);
  g_setenv ("PATH", path, TRUE);
  g_setenv ("OFC_FAKE_LP_LOG", log_path, TRUE);
  g_setenv ("OFC_FAKE_LP", "ok", TRUE);
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&log_path, g_free);
}

static OfcPrinter *
office (void)
{
  return ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_SYSTEM, "Office_A4", NULL);
}

START_TEST (test_act_pdf)
{
  g_autoptr (OfcPrinter) printer = office ();
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) first =
      ofc_printing_test_render (OFC_PRINT_JOB_ACT, printer, NULL, data);
  g_autoptr (OfcPrintOutput) second =
      ofc_printing_test_render (OFC_PRINT_JOB_ACT, printer, NULL, data);
  GBytes *pdf = ofc_print_output_get_payload (first);

  ck_assert_str_eq (ofc_print_output_get_format (first), "pdf");
  ck_assert (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);
  /* the same document gives the same bytes: a reprint is the same file */
  ck_assert (g_bytes_equal (pdf, ofc_print_output_get_payload (second)));
  ck_assert_uint_eq (ofc_a4_document_get_n_pages (ofc_print_output_get_document (first)), 1);
  ck_assert_ptr_null (ofc_print_output_get_preview (first));
}
END_TEST

START_TEST (test_table_continues)
{
  g_autoptr (OfcPrinter) printer = office ();
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output = NULL;
  OfcA4Document *document;
  cairo_surface_t *page;

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr (OfcPrintData) row = ofc_print_data_new ();
      g_autofree char *name = g_strdup_printf ("Работа номер %u с длинным названием", i + 1);

      ofc_print_data_set (row, "name", name);
      ofc_print_data_set (row, "quantity", "1");
      ofc_print_data_set (row, "price", "100,00");
      ofc_print_data_set (row, "amount", "100,00");
      ofc_print_data_add_row (data, row);
    }
  output = ofc_printing_test_render (OFC_PRINT_JOB_ACT, printer, NULL, data);
  document = ofc_print_output_get_document (output);
  ck_assert_uint_ge (ofc_a4_document_get_n_pages (document), 2);
  page = ofc_a4_document_render_page (document, 1, 72);
  ck_assert_int_eq (cairo_surface_status (page), CAIRO_STATUS_SUCCESS);
  ck_assert_int_eq (cairo_image_surface_get_width (page), 595);
  cairo_surface_destroy (page);
}
END_TEST

START_TEST (test_intake_a4)
{
  g_autoptr (OfcPrinter) printer = office ();
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output =
      ofc_printing_test_render (OFC_PRINT_JOB_INTAKE_RECEIPT, printer, NULL, data);
  g_autofree char *png = g_build_filename (folder, "intake.png", NULL);
  g_autofree char *found = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert_str_eq (ofc_print_output_get_format (output), "pdf");
  ck_assert (ofc_print_output_write_preview (output, png, &error));
  found = ofc_test_zbar (png);
  ck_assert_str_eq (found, OFC_TEST_ORDER);
}
END_TEST

START_TEST (test_lp)
{
  g_autoptr (GBytes) pdf = g_bytes_new_static ("%PDF-1.5 fake", 13);
  g_autoptr (GError) error = NULL;
  g_autofree char *log = NULL;
  gint64 start;

  ck_assert (ofc_cups_print ("Office_A4", pdf, "Акт A-000123", 2, 5000, &error));
  ofc_assert_no_error (error);
  ck_assert (g_file_get_contents (log_path, &log, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (log, "-d Office_A4 -n 2 -t Акт A-000123 -- "));
  ck_assert_ptr_nonnull (strstr (log, "%PDF"));
  g_setenv ("OFC_FAKE_LP", "unknown", TRUE);
  ck_assert (!ofc_cups_print ("Nowhere", pdf, "x", 1, 5000, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_URI);
  ck_assert_ptr_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);
  g_setenv ("OFC_FAKE_LP", "hang", TRUE);
  start = g_get_monotonic_time ();
  ck_assert (!ofc_cups_print ("Office_A4", pdf, "x", 1, 500, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT);
  ck_assert_int_lt (g_get_monotonic_time () - start, 5 * G_USEC_PER_SEC);
}
END_TEST

START_TEST (test_system_printer_job)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrinter) a4 =
      ofc_printing_bench_add_printer (bench, "A4", OFC_PRINTER_LANGUAGE_SYSTEM, "Office_A4");
  g_autoptr (OfcPrinter) missing =
      ofc_printing_bench_add_printer (bench, "Missing", OFC_PRINTER_LANGUAGE_SYSTEM, "Gone");
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (OfcPrintJob) refused = NULL;
  g_autofree char *log = NULL;

  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, a4);
  done = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_SENT, 8000);
  ck_assert_int_eq (ofc_print_job_get_state (done), OFC_PRINT_JOB_SENT);
  ck_assert_str_eq (ofc_print_job_get_payload_format (done), "pdf");
  ck_assert (g_file_get_contents (log_path, &log, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (log, "-d Office_A4 -n 1"));
  g_setenv ("OFC_FAKE_LP", "unknown", TRUE);
  g_clear_object (&job);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, missing);
  refused = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_FAILED, 8000);
  ck_assert_int_eq (ofc_print_job_get_state (refused), OFC_PRINT_JOB_FAILED);
  ck_assert_str_eq (ofc_print_job_get_error_code (refused), "bad-uri");
}
END_TEST

static Suite *
a4_suite (void)
{
  Suite *suite = suite_create ("print-a4");
  TCase *documents = tcase_create ("documents");
  TCase *spooler = tcase_create ("spooler");

  tcase_add_checked_fixture (documents, setup, teardown);
  tcase_add_test (documents, test_act_pdf);
  tcase_add_test (documents, test_table_continues);
  tcase_add_test (documents, test_intake_a4);
  tcase_add_checked_fixture (spooler, setup, teardown);
  tcase_add_test (spooler, test_lp);
  tcase_add_test (spooler, test_system_printer_job);
  suite_add_tcase (suite, documents);
  suite_add_tcase (suite, spooler);
  return suite;
}

int
main (void)
{
  return ofc_test_run (a4_suite ());
}
