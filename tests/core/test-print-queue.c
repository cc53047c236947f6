/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The print queue in the database: adding jobs (checked against the printer and the
 * record printed), joining a caller's transaction, the worker's transitions and their
 * journal entries, the order of jobs per printer, what people do with jobs (retry, cancel,
 * reprint with the same bytes, move), counts and the list model.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

static char *folder;
static OfcTestClock test_clock = { 1780308000000000 }; /* 2026-06-01 10:00 UTC */
static OfcDatabase *database;
static OfcContext *context;
static OfcPrinter *labels;
static OfcPrinter *receipts;
static OfcUuid client_id;

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
add_client (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, &error);
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  ofc_client_set_name (client, "Иванов Иван");
  ofc_client_add_phone (client, "+7 926 123-45-67", NULL);
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  client_id = *ofc_client_get_id (client);
}

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  database = ofc_test_open_database (folder, &test_clock);
  context = ofc_context_new (database);
  labels = add_printer ("Labels", OFC_PRINTER_LANGUAGE_ZPL, "tcp://127.0.0.1:9101",
                        OFC_PRINTER_ROLE_LABEL);
  receipts = add_printer ("Receipts", OFC_PRINTER_LANGUAGE_ESCPOS, "usb:///dev/usb/lp0",
                          OFC_PRINTER_ROLE_RECEIPT);
  add_client ();
}

static void
teardown (void)
{
  g_clear_object (&labels);
  g_clear_object (&receipts);
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

static OfcPrintJob *
enqueue_card (OfcPrinter *printer)
{
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_CLIENT_CARD,
                              .printer_id = printer != NULL ? ofc_printer_get_id (printer) : NULL,
                              .subjects = &client_id,
                              .n_subjects = 1 };
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job = ofc_print_jobs_enqueue (context, &request, &error);

  ofc_assert_no_error (error);
  return job;
}

static OfcPrintJob *
enqueue_test_page (OfcPrinter *printer)
{
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_TEST_PAGE,
                              .printer_id = ofc_printer_get_id (printer) };
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job = ofc_print_jobs_enqueue (context, &request, &error);

  ofc_assert_no_error (error);
  return job;
}

static void
on_changed (OfcContext *self, const char *entity, guint *calls)
{
  (*calls)++;
}

START_TEST (test_enqueue)
{
  guint calls = 0;
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (GListModel) history = NULL;
  g_autoptr (GError) error = NULL;

  g_signal_connect (context, "changed::print-job", G_CALLBACK (on_changed), &calls);
  job = enqueue_card (NULL);
  ck_assert_uint_eq (calls, 1);
  ck_assert_int_eq (ofc_print_job_get_seq (job), 1);
  ck_assert_int_eq (ofc_print_job_get_state (job), OFC_PRINT_JOB_QUEUED);
  ck_assert_str_eq (ofc_print_job_get_title (job), "Иванов Иван");
  ck_assert_str_eq (ofc_print_job_get_printer_name (job), "Labels");
  ck_assert_uint_eq (ofc_print_job_get_copies (job), 1);
  ck_assert_uint_eq (ofc_print_job_get_n_subjects (job), 1);
  ck_assert (ofc_uuid_equal (ofc_print_job_get_subject (job, 0), &client_id));
  ck_assert (!ofc_print_job_has_payload (job));
  /* the job shows in the client's history */
  history = ofc_journal_list (database, &client_id, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (history), 2);
}
END_TEST

