/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Sample data, printers, rendering with fixed fonts, golden files, and a database with a
 * running print queue in front of a software printer.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-printing-test.h"
#include "ofc-test-orders.h"

/**
 * ofc_printing_test_order_data:
 *
 * Returns: (transfer full): an order as ofc_print_data_load() gives it: Cyrillic text, a
 *   malfunction long enough to wrap, a ruble amount (not in CP866) and two works
 */
OfcPrintData *
ofc_printing_test_order_data (void)
{
  static const char *const fields[][2] = {
    { "number", OFC_TEST_ORDER },
    { "date", "22.11.2026 10:15" },
    { "client-name", "Иванов Иван Иванович" },
    { "client-phone", "+7 926 123-45-67" },
    { "phone-last4", "4567" },
    { "device", "Смартфон Apple iPhone 12" },
    { "serial", "356789012345678" },
    { "malfunction", "Не включается после падения, разбит экран" },
    { "appearance", "Царапины на корпусе" },
    { "completeness", "Телефон, чехол" },
    { "estimate", "3 500,00 ₽" },
    { "deadline", "25.11.2026" },
    { "location", "Мастерская на Ленина" },
    { "shop-name", "Сервис «Мастер»" },
    { "shop-address", "ул. Ленина, 1" },
    { "shop-phone", "+7 495 000-00-00" },
    { "closed", "24.11.2026 18:00" },
    { "verdict", "Заменён дисплейный модуль" },
    { "total", "5 490,00 ₽" },
  };
  static const char *const works[][5] = {
    { "Замена дисплея", "1", "5 000,00", "5 000,00", "90 дней" },
    { "Защитное стекло", "1", "490,00", "490,00", "" },
  };
  OfcPrintData *data = ofc_print_data_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    ofc_print_data_set (data, fields[i][0], fields[i][1]);
  for (guint i = 0; i < G_N_ELEMENTS (works); i++)
    {
      g_autoptr (OfcPrintData) row = ofc_print_data_new ();

      ofc_print_data_set (row, "name", works[i][0]);
      ofc_print_data_set (row, "quantity", works[i][1]);
      ofc_print_data_set (row, "price", works[i][2]);
      ofc_print_data_set (row, "amount", works[i][3]);
      ofc_print_data_set (row, "warranty", works[i][4]);
      ofc_print_data_add_row (data, row);
    }
  return data;
}

OfcPrintData *
ofc_printing_test_client_data (void)
{
  OfcPrintData *data = ofc_print_data_new ();

  ofc_print_data_set (data, "client-name", "Петрова Анна");
  ofc_print_data_set (data, "card-code", "2000000000015");
  ofc_print_data_set (data, "discount", "10 %");
  return data;
}

/**
 * ofc_printing_test_printer:
 * @media: (nullable): e.g. "58x40"; %NULL for the language's default
 *
 * Returns: (transfer full): an unsaved printer
 */
OfcPrinter *
ofc_printing_test_printer (OfcPrinterLanguage language, const char *uri, const char *media)
{
  OfcPrinter *printer = ofc_printer_new (language);

  ofc_printer_set_name (printer, "Тест");
  ofc_printer_set_uri (printer, uri);
  if (media != NULL)
    ck_assert (ofc_printer_set_media_text (printer, media, NULL));
  return printer;
}

/* the default template in a font every test machine has, so golden files match */
OfcPrintTemplate *
ofc_printing_test_template (OfcPrintJobKind kind, OfcPrinter *printer)
{
  g_autofree char *size = ofc_print_get_template_size (kind, printer);
  OfcPrintTemplate *template_ = ofc_print_template_new_default (kind, size);

  ofc_print_template_set_font (template_, OFC_PRINTING_TEST_FONT);
  return template_;
}

/**
 * ofc_printing_test_render:
 * @template_: (nullable): %NULL for ofc_printing_test_template()
 * @data: (nullable): what to print; %NULL for test pages
 */
OfcPrintOutput *
ofc_printing_test_render (OfcPrintJobKind kind,
                          OfcPrinter *printer,
                          OfcPrintTemplate *template_,
                          OfcPrintData *data)
{
  g_autoptr (OfcPrintTemplate) fallback = NULL;
  g_autoptr (GError) error = NULL;
  OfcPrintRenderRequest request = { .kind = kind,
                                    .printer = printer,
                                    .template_ = template_,
                                    .copies = 1,
                                    .time = OFC_PRINTING_TEST_TIME };
  OfcPrintOutput *output;

  if (template_ == NULL && kind != OFC_PRINT_JOB_TEST_PAGE)
    request.template_ = fallback = ofc_printing_test_template (kind, printer);
  output = ofc_print_render_data (&request, &data, data != NULL ? 1 : 0, &error);
  ofc_assert_no_error (error);
  return output;
}

