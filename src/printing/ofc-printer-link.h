/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterLink: one connection to a device printer for one job: open it, ask the printer
 * whether it can print, write the job, ask again, close. The print queue drives it; the
 * printer settings' "status" and "test" buttons use it too.
 *
 * What a status answer means, per language (see printed-once in ofc-print-queue.h):
 * - ESC/POS: DLE EOT 1–4, four one-byte replies. The printer answers them on receipt,
 *   after everything sent before, so an answer after the job proves the job arrived.
 * - ZPL: ~HS, three lines (paper out, pause, head open); TSPL: ESC ! ?, one byte; Brother
 *   QL: ESC i S, 32 bytes. Each is also answered after the data sent before it.
 * - EPL: no status query Officina can rely on; a USB printer device file opened
 *   write-only, or one that never answers, has no status either. Such links print
 *   unconfirmed: a job counts as sent once its last byte was written.
 *
 * All calls block for at most their timeout: use them from worker threads.
 */
#pragma once

#include <gio/gio.h>
#include <ofc-core.h>
#include <ofc-devices.h>

G_BEGIN_DECLS

#define OFC_TYPE_PRINTER_LINK (ofc_printer_link_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrinterLink, ofc_printer_link, OFC, PRINTER_LINK, GObject)

OfcPrinterLink *ofc_printer_link_new (OfcPrinter *printer,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_link_open (OfcPrinterLink *self,
                                guint timeout_ms,
                                GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_link_query (OfcPrinterLink *self,
                                 guint timeout_ms,
                                 gboolean *has_status,
                                 OfcPrinterStatus *status,
                                 GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_link_check (OfcPrinterLink *self,
                                 guint timeout_ms,
                                 gboolean *has_status,
                                 GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_link_write (OfcPrinterLink *self,
                                 GBytes *payload,
                                 guint timeout_ms,
                                 GError **error) G_GNUC_WARN_UNUSED_RESULT;
void ofc_printer_link_close (OfcPrinterLink *self);

gboolean ofc_print_check_printer (OfcPrinter *printer, GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
