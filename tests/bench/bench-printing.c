/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * How long printing takes: an order sticker rendered from its template and encoded for
 * each label language, an intake receipt for ESC/POS, an act as PDF (median and slowest of
 * a number of runs); then orders' stickers queued and sent end to end to a software
 * printer on loopback TCP by the print worker (total and per sticker). Figures go to
 * tests/bench/README.md, never into assertions.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ofc-printing-test.h"

#define RUNS        50
#define QUEUED_JOBS 100

typedef struct
{
  OfcPrintJobKind kind;
  OfcPrinter *printer;
  OfcPrintTemplate *template_;
  OfcPrintData *data;
} Render;

static int
compare (const void *a, const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
render (Render *what)
{
  OfcPrintRenderRequest request = {
    .kind = what->kind, .printer = what->printer, .template_ = what->template_, .copies = 1
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintOutput) output = ofc_print_render_data (&request, &what->data, 1, &error);

  if (output == NULL)
    g_error ("cannot render: %s", error->message);
}

static void
measure (const char *name,
         OfcPrintJobKind kind,
         OfcPrinterLanguage language,
         const char *media,
         guint dpi)
{
  g_autoptr (OfcPrinter) printer = ofc_printer_new (language);
  g_autoptr (OfcPrintTemplate) template_ = NULL;
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  Render what = { kind, printer, NULL, data };
  gint64 times[RUNS];

  ofc_printer_set_name (printer, "Bench");
  if (media != NULL && !ofc_printer_set_media_text (printer, media, NULL))
    g_error ("bad media %s", media);
  if (dpi > 0)
    ofc_printer_set_dpi (printer, dpi);
  what.template_ = template_ = ofc_printing_test_template (kind, printer);
  render (&what); /* warm caches and fonts */
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      render (&what);
      times[i] = g_get_monotonic_time () - start;
    }
  qsort (times, RUNS, sizeof times[0], compare);
  printf ("%-50s median %8.2f ms   max %8.2f ms\n", name, times[RUNS / 2] / 1000.0,
          times[RUNS - 1] / 1000.0);
}

static void
check (gboolean ok, GError *error)
{
  if (!ok)
    g_error ("%s", error != NULL ? error->message : "failed");
}

/* a shop with one client, QUEUED_JOBS orders and a ZPL printer on the emulator's port */
static OfcContext *
make_shop (const char *folder, guint port, GArray *orders)
{
  g_autofree char *path = g_build_filename (folder, "shop.db", NULL);
  g_autofree char *uri = g_strdup_printf ("tcp://127.0.0.1:%u", port);
  g_autoptr (OfcDatabase) database = NULL;
  g_autoptr (OfcClientStore) store = NULL;
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcPrinter) printer = ofc_printer_new (OFC_PRINTER_LANGUAGE_ZPL);
  g_autoptr (GError) error = NULL;
  OfcContext *context;

  check ((database = ofc_database_open (path, OFC_DATABASE_OPEN_DEFAULT, &error)) != NULL, error);
  context = ofc_context_new (database);
  check ((store = ofc_client_store_new (context, &error)) != NULL, error);
  ofc_client_set_name (client, "Иванов Иван Иванович");
  ofc_client_add_phone (client, "+7 926 123-45-67", NULL);
  check (ofc_client_store_create (store, client, NULL, &error), error);
  ofc_printer_set_name (printer, "Labels");
  ofc_printer_set_uri (printer, uri);
  ofc_printer_set_roles (printer, OFC_PRINTER_ROLE_LABEL);
  check (ofc_printer_store_create (context, printer, &error), error);
  for (guint i = 0; i < QUEUED_JOBS; i++)
    {
      g_autoptr (OfcOrder) order = ofc_order_new ();

      ofc_order_set_client_id (order, ofc_client_get_id (client));
      ofc_order_set_brand (order, "Apple");
      ofc_order_set_model (order, "iPhone 12");
      ofc_order_set_malfunction (order, "Не включается после падения, разбит экран");
      check (ofc_order_save (context, order, &error), error);
      g_array_append_vals (orders, ofc_order_get_id (order), 1);
    }
  return context;
}

/* what the worker does before sending: read the template, the order, its client, location,
 * works and totals from the database, render and encode */
