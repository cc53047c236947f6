/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The print worker against software printers on loopback TCP and a FIFO: jobs sent once
 * and exactly what the preview showed; paper running out mid-job, a printer that goes away
 * and comes back, garbage and slow replies, a connection cut mid-job, a bad or unreachable
 * address; a crash after the bytes went out; the lock that lets one process work a queue.
 * Every fault test counts what the printer printed: nothing lost, nothing twice.
 */
#include "config.h"

#include "ofc-printing-test.h"

#define WAIT_MS 8000

static OfcPrintJob *
wait_sent (OfcPrintingBench *bench, OfcPrintJob *job)
{
  OfcPrintJob *now = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_SENT, WAIT_MS);

  ck_assert_msg (ofc_print_job_get_state (now) == OFC_PRINT_JOB_SENT,
                 "job %" G_GINT64_FORMAT " is %s: %s", ofc_print_job_get_seq (now),
                 ofc_print_job_state_to_string (ofc_print_job_get_state (now)),
                 ofc_print_job_get_last_error (now));
  return now;
}

static OfcPrintJob *
wait_problem (OfcPrintingBench *bench, OfcPrintJob *job, const char *code)
{
  OfcPrintJob *now = ofc_printing_bench_wait_problem (bench, job, code, WAIT_MS);

  ck_assert_msg (g_str_equal (ofc_print_job_get_error_code (now), code),
                 "job %" G_GINT64_FORMAT " is %s with “%s”, not %s", ofc_print_job_get_seq (now),
                 ofc_print_job_state_to_string (ofc_print_job_get_state (now)),
                 ofc_print_job_get_last_error (now), code);
  return now;
}

static void
assert_same_bitmap (OfcBitmap *printed, OfcBitmap *preview)
{
  ck_assert_uint_eq (ofc_bitmap_get_width (printed), ofc_bitmap_get_width (preview));
  ck_assert_uint_eq (ofc_bitmap_get_height (printed), ofc_bitmap_get_height (preview));
  ck_assert_msg (ofc_bitmap_equal (printed, preview), "the printed label differs from the preview");
}

START_TEST (test_card_printed_as_previewed)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (OfcPrintOutput) preview = NULL;
  g_autoptr (OfcBitmap) page = NULL;
  g_autoptr (GBytes) payload = NULL;
  g_autoptr (GBytes) received = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_build_filename (bench->folder, "printed", NULL);
  g_autofree char *png = NULL;
  g_autofree char *decoded = NULL;
  OfcPrintRenderRequest request = { .kind = OFC_PRINT_JOB_CLIENT_CARD,
                                    .printer = bench->printer,
                                    .subjects = &bench->client_id,
                                    .n_subjects = 1 };

  ofc_emulator_set_out_dir (bench->emulator, folder);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, NULL);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_print_job_get_attempts (done), 1);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
  ck_assert_uint_eq (ofc_emulator_count_errors (bench->emulator), 0);
  /* the preview is the label that printed, dot for dot */
  preview = ofc_print_render (bench->context, &request, &error);
  ofc_assert_no_error (error);
  page = ofc_emulator_get_page (bench->emulator, 0);
  assert_same_bitmap (page, ofc_print_output_get_preview (preview));
  /* the bytes kept with the job are the bytes the printer got (between status queries) */
  payload = ofc_print_jobs_dup_payload (bench->context, done, &error);
  received = ofc_emulator_get_received (bench->emulator);
  ck_assert_ptr_nonnull (
      g_strstr_len (g_bytes_get_data (received, NULL), g_bytes_get_size (received), "^XA"));
  ck_assert_uint_ge (g_bytes_get_size (received), g_bytes_get_size (payload));
  png = ofc_emulator_get_page_path (bench->emulator, 0);
  decoded = ofc_test_zbar (png);
  ck_assert_str_eq (decoded, "2000000000015");
}
END_TEST

START_TEST (test_paper_out_mid_job)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ESCPOS, OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;
  g_autoptr (OfcPrintJob) done = NULL;

  /* the roll ends 200 bytes into the job: the printer keeps the rest in its buffer */
  ofc_emulator_set_paper_out_after (bench->emulator, 200);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  waiting = wait_problem (bench, job, "paper-out");
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_SENDING);
  ck_assert (ofc_print_job_is_written (waiting));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
  ck_assert_uint_eq (ofc_emulator_get_n_held (bench->emulator), 1);
  g_usleep (300000);
  /* new paper: the printer finishes the job by itself, the worker only asks */
  ofc_emulator_set_faults (bench->emulator, 0);
  done = wait_sent (bench, job);
  ck_assert_uint_ge (ofc_print_job_get_attempts (done), 2);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
  ck_assert (ofc_test_has_event (bench->emulator, "RESUMED"));
  if (ofc_emulator_count_errors (bench->emulator) > 0)
    ofc_test_dump_events (bench->emulator);
  ck_assert_uint_eq (ofc_emulator_count_errors (bench->emulator), 0);
}
END_TEST