START_TEST (test_enqueue_refused)
{
  OfcUuid nobody;
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_ACT };
  g_autoptr (GError) error = NULL;

  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  g_clear_error (&error);
  request.subjects = &client_id;
  request.n_subjects = 1;
  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  ck_assert_ptr_nonnull (strstr (error->message, "A4 printer"));
  g_clear_error (&error);
  request.printer_id = ofc_printer_get_id (receipts);
  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "printer");
  g_clear_error (&error);
  request = (OfcPrintRequest){
    .kind = OFC_PRINT_JOB_CLIENT_CARD, .subjects = &nobody, .n_subjects = 1, .copies = 3
  };
  ofc_uuid_generate (&nobody);
  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  request.subjects = &client_id;
  request.copies = 100;
  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  g_clear_error (&error);
  request = (OfcPrintRequest){ .kind = OFC_PRINT_JOB_TEST_PAGE };
  ck_assert_ptr_null (ofc_print_jobs_enqueue (context, &request, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_int_eq (count ("SELECT count(*) FROM print_job"), 0);
}
END_TEST

START_TEST (test_in_callers_transaction)
{
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_CLIENT_CARD,
                              .subjects = &client_id,
                              .n_subjects = 1 };
  g_autoptr (GError) error = NULL;
  OfcTransaction *transaction;
  OfcUuid id;

  transaction = ofc_database_begin (database, &error);
  ck_assert (ofc_print_jobs_add (database, &request, &id, &error));
  ofc_transaction_free (transaction);
  ck_assert_int_eq (count ("SELECT count(*) FROM print_job"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'print_job'"), 0);
  transaction = ofc_database_begin (database, &error);
  ck_assert (ofc_print_jobs_add (database, &request, &id, &error));
  ck_assert (ofc_transaction_commit (transaction, &error));
  ofc_transaction_free (transaction);
  ck_assert_int_eq (count ("SELECT count(*) FROM print_job"), 1);
}
END_TEST

static OfcPrintJob *
next_due (gint64 *due)
{
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job = ofc_print_jobs_next_due (database, due, &error);

  ofc_assert_no_error (error);
  return job;
}

START_TEST (test_worker_transitions)
{
  g_autoptr (OfcPrintJob) queued = enqueue_card (NULL);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) read = NULL;
  g_autoptr (GBytes) payload = g_bytes_new_static ("^XA^XZ", 6);
  g_autoptr (GError) error = NULL;
  gboolean claimed;
  gint64 due;

  job = next_due (&due);
  ck_assert_ptr_nonnull (job);
  ck_assert (ofc_print_jobs_store_payload (database, job, "zpl", payload, &error));
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error) && claimed);
  ck_assert (ofc_print_jobs_mark_waiting (database, job, "offline", "Принтер не в сети",
                                          test_clock.now_us + 2000000, &error));
  ck_assert_int_eq (ofc_print_job_get_state (job), OFC_PRINT_JOB_QUEUED);
  ck_assert_ptr_null (next_due (&due));
  ck_assert_int_eq (due, test_clock.now_us + 2000000);
  /* the same problem again is bookkeeping, not history */
  test_clock.now_us += 2000000;
  g_clear_object (&job);
  job = next_due (&due);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error) && claimed);
  ck_assert (ofc_print_jobs_mark_waiting (database, job, "offline", "Принтер не в сети",
                                          test_clock.now_us, &error));
  g_clear_object (&job);
  job = next_due (&due);
  ck_assert_uint_eq (ofc_print_job_get_attempts (job), 2);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error) && claimed);
  ck_assert (ofc_print_jobs_mark_written (database, job, &error));
  ck_assert (ofc_print_jobs_mark_sent (database, job, &error));
  read = ofc_print_jobs_get (context, ofc_print_job_get_id (queued), &error);
  ck_assert_int_eq (ofc_print_job_get_state (read), OFC_PRINT_JOB_SENT);
  ck_assert_str_eq (ofc_print_job_get_last_error (read), "");
  ck_assert_str_eq (ofc_print_job_get_payload_format (read), "zpl");
  ck_assert_int_eq (ofc_print_job_get_sent_at (read), test_clock.now_us);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'print_job'"), 3);
  g_clear_object (&job);
  ck_assert_ptr_null (next_due (&due));
  ck_assert_int_eq (due, 0);
}
END_TEST