/**
 * ofc_printing_test_check_golden:
 * @name: the file name in tests/printing/golden
 *
 * As ofc_test_check_golden() for the printing suite's files; OFC_UPDATE_GOLDEN=1 rewrites
 * them (see tests/printing/golden/README.md).
 */
void
ofc_printing_test_check_golden (GBytes *actual, const char *name)
{
  g_autofree char *path =
      g_build_filename (ofc_test_source_path ("printing"), "golden", name, NULL);
  g_autofree char *saved = NULL;
  g_autoptr (GBytes) expected = NULL;

  if (g_strcmp0 (g_getenv ("OFC_UPDATE_GOLDEN"), "1") == 0)
    {
      ck_assert (g_file_set_contents (path, g_bytes_get_data (actual, NULL),
                                      g_bytes_get_size (actual), NULL));
      return;
    }
  expected = ofc_test_read_file (path);
  if (expected == NULL || !g_bytes_equal (expected, actual))
    {
      g_autofree char *folder =
          g_build_filename (ofc_test_build_path ("printing"), "golden-actual", NULL);

      g_mkdir_with_parents (folder, 0755);
      saved = g_build_filename (folder, name, NULL);
      g_file_set_contents (saved, g_bytes_get_data (actual, NULL), g_bytes_get_size (actual), NULL);
    }
  ck_assert_msg (expected != NULL, "golden file %s is missing; see golden/README.md", name);
  ck_assert_msg (g_bytes_equal (expected, actual),
                 "%s differs from the golden file (%zu vs %zu bytes); the output is in %s", name,
                 g_bytes_get_size (actual), g_bytes_get_size (expected), saved);
}

static void
add_client (OfcPrintingBench *bench)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (bench->context, &error);
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  ofc_client_set_name (client, "Петрова Анна");
  ofc_client_set_card_code (client, "2000000000015");
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  bench->client_id = *ofc_client_get_id (client);
}

static void
start_server (OfcPrintingBench *bench)
{
  g_autoptr (GError) error = NULL;

  bench->server = ofc_emulator_server_new_tcp (bench->emulator, bench->port, &error);
  ofc_assert_no_error (error);
  bench->port = ofc_emulator_server_get_port (bench->server);
}

/**
 * ofc_printing_bench_new:
 *
 * A fresh database with one client, a software printer on a free loopback port and a
 * printer record for it; the queue is made with short timings but not started.
 */
OfcPrintingBench *
ofc_printing_bench_new (OfcPrinterLanguage language, OfcEmulatorLanguage emulated)
{
  OfcPrintingBench *bench = g_new0 (OfcPrintingBench, 1);
  g_autofree char *uri = NULL;

  bench->folder = ofc_test_make_tmpdir ();
  bench->database = ofc_test_open_database (bench->folder, NULL);
  bench->context = ofc_context_new (bench->database);
  bench->emulator = ofc_emulator_new (emulated);
  ofc_emulator_set_paper (bench->emulator, OFC_PAPER_80MM);
  start_server (bench);
  add_client (bench);
  uri = g_strdup_printf ("tcp://127.0.0.1:%u", bench->port);
  bench->printer = ofc_printing_bench_add_printer (bench, "Принтер", language, uri);
  bench->queue = ofc_print_queue_new (bench->context);
  g_object_set (bench->queue, "poll-interval", 100, "retry-base", 50, "retry-max", 200,
                "io-timeout", 2000, "status-timeout", 1000, "confirm-timeout", 1500,
                "spool-timeout", 3000, NULL);
  return bench;
}

void
ofc_printing_bench_start (OfcPrintingBench *bench)
{
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_print_queue_start (bench->queue, &error));
  ofc_assert_no_error (error);
}

/* the printer goes away and comes back on the same port */
void
ofc_printing_bench_restart_server (OfcPrintingBench *bench)
{
  g_clear_pointer (&bench->server, ofc_emulator_server_free);
  start_server (bench);
}

void
ofc_printing_bench_free (OfcPrintingBench *bench)
{
  if (bench->queue != NULL)
    ofc_print_queue_stop (bench->queue);
  g_clear_object (&bench->queue);
  g_clear_pointer (&bench->server, ofc_emulator_server_free);
  g_clear_pointer (&bench->emulator, ofc_emulator_free);
  g_clear_object (&bench->printer);
  g_clear_object (&bench->context);
  g_clear_object (&bench->database);
  ofc_test_remove_tree (bench->folder);
  g_free (bench->folder);
  g_free (bench);
}