START_TEST (test_paper_out_before_job)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_TSPL, OFC_EMULATOR_TSPL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (GListModel) history = NULL;
  g_autoptr (GError) error = NULL;

  ofc_emulator_set_faults (bench->emulator, OFC_EMULATOR_FAULT_PAPER_OUT);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, NULL);
  waiting = wait_problem (bench, job, "paper-out");
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_QUEUED);
  ck_assert (!ofc_print_job_is_written (waiting));
  ck_assert_ptr_nonnull (strstr (ofc_print_job_get_last_error (waiting), "Принтер"));
  g_usleep (400000);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
  ofc_emulator_set_faults (bench->emulator, 0);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
  /* the client's history: queued, delayed (once, however many attempts), printed */
  history = ofc_journal_list (bench->database, &bench->client_id, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (history), 4);
}
END_TEST

START_TEST (test_printer_gone_and_back)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;
  g_autoptr (OfcPrintJob) done = NULL;

  g_clear_pointer (&bench->server, ofc_emulator_server_free);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  waiting = wait_problem (bench, job, "offline");
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_QUEUED);
  g_usleep (500000);
  ofc_printing_bench_restart_server (bench);
  done = wait_sent (bench, job);
  ck_assert_uint_ge (ofc_print_job_get_attempts (done), 2);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

START_TEST (test_garbage_reply)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ESCPOS, OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;
  g_autoptr (OfcPrintJob) done = NULL;

  ofc_emulator_set_faults (bench->emulator, OFC_EMULATOR_FAULT_GARBAGE);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  waiting = wait_problem (bench, job, "bad-reply");
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_QUEUED);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
  ofc_emulator_set_faults (bench->emulator, 0);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

START_TEST (test_slow_printer)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_BROTHER_QL, OFC_EMULATOR_BROTHER_QL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;

  ofc_emulator_set_faults (bench->emulator, OFC_EMULATOR_FAULT_SLOW);
  ofc_emulator_set_reply_delay (bench->emulator, 400);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, NULL);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_print_job_get_attempts (done), 1);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

START_TEST (test_connection_cut_mid_job)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_TSPL, OFC_EMULATOR_TSPL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;
  g_autoptr (OfcPrintJob) done = NULL;

  /* the printer hangs up 300 bytes into the label: TSPL prints nothing without PRINT */
  ofc_emulator_set_faults (bench->emulator, OFC_EMULATOR_FAULT_CLOSE);
  ofc_emulator_set_close_after (bench->emulator, 300);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, NULL);
  g_object_unref (ofc_printing_bench_wait_problem (bench, job, "offline", WAIT_MS));
  /* back in the queue (only an unwritten job is): to be sent whole again */
  waiting = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_QUEUED, WAIT_MS);
  if (ofc_print_job_get_state (waiting) != OFC_PRINT_JOB_QUEUED)
    ofc_test_dump_events (bench->emulator);
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_QUEUED);
  ck_assert (!ofc_print_job_is_written (waiting));
  ck_assert_ptr_nonnull (strstr (ofc_print_job_get_last_error (waiting), "Принтер"));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
  ofc_emulator_set_faults (bench->emulator, 0);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

START_TEST (test_bad_and_unreachable_addresses)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrinter) bad = ofc_printing_bench_add_printer (
      bench, "Bad", OFC_PRINTER_LANGUAGE_ZPL, "serial:///dev/ttyUSB9?baud=fast");
  g_autoptr (OfcPrinter) absent = ofc_printing_bench_add_printer (
      bench, "Absent", OFC_PRINTER_LANGUAGE_ZPL, "usb:///nonexistent/lp0");
  g_autoptr (OfcPrintJob) first = NULL;
  g_autoptr (OfcPrintJob) second = NULL;
  g_autoptr (OfcPrintJob) failed = NULL;
  g_autoptr (OfcPrintJob) waiting = NULL;

  ofc_printing_bench_start (bench);
  first = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, bad);
  second = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, absent);
  failed = ofc_printing_bench_wait (bench, first, OFC_PRINT_JOB_FAILED, WAIT_MS);
  ck_assert_int_eq (ofc_print_job_get_state (failed), OFC_PRINT_JOB_FAILED);
  ck_assert_str_eq (ofc_print_job_get_error_code (failed), "bad-uri");
  ck_assert_ptr_nonnull (strstr (ofc_print_job_get_last_error (failed), "Bad"));
  waiting = wait_problem (bench, second, "offline");
  ck_assert_int_eq (ofc_print_job_get_state (waiting), OFC_PRINT_JOB_QUEUED);
  ck_assert_ptr_nonnull (strstr (ofc_print_job_get_last_error (waiting), "/nonexistent/lp0"));
}
END_TEST

