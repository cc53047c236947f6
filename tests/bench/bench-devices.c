/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * How long printing work takes on the worker thread: rendering and encoding a 58 × 40 mm
 * sticker, encoding a receipt, rasterising a receipt. Prints the median and the slowest
 * of a number of runs; figures go to tests/bench/README.md, never into assertions.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ofc-device-test.h"

#define RUNS 50

typedef void (*Work) (gpointer data);

static int
compare (const void *a, const void *b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static void
measure (const char *name, Work work, gpointer data)
{
  gint64 times[RUNS];

  work (data); /* warm caches, fonts and code page tables */
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      work (data);
      times[i] = g_get_monotonic_time () - start;
    }
  qsort (times, RUNS, sizeof times[0], compare);
  printf ("%-46s median %8.2f ms   max %8.2f ms\n", name, times[RUNS / 2] / 1000.0,
          times[RUNS - 1] / 1000.0);
}

static void
sticker_render (gpointer data)
{
  g_autoptr (OfcLabelLayout) layout = ofc_test_sample_layout (data, TRUE);
  g_autoptr (OfcLabelDocument) label = ofc_label_layout_render (layout, 0, NULL);
}

static void
sticker_render_encode (gpointer data)
{
  g_autoptr (OfcLabelLayout) layout = ofc_test_sample_layout (data, TRUE);
  g_autoptr (OfcLabelDocument) label = ofc_label_layout_render (layout, 0, NULL);
  g_autoptr (GBytes) zpl = ofc_label_encode (label, OFC_LABEL_ZPL, NULL);
}

static void
encode_zpl (gpointer data)
{
  g_autoptr (GBytes) bytes = ofc_label_encode (data, OFC_LABEL_ZPL, NULL);
}

static void
encode_tspl (gpointer data)
{
  g_autoptr (GBytes) bytes = ofc_label_encode (data, OFC_LABEL_TSPL, NULL);
}

static void
encode_receipt (gpointer data)
{
  g_autoptr (GBytes) bytes = ofc_escpos_encode (data, NULL, NULL);
}

static void
raster_receipt (gpointer data)
{
  g_autoptr (OfcBitmap) bitmap = ofc_receipt_raster_document (data, NULL);
}

int
main (void)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) sticker = NULL;
  g_autoptr (OfcReceiptDocument) receipt = ofc_test_sample_receipt (OFC_PAPER_80MM);
  g_autoptr (OfcReceiptDocument) fallback = ofc_test_sample_receipt (OFC_PAPER_80MM);

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  layout = ofc_test_sample_layout (&media, TRUE);
  sticker = ofc_label_layout_render (layout, 0, NULL);
  ofc_receipt_document_add_text (fallback, "Рівне, вул. Соборна, 1 (і: not in CP866)", 0,
                                 OFC_ALIGN_LEFT);
  measure ("58x40 sticker @203: render layout", sticker_render, &media);
  measure ("58x40 sticker @203: render + encode ZPL", sticker_render_encode, &media);
  measure ("58x40 sticker @203: encode ZPL (^GFA)", encode_zpl, sticker);
  measure ("58x40 sticker @203: encode TSPL (BITMAP)", encode_tspl, sticker);
  measure ("80 mm receipt: encode ESC/POS", encode_receipt, receipt);
  measure ("80 mm receipt + 1 fallback line: encode ESC/POS", encode_receipt, fallback);
  measure ("80 mm receipt: rasterise whole", raster_receipt, receipt);
  return 0;
}