START_TEST (test_written_job_is_never_requeued)
{
  g_autoptr (OfcPrintJob) queued = enqueue_test_page (receipts);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) again = NULL;
  g_autoptr (GError) error = NULL;
  gboolean claimed;
  gint64 due;

  job = next_due (&due);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error) && claimed);
  ck_assert (ofc_print_jobs_mark_written (database, job, &error));
  ck_assert (ofc_print_jobs_mark_waiting (database, job, "paper-out", "Нет бумаги",
                                          test_clock.now_us, &error));
  /* a crash here: the next worker finds it sending and written */
  again = next_due (&due);
  ck_assert_int_eq (ofc_print_job_get_state (again), OFC_PRINT_JOB_SENDING);
  ck_assert (ofc_print_job_is_written (again));
  ck_assert_str_eq (ofc_print_job_get_error_code (again), "paper-out");
  ck_assert (ofc_print_jobs_begin_attempt (database, again, &claimed, &error) && claimed);
  ck_assert_uint_eq (ofc_print_job_get_attempts (again), 2);
  /* a person cancels it while the worker asks the printer; the worker's word comes late */
  ck_assert (ofc_print_jobs_cancel (context, again, &error));
  ck_assert (ofc_print_jobs_mark_sent (database, again, &error));
  g_clear_object (&job);
  job = ofc_print_jobs_get (context, ofc_print_job_get_id (queued), &error);
  ck_assert_int_eq (ofc_print_job_get_state (job), OFC_PRINT_JOB_CANCELLED);
}
END_TEST

START_TEST (test_interrupted_job_is_sent_again)
{
  g_autoptr (OfcPrintJob) queued = enqueue_test_page (labels);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (OfcPrintJob) again = NULL;
  g_autoptr (GError) error = NULL;
  gboolean claimed;
  gint64 due;

  job = next_due (&due);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error) && claimed);
  ck_assert (ofc_print_jobs_mark_written (database, job, &error));
  ck_assert (ofc_print_jobs_mark_interrupted (database, job, "offline", "Соединение разорвано",
                                              test_clock.now_us, &error));
  ofc_assert_no_error (error);
  again = next_due (&due);
  ck_assert_int_eq (ofc_print_job_get_state (again), OFC_PRINT_JOB_QUEUED);
  ck_assert (!ofc_print_job_is_written (again));
  ck_assert_str_eq (ofc_print_job_get_error_code (again), "offline");
}
END_TEST

START_TEST (test_order_per_printer)
{
  g_autoptr (OfcPrintJob) first = enqueue_test_page (labels);
  g_autoptr (OfcPrintJob) second = enqueue_test_page (labels);
  g_autoptr (OfcPrintJob) other = enqueue_test_page (receipts);
  g_autoptr (OfcPrintJob) job = NULL;
  g_autoptr (GError) error = NULL;
  gboolean claimed;
  gint64 due;

  job = next_due (&due);
  ck_assert_int_eq (ofc_print_job_get_seq (job), 1);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error));
  ck_assert (ofc_print_jobs_mark_waiting (database, job, "paper-out", "Нет этикеток",
                                          test_clock.now_us + 1000000, &error));
  g_clear_object (&job);
  /* the label printer's second job waits behind the first; the receipt printer goes on */
  job = next_due (&due);
  ck_assert_int_eq (ofc_print_job_get_seq (job), 3);
  ck_assert (ofc_print_jobs_begin_attempt (database, job, &claimed, &error));
  ck_assert (ofc_print_jobs_mark_failed (database, job, "bad-uri", "Неверный адрес", &error));
  g_clear_object (&job);
  ck_assert_ptr_null (next_due (&due));
  ck_assert_int_eq (due, test_clock.now_us + 1000000);
  /* a disabled printer's jobs wait */
  ofc_printer_set_enabled (labels, FALSE);
  ck_assert (ofc_printer_store_update (context, labels, &error));
  test_clock.now_us += 1000000;
  ck_assert_ptr_null (next_due (&due));
  ck_assert_int_eq (due, 0);
}
END_TEST