START_TEST (test_usb_device_file_without_status)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_EPL, OFC_EMULATOR_EPL);
  g_autofree char *fifo = g_build_filename (bench->folder, "lp0", NULL);
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autoptr (OfcPrinter) usb = NULL;
  g_autofree char *uri = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_EPL);
  g_autoptr (GError) error = NULL;

  server = ofc_emulator_server_new_fifo (emulator, fifo, &error);
  ofc_assert_no_error (error);
  uri = ofc_emulator_server_get_uri (server);
  usb = ofc_printing_bench_add_printer (bench, "USB", OFC_PRINTER_LANGUAGE_EPL, uri);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_CLIENT_CARD, usb);
  done = wait_sent (bench, job);
  ck_assert (ofc_emulator_server_wait_jobs (server, 1, WAIT_MS));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
}
END_TEST

/* a crash left the job "sending": the worker that finds it decides from the row */
static OfcPrintJob *
crash_during (OfcPrintingBench *bench, gboolean after_last_byte)
{
  g_autoptr (OfcPrintJob) job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  g_autoptr (OfcPrintJob) due = NULL;
  g_autoptr (GError) error = NULL;
  gboolean claimed = FALSE;
  gint64 next;

  due = ofc_print_jobs_next_due (bench->database, &next, &error);
  ck_assert (ofc_print_jobs_begin_attempt (bench->database, due, &claimed, &error) && claimed);
  if (after_last_byte)
    ck_assert (ofc_print_jobs_mark_written (bench->database, due, &error));
  return g_steal_pointer (&job);
}

START_TEST (test_crash_after_sending)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ESCPOS, OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcPrintJob) job = crash_during (bench, TRUE);
  g_autoptr (OfcPrintJob) done = NULL;

  ofc_printing_bench_start (bench);
  done = wait_sent (bench, job);
  /* the printer answered; the job is sent and nothing was sent again */
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
  ck_assert_uint_eq (ofc_print_job_get_attempts (done), 2);
}
END_TEST

START_TEST (test_crash_before_last_byte)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrintJob) job = crash_during (bench, FALSE);
  g_autoptr (OfcPrintJob) done = NULL;

  ofc_printing_bench_start (bench);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

START_TEST (test_never_confirmed)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrintJob) job = crash_during (bench, TRUE);
  g_autoptr (OfcPrintJob) failed = NULL;

  ofc_emulator_set_faults (bench->emulator, OFC_EMULATOR_FAULT_SILENT);
  ofc_printing_bench_start (bench);
  failed = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_FAILED, WAIT_MS);
  ck_assert_int_eq (ofc_print_job_get_state (failed), OFC_PRINT_JOB_FAILED);
  ck_assert_str_eq (ofc_print_job_get_error_code (failed), "unconfirmed");
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 0);
}
END_TEST

START_TEST (test_one_process_works_the_queue)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcPrintQueue) second = ofc_print_queue_new (bench->context);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (GError) error = NULL;

  g_object_set (second, "poll-interval", 50, NULL);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  g_clear_object (&done);
  done = wait_sent (bench, job);
  ck_assert (ofc_print_queue_get_active (bench->queue));
  ck_assert (ofc_print_queue_start (second, &error));
  g_usleep (200000);
  ck_assert (!ofc_print_queue_get_active (second));
  ofc_print_queue_stop (bench->queue);
  g_clear_object (&job);
  job = ofc_printing_bench_enqueue (bench, OFC_PRINT_JOB_TEST_PAGE, NULL);
  g_clear_object (&done);
  done = wait_sent (bench, job);
  ck_assert (ofc_print_queue_get_active (second));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 2);
  ofc_print_queue_stop (second);
}
END_TEST

