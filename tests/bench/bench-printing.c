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
  return 0;
}