START_TEST (test_retry_cancel_rules)
{
  g_autoptr (OfcPrintJob) job = enqueue_test_page (labels);
  g_autoptr (OfcPrintJob) read = NULL;
  g_autoptr (GError) error = NULL;
  gboolean claimed;
  gint64 due;

  read = next_due (&due);
  ck_assert (ofc_print_jobs_begin_attempt (database, read, &claimed, &error));
  ck_assert (!ofc_print_jobs_cancel (context, read, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  ck_assert (ofc_print_jobs_mark_failed (database, read, "does-not-fit", "Не помещается", &error));
  ck_assert (ofc_print_jobs_retry (context, read, &error));
  g_clear_object (&read);
  read = ofc_print_jobs_find (context, "#1", &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_print_job_get_state (read), OFC_PRINT_JOB_QUEUED);
  ck_assert_uint_eq (ofc_print_job_get_attempts (read), 0);
  ck_assert (ofc_print_jobs_cancel (context, read, &error));
  ck_assert (!ofc_print_jobs_retry (context, read, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  ck_assert_ptr_null (ofc_print_jobs_find (context, "42", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ck_assert_ptr_null (ofc_print_jobs_find (context, "forty", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
}
END_TEST

START_TEST (test_reprint_and_move)
{
  g_autoptr (OfcPrinter) zebra2 =
      add_printer ("Zebra 2", OFC_PRINTER_LANGUAGE_ZPL, "tcp://127.0.0.1:9102", 0);
  g_autoptr (OfcPrinter) tsc =
      add_printer ("TSC", OFC_PRINTER_LANGUAGE_TSPL, "tcp://127.0.0.1:9103", 0);
  g_autoptr (OfcPrintJob) job = enqueue_card (NULL);
  g_autoptr (OfcPrintJob) same = NULL;
  g_autoptr (OfcPrintJob) other = NULL;
  g_autoptr (OfcPrintJob) moved = NULL;
  g_autoptr (GBytes) payload = g_bytes_new_static ("^XA^FDold^XZ", 12);
  g_autoptr (GBytes) copied = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_print_jobs_store_payload (database, job, "zpl", payload, &error));
  same = ofc_print_jobs_reprint (context, job, ofc_printer_get_id (zebra2), &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_uuid_equal (ofc_print_job_get_reprint_of (same), ofc_print_job_get_id (job)));
  copied = ofc_print_jobs_dup_payload (context, same, &error);
  ck_assert (g_bytes_equal (copied, payload));
  other = ofc_print_jobs_reprint (context, job, ofc_printer_get_id (tsc), &error);
  ck_assert (!ofc_print_job_has_payload (other));
  ck_assert (ofc_print_jobs_move (context, same, ofc_printer_get_id (tsc), &error));
  moved = ofc_print_jobs_get (context, ofc_print_job_get_id (same), &error);
  ck_assert_str_eq (ofc_print_job_get_printer_name (moved), "TSC");
  ck_assert (!ofc_print_job_has_payload (moved));
}
END_TEST

START_TEST (test_counts_and_list)
{
  g_autoptr (OfcPrintJobList) list = ofc_print_job_list_new (context, 10);
  g_autoptr (OfcPrintJob) a = NULL;
  g_autoptr (OfcPrintJob) b = NULL;
  g_autoptr (OfcPrintJob) first = NULL;
  g_autoptr (GError) error = NULL;
  OfcPrintJobCounts counts;

  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 0);
  a = enqueue_test_page (labels);
  b = enqueue_test_page (receipts);
  ck_assert (ofc_print_jobs_cancel (context, a, &error));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (list)), 2);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  ck_assert_int_eq (ofc_print_job_get_seq (first), 2);
  ck_assert_uint_eq (ofc_print_job_list_find (list, ofc_print_job_get_id (a)), 1);
  ck_assert (ofc_print_jobs_count (context, &counts, &error));
  ck_assert_uint_eq (counts.queued, 1);
  ck_assert_uint_eq (counts.cancelled, 1);
  ck_assert_uint_eq (counts.sent + counts.failed + counts.waiting + counts.sending, 0);
}
END_TEST

static OfcOrder *
take_in (void)
{
  return ofc_test_create_order (context, &client_id, "Apple", "iPhone 12", "356789012345678");
}

START_TEST (test_auto_print_on_intake)
{
  g_autoptr (OfcOrder) quiet = NULL;
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcOrder) without_labels = NULL;
  g_autoptr (GPtrArray) jobs = NULL;
  g_autoptr (GListModel) history = NULL;
  g_autoptr (GError) error = NULL;
  guint calls = 0;

  quiet = take_in ();
  ck_assert_int_eq (count ("SELECT count(*) FROM print_job"), 0);
  ck_assert (ofc_print_settings_set_auto (
      context, OFC_PRINT_AUTO_STICKER | OFC_PRINT_AUTO_INTAKE_RECEIPT, &error));
  g_signal_connect (context, "changed::print-job", G_CALLBACK (on_changed), &calls);
  order = take_in ();
  ck_assert_uint_eq (calls, 1);
  jobs = ofc_print_jobs_list_for_subject (context, ofc_order_get_id (order), &error);
  ck_assert_uint_eq (jobs->len, 2);
  ck_assert_int_eq (ofc_print_job_get_kind (g_ptr_array_index (jobs, 0)),
                    OFC_PRINT_JOB_INTAKE_RECEIPT);
  ck_assert_str_eq (ofc_print_job_get_printer_name (g_ptr_array_index (jobs, 0)), "Receipts");
  ck_assert_str_eq (ofc_print_job_get_title (g_ptr_array_index (jobs, 1)),
                    ofc_order_get_number (order));
  /* the order's history tells what was queued for it */
  history = ofc_journal_list (database, ofc_order_get_id (order), &error);
  ck_assert_uint_eq (g_list_model_get_n_items (history), 3);
  /* no default label printer any more: the order is taken in all the same */
  ck_assert (ofc_printer_store_archive (context, labels, &error));
  without_labels = take_in ();
  ck_assert_int_eq (count ("SELECT count(*) FROM print_job"), 3);
}
END_TEST

START_TEST (test_order_print_data)
{
  g_autoptr (OfcOrder) order = take_in ();
  g_autoptr (OfcOrderWork) work = ofc_order_work_new ("Замена дисплея", 500000);
  g_autoptr (OfcPrintData) data = NULL;
  g_autoptr (GError) error = NULL;
  OfcPrintData *row;

  ofc_order_work_set_warranty_days (work, 90);
  ck_assert (ofc_order_add_work (context, order, work, &error));
  ofc_assert_no_error (error);
  data = ofc_print_data_load (context, OFC_PRINT_SUBJECT_ORDER, ofc_order_get_id (order), &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_print_data_get (data, "number"), ofc_order_get_number (order));
  ck_assert_str_eq (ofc_print_data_get (data, "client-name"), "Иванов Иван");
  ck_assert_str_eq (ofc_print_data_get (data, "phone-last4"), "4567");
  ck_assert_str_eq (ofc_print_data_get (data, "serial"), "356789012345678");
  ck_assert_ptr_nonnull (strstr (ofc_print_data_get (data, "device"), "iPhone 12"));
  ck_assert_str_ne (ofc_print_data_get (data, "shop-name"), "");
  ck_assert_str_ne (ofc_print_data_get (data, "date"), "");
  ck_assert_uint_eq (ofc_print_data_get_n_rows (data), 1);
  row = ofc_print_data_get_row (data, 0);
  ck_assert_str_eq (ofc_print_data_get (row, "name"), "Замена дисплея");
  ck_assert_str_eq (ofc_print_data_get (row, "warranty"), "90 days");
  ck_assert_ptr_nonnull (strstr (ofc_print_data_get (data, "total"), "5"));
}
END_TEST

static Suite *
queue_suite (void)
{
  Suite *suite = suite_create ("print-queue");
  TCase *add = tcase_create ("add");
  TCase *worker = tcase_create ("worker");
  TCase *people = tcase_create ("people");

  tcase_add_checked_fixture (add, setup, teardown);
  tcase_add_test (add, test_enqueue);
  tcase_add_test (add, test_enqueue_refused);
  tcase_add_test (add, test_in_callers_transaction);
  tcase_add_test (add, test_auto_print_on_intake);
  tcase_add_test (add, test_order_print_data);
  tcase_add_checked_fixture (worker, setup, teardown);
  tcase_add_test (worker, test_worker_transitions);
  tcase_add_test (worker, test_written_job_is_never_requeued);
  tcase_add_test (worker, test_interrupted_job_is_sent_again);
  tcase_add_test (worker, test_order_per_printer);
  tcase_add_checked_fixture (people, setup, teardown);
  tcase_add_test (people, test_retry_cancel_rules);
  tcase_add_test (people, test_reprint_and_move);
  tcase_add_test (people, test_counts_and_list);
  suite_add_tcase (suite, add);
  suite_add_tcase (suite, worker);
  suite_add_tcase (suite, people);
  return suite;
}

int
main (void)
{
  return ofc_test_run (queue_suite ());
}