/* the order's sticker: what printed is the preview; its Code 128 reads as the number */
START_TEST (test_order_sticker)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL);
  g_autoptr (OfcOrder) order = ofc_printing_bench_add_order (bench);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (OfcPrintOutput) preview = NULL;
  g_autoptr (OfcBitmap) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_build_filename (bench->folder, "printed", NULL);
  g_autofree char *png = NULL;
  g_autofree char *found = NULL;
  OfcPrintRenderRequest request = { .kind = OFC_PRINT_JOB_ORDER_STICKER,
                                    .printer = bench->printer,
                                    .subjects = ofc_order_get_id (order),
                                    .n_subjects = 1 };

  ofc_emulator_set_out_dir (bench->emulator, folder);
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue_order (bench, OFC_PRINT_JOB_ORDER_STICKER, order);
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
  preview = ofc_print_render (bench->context, &request, &error);
  ofc_assert_no_error (error);
  page = ofc_emulator_get_page (bench->emulator, 0);
  assert_same_bitmap (page, ofc_print_output_get_preview (preview));
  png = ofc_emulator_get_page_path (bench->emulator, 0);
  found = ofc_test_zbar (png);
  ck_assert_str_eq (found, ofc_order_get_number (order));
}
END_TEST

/* an order number too big for the label: the job fails with a message saying so, and is
 * kept; after the template is fixed, a retry prints it */
START_TEST (test_sticker_does_not_fit)
{
  g_autoptr (OfcPrintingBench) bench =
      ofc_printing_bench_new (OFC_PRINTER_LANGUAGE_TSPL, OFC_EMULATOR_TSPL);
  g_autoptr (OfcOrder) order = ofc_printing_bench_add_order (bench);
  g_autoptr (OfcPrintTemplate) template_ = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) failed = NULL;
  g_autoptr (OfcPrintJob) done = NULL;
  g_autoptr (GError) error = NULL;

  template_ =
      ofc_print_template_load (bench->context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error);
  ck_assert (ofc_print_template_set_field (template_, "number", TRUE, 30, TRUE, 1));
  ck_assert (ofc_print_template_save (bench->context, template_, &error));
  ofc_printing_bench_start (bench);
  job = ofc_printing_bench_enqueue_order (bench, OFC_PRINT_JOB_ORDER_STICKER, order);
  failed = ofc_printing_bench_wait (bench, job, OFC_PRINT_JOB_FAILED, WAIT_MS);
  ck_assert_int_eq (ofc_print_job_get_state (failed), OFC_PRINT_JOB_FAILED);
  ck_assert_str_eq (ofc_print_job_get_error_code (failed), "does-not-fit");
  ck_assert_ptr_nonnull (strstr (ofc_print_job_get_last_error (failed), "58x40 mm"));
  ck_assert_ptr_nonnull (
      strstr (ofc_print_job_get_last_error (failed), ofc_order_get_number (order)));
  ck_assert (!ofc_print_job_has_payload (failed));
  ck_assert_uint_eq (ofc_emulator_get_n_jobs (bench->emulator), 0);
  ck_assert (
      ofc_print_template_reset (bench->context, OFC_PRINT_JOB_ORDER_STICKER, "58x40", &error));
  ck_assert (ofc_print_jobs_retry (bench->context, failed, &error));
  done = wait_sent (bench, job);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (bench->emulator), 1);
}
END_TEST

static Suite *
worker_suite (void)
{
  Suite *suite = suite_create ("print-worker");
  TCase *printing = tcase_create ("printing");
  TCase *faults = tcase_create ("faults");
  TCase *recovery = tcase_create ("recovery");

  tcase_add_test (printing, test_card_printed_as_previewed);
  tcase_add_test (printing, test_usb_device_file_without_status);
  tcase_add_test (printing, test_order_sticker);
  tcase_add_test (printing, test_sticker_does_not_fit);
  tcase_add_test (faults, test_paper_out_mid_job);
  tcase_add_test (faults, test_paper_out_before_job);
  tcase_add_test (faults, test_printer_gone_and_back);
  tcase_add_test (faults, test_garbage_reply);
  tcase_add_test (faults, test_slow_printer);
  tcase_add_test (faults, test_connection_cut_mid_job);
  tcase_add_test (faults, test_bad_and_unreachable_addresses);
  tcase_add_test (recovery, test_crash_after_sending);
  tcase_add_test (recovery, test_crash_before_last_byte);
  tcase_add_test (recovery, test_never_confirmed);
  tcase_add_test (recovery, test_one_process_works_the_queue);
  suite_add_tcase (suite, printing);
  suite_add_tcase (suite, faults);
  suite_add_tcase (suite, recovery);
  return suite;
}

int
main (void)
{
  return ofc_test_run (worker_suite ());
}
