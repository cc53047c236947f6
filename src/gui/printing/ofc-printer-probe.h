/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Asking a device printer how it is, in a worker thread: connect, send the language's
 * status query, close. The printers page polls with it and the printer editor's "Check
 * Connection" uses it on unsaved settings.
 */
#pragma once

#include <gio/gio.h>
#include <ofc-printing.h>

G_BEGIN_DECLS

/**
 * OfcPrinterProbeState:
 * @OFC_PRINTER_PROBE_READY: the printer answered and can print
 * @OFC_PRINTER_PROBE_PROBLEM: the printer answered with a fault: paper out, cover open…
 * @OFC_PRINTER_PROBE_UNREACHABLE: no connection, no answer, or an answer that is not one
 * @OFC_PRINTER_PROBE_NO_STATUS: connected, but this printer or link cannot tell its state
 */
typedef enum
{
  OFC_PRINTER_PROBE_READY,
  OFC_PRINTER_PROBE_PROBLEM,
  OFC_PRINTER_PROBE_UNREACHABLE,
  OFC_PRINTER_PROBE_NO_STATUS,
} OfcPrinterProbeState;

/**
 * OfcPrinterProbe:
 * @state: what the answer amounts to
 * @status: the flags the printer reported, for %OFC_PRINTER_PROBE_READY and _PROBLEM
 * @detail: (nullable): the full description or the error message, translated
 */
typedef struct
{
  OfcPrinterProbeState state;
  OfcPrinterStatus status;
  char *detail;
} OfcPrinterProbe;

gboolean ofc_printer_probe_supported (OfcPrinter *printer);
void ofc_printer_probe_free (OfcPrinterProbe *probe);
const char *ofc_printer_probe_get_label (const OfcPrinterProbe *probe);
const char *ofc_printer_probe_get_css_class (const OfcPrinterProbe *probe);

void ofc_printer_probe_async (OfcPrinter *printer,
                              guint timeout_ms,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);
OfcPrinterProbe *ofc_printer_probe_finish (GAsyncResult *result,
                                           GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcPrinterProbe, ofc_printer_probe_free)

G_END_DECLS
