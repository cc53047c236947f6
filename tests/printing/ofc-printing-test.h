/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the printing suites share: a sample order and client to print, printers of every
 * language, rendering with fixed fonts and time (for golden files), golden-file
 * comparison, and a database with a running print queue and a software printer.
 */
#pragma once

#include <ofc-printing.h>

#include "ofc-device-test.h"

G_BEGIN_DECLS

/* 2026-11-22 10:15 UTC, printed on test pages and stored in PDFs */
#define OFC_PRINTING_TEST_TIME 1795342500000000
#define OFC_PRINTING_TEST_FONT "DejaVu Sans"

OfcPrintData *ofc_printing_test_order_data (void);
OfcPrintData *ofc_printing_test_client_data (void);
OfcPrinter *
ofc_printing_test_printer (OfcPrinterLanguage language, const char *uri, const char *media);
OfcPrintTemplate *ofc_printing_test_template (OfcPrintJobKind kind, OfcPrinter *printer);
OfcPrintOutput *ofc_printing_test_render (OfcPrintJobKind kind,
                                          OfcPrinter *printer,
                                          OfcPrintTemplate *template_,
                                          OfcPrintData *data);
void ofc_printing_test_check_golden (GBytes *actual, const char *name);

/* a database with a print queue (short timings) and a software printer on TCP */
typedef struct
{
  char *folder;
  OfcDatabase *database;
  OfcContext *context;
  OfcPrintQueue *queue;
  OfcEmulator *emulator;
  OfcEmulatorServer *server;
  guint port;
  OfcPrinter *printer;
  OfcUuid client_id;
} OfcPrintingBench;

OfcPrintingBench *ofc_printing_bench_new (OfcPrinterLanguage language,
                                          OfcEmulatorLanguage emulated);
void ofc_printing_bench_free (OfcPrintingBench *bench);
void ofc_printing_bench_start (OfcPrintingBench *bench);
void ofc_printing_bench_restart_server (OfcPrintingBench *bench);
OfcPrinter *ofc_printing_bench_add_printer (OfcPrintingBench *bench,
                                            const char *name,
                                            OfcPrinterLanguage language,
                                            const char *uri);
OfcOrder *ofc_printing_bench_add_order (OfcPrintingBench *bench);
OfcPrintJob *
ofc_printing_bench_enqueue_order (OfcPrintingBench *bench, OfcPrintJobKind kind, OfcOrder *order);
OfcPrintJob *
ofc_printing_bench_enqueue (OfcPrintingBench *bench, OfcPrintJobKind kind, OfcPrinter *printer);
OfcPrintJob *ofc_printing_bench_wait (OfcPrintingBench *bench,
                                      OfcPrintJob *job,
                                      OfcPrintJobState state,
                                      guint timeout_ms);
OfcPrintJob *ofc_printing_bench_wait_problem (OfcPrintingBench *bench,
                                              OfcPrintJob *job,
                                              const char *code,
                                              guint timeout_ms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcPrintingBench, ofc_printing_bench_free)

G_END_DECLS