OfcPrinter *
ofc_printing_bench_add_printer (OfcPrintingBench *bench,
                                const char *name,
                                OfcPrinterLanguage language,
                                const char *uri)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer = ofc_printer_new (language);

  ofc_printer_set_name (printer, name);
  ofc_printer_set_uri (printer, uri);
  ck_assert (ofc_printer_store_create (bench->context, printer, &error));
  ofc_assert_no_error (error);
  return printer;
}

/**
 * ofc_printing_bench_enqueue:
 * @kind: a test page, or a client card (of the bench's client)
 * @printer: (nullable): %NULL for the bench's printer
 */
OfcPrintJob *
ofc_printing_bench_enqueue (OfcPrintingBench *bench, OfcPrintJobKind kind, OfcPrinter *printer)
{
  OfcPrintRequest request = {
    .kind = kind,
    .printer_id = ofc_printer_get_id (printer != NULL ? printer : bench->printer),
    .subjects = kind == OFC_PRINT_JOB_CLIENT_CARD ? &bench->client_id : NULL,
    .n_subjects = kind == OFC_PRINT_JOB_CLIENT_CARD ? 1 : 0,
  };
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job = ofc_print_jobs_enqueue (bench->context, &request, &error);

  ofc_assert_no_error (error);
  return job;
}

/* an order of the bench's client, taken in with a malfunction long enough to wrap */
OfcOrder *
ofc_printing_bench_add_order (OfcPrintingBench *bench)
{
  g_autoptr (GError) error = NULL;
  OfcOrder *order =
      ofc_test_create_order (bench->context, &bench->client_id, "Apple", "iPhone 12", "");

  ofc_order_set_malfunction (order, "Не включается после падения, разбит экран");
  ck_assert (ofc_order_save (bench->context, order, &error));
  ofc_assert_no_error (error);
  return order;
}

OfcPrintJob *
ofc_printing_bench_enqueue_order (OfcPrintingBench *bench, OfcPrintJobKind kind, OfcOrder *order)
{
  OfcPrintRequest request = { .kind = kind,
                              .printer_id = ofc_printer_get_id (bench->printer),
                              .subjects = ofc_order_get_id (order),
                              .n_subjects = 1 };
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job = ofc_print_jobs_enqueue (bench->context, &request, &error);

  ofc_assert_no_error (error);
  return job;
}

typedef gboolean (*JobCheck) (OfcPrintJob *job, gconstpointer wanted);

static OfcPrintJob *
wait_until (OfcPrintingBench *bench,
            OfcPrintJob *job,
            JobCheck check,
            gconstpointer wanted,
            guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  g_autoptr (GError) error = NULL;
  OfcPrintJob *now = ofc_print_jobs_get (bench->context, ofc_print_job_get_id (job), &error);

  while (!check (now, wanted) && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
      g_object_unref (now);
      now = ofc_print_jobs_get (bench->context, ofc_print_job_get_id (job), &error);
      ofc_assert_no_error (error);
    }
  return now;
}

static gboolean
has_state (OfcPrintJob *job, gconstpointer wanted)
{
  return ofc_print_job_get_state (job) == (OfcPrintJobState) GPOINTER_TO_INT (wanted);
}

static gboolean
has_problem (OfcPrintJob *job, gconstpointer wanted)
{
  const char *code = ofc_print_job_get_error_code (job);

  return wanted != NULL ? g_str_equal (code, wanted) : *code != '\0';
}

/**
 * ofc_printing_bench_wait:
 *
 * Returns: (transfer full): the job once in @state, or as it is when @timeout_ms passed
 */
OfcPrintJob *
ofc_printing_bench_wait (OfcPrintingBench *bench,
                         OfcPrintJob *job,
                         OfcPrintJobState state,
                         guint timeout_ms)
{
  return wait_until (bench, job, has_state, GINT_TO_POINTER (state), timeout_ms);
}

/**
 * ofc_printing_bench_wait_problem:
 * @code: (nullable): an error code; %NULL for any
 *
 * Returns: (transfer full): the job once its error code is @code, or as it is when
 *   @timeout_ms passed
 */
OfcPrintJob *
ofc_printing_bench_wait_problem (OfcPrintingBench *bench,
                                 OfcPrintJob *job,
                                 const char *code,
                                 guint timeout_ms)
{
  return wait_until (bench, job, has_problem, code, timeout_ms);
}