static void
measure_from_database (OfcContext *context, const OfcUuid *order)
{
  g_autoptr (GListModel) printers = ofc_printer_store_list (context, FALSE, NULL);
  g_autoptr (OfcPrinter) printer = g_list_model_get_item (printers, 0);
  OfcPrintRenderRequest request = { .kind = OFC_PRINT_JOB_ORDER_STICKER,
                                    .printer = printer,
                                    .subjects = order,
                                    .n_subjects = 1,
                                    .copies = 1 };
  gint64 times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (OfcPrintOutput) output = ofc_print_render (context, &request, &error);

      times[i] = g_get_monotonic_time () - start;
      check (output != NULL, error);
    }
  qsort (times, RUNS, sizeof times[0], compare);
  printf ("%-50s median %8.2f ms   max %8.2f ms\n",
          "order sticker 58x40 @203: read + render + encode", times[RUNS / 2] / 1000.0,
          times[RUNS - 1] / 1000.0);
}

/* QUEUED_JOBS stickers queued at once (as a batch from the orders list) and sent, each its
 * own job with its status queries, rendering and journal entries, to a ZPL printer */
static void
end_to_end (void)
{
  g_autofree char *folder = g_dir_make_tmp ("officina-bench-XXXXXX", NULL);
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ZPL);
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  g_autoptr (GArray) orders = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  g_autoptr (OfcContext) context =
      make_shop (folder, ofc_emulator_server_get_port (server), orders);
  g_autoptr (OfcPrintQueue) queue = ofc_print_queue_new (context);
  g_autoptr (GError) error = NULL;
  gint64 start, sent;

  measure_from_database (context, &g_array_index (orders, OfcUuid, 0));
  start = g_get_monotonic_time ();
  for (guint i = 0; i < orders->len; i++)
    {
      OfcPrintRequest request = { .kind = OFC_PRINT_JOB_ORDER_STICKER,
                                  .subjects = &g_array_index (orders, OfcUuid, i),
                                  .n_subjects = 1 };
      g_autoptr (OfcPrintJob) job = ofc_print_jobs_enqueue (context, &request, &error);

      check (job != NULL, error);
    }
  check (ofc_print_queue_start (queue, &error), error);
  if (!ofc_emulator_server_wait_jobs (server, QUEUED_JOBS, 120000))
    g_error ("the printer got %u jobs", ofc_emulator_get_n_jobs (emulator));
  sent = g_get_monotonic_time () - start;
  ofc_print_queue_stop (queue);
  printf ("%u order stickers queued and sent over TCP (ZPL)  total %8.0f ms   per sticker "
          "%6.2f ms\n",
          QUEUED_JOBS, sent / 1000.0, sent / 1000.0 / QUEUED_JOBS);
  if (ofc_emulator_get_n_pages (emulator) != QUEUED_JOBS)
    g_error ("%u labels printed", ofc_emulator_get_n_pages (emulator));
  g_clear_object (&queue);
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
}

int
main (void)
{
  measure ("order sticker 58x40 @203: render + encode ZPL", OFC_PRINT_JOB_ORDER_STICKER,
           OFC_PRINTER_LANGUAGE_ZPL, "58x40", 203);
  measure ("order sticker 58x40 @203: render + encode TSPL", OFC_PRINT_JOB_ORDER_STICKER,
           OFC_PRINTER_LANGUAGE_TSPL, "58x40", 203);
  measure ("order sticker 58x40 @203: render + encode EPL", OFC_PRINT_JOB_ORDER_STICKER,
           OFC_PRINTER_LANGUAGE_EPL, "58x40", 203);
  measure ("order sticker 40x30 @300: render + encode TSPL", OFC_PRINT_JOB_ORDER_STICKER,
           OFC_PRINTER_LANGUAGE_TSPL, "40x30", 300);
  measure ("order sticker 62 mm @300: render + encode Brother QL", OFC_PRINT_JOB_ORDER_STICKER,
           OFC_PRINTER_LANGUAGE_BROTHER_QL, "62", 300);
  measure ("intake receipt 80 mm: render + encode ESC/POS", OFC_PRINT_JOB_INTAKE_RECEIPT,
           OFC_PRINTER_LANGUAGE_ESCPOS, NULL, 0);
  measure ("work completion act: render PDF", OFC_PRINT_JOB_ACT, OFC_PRINTER_LANGUAGE_SYSTEM, NULL,
           0);
  end_to_end ();
  return 0;
}
