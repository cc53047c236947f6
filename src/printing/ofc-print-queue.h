/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintQueue: the print worker. One thread with its own database connection takes the
 * due jobs of the print queue (the print_job table, see ofc-print-jobs.h), oldest first per
 * printer, renders a job's payload the first time (and keeps it, so every retry sends the
 * same bytes), sends it with timeouts, and retries transient failures with exponential
 * backoff (2 s, 4 s … up to 60 s). Nothing here runs on the main loop, and no failure
 * loses a job: it stays in the table, visible, until it is sent, fails for a person to
 * look at, or is cancelled.
 *
 * Use: the window registers one queue on its context (ofc_print_queue_get_default(), then
 * ofc_print_queue_start()); jobs added through the context ("changed::print-job") wake it,
 * and it polls every few seconds for jobs added by officina-cli in another process. Only
 * one process works the queue of a database at a time (a lock file beside the database);
 * a queue that cannot take the lock waits and takes over when the other process ends.
 * officina-cli runs the same worker in-process and waits with ofc_print_queue_wait_job().
 *
 * Printed once. A job is marked "sending" before its first byte goes out and "written"
 * after its last byte went out, each in its own committed transaction. A crash, a kill or
 * a lost reply therefore leaves one of two rows behind, and the worker that finds it:
 * - "sending", not written: the job never fully left. Label printers print nothing of a
 *   job cut short (ZPL waits for ^XZ, TSPL for PRINT, EPL for P, Brother for its print
 *   command), so it is sent again. An ESC/POS printer may have printed the first part of
 *   a receipt, without its cut; the whole receipt is sent again after it.
 * - "sending" and written: the job is never sent again by the worker. Where the language
 *   has a status query (ESC/POS DLE EOT, ZPL ~HS, TSPL ESC ! ?, Brother ESC i S), the
 *   worker asks: an answer proves the printer received everything sent before the
 *   question (printers answer these on receipt, in order); "ready" marks the job sent;
 *   paper out, cover open or offline mean the printer holds the job and prints it when
 *   the fault clears, so the worker keeps asking (with backoff) and marks it sent then.
 *   No answer (or garbage) for the confirm timeout (2 min) turns the job "failed" with
 *   error code "unconfirmed": it may have printed; a person looks and retries or cancels.
 * - EPL has no status query, and neither has a write-only USB device file: there the
 *   last byte written is the confirmation.
 * - System printers: `lp` accepting the PDF is the confirmation; CUPS owns the job then.
 * In every language, a crash between the last byte and the commit of "written" (a few
 * milliseconds) leaves the job looking unsent, and it goes out again: a status answer
 * tells that the printer is there, not which jobs it has had, so no protocol closes this.

 * The same status query before sending keeps jobs out of printers with no paper or an
 * open cover: the job waits ("queued" with the problem as its last error) instead.
 *
 * Properties, in milliseconds, set before starting (tests shorten them): "poll-interval"
 * (5000), "retry-base" (2000), "retry-max" (60000), "io-timeout" (10000: connecting, and
 * the longest a printer may stall while taking data), "status-timeout" (3000),
 * "confirm-timeout" (120000), "spool-timeout" (30000: `lp`). Read-only: "running" (the
 * thread runs), "active" (this process works the queue).
 *
 * Signals (on the thread that created the queue): "job-updated" (OfcPrintJob *job) after
 * every change the worker makes to a job, with "changed::print-job" on the context.
 */
#pragma once

#include <gio/gio.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_PRINT_QUEUE_EXTENSION "print-queue"

#define OFC_TYPE_PRINT_QUEUE (ofc_print_queue_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintQueue, ofc_print_queue, OFC, PRINT_QUEUE, GObject)

OfcPrintQueue *ofc_print_queue_new (OfcContext *context);
OfcPrintQueue *ofc_print_queue_get_default (OfcContext *context);
OfcContext *ofc_print_queue_get_context (OfcPrintQueue *self);

gboolean ofc_print_queue_start (OfcPrintQueue *self, GError **error) G_GNUC_WARN_UNUSED_RESULT;
void ofc_print_queue_stop (OfcPrintQueue *self);
void ofc_print_queue_wake (OfcPrintQueue *self);
gboolean ofc_print_queue_get_running (OfcPrintQueue *self);
gboolean ofc_print_queue_get_active (OfcPrintQueue *self);

OfcPrintJob *ofc_print_queue_wait_job (OfcPrintQueue *self,
                                       const OfcUuid *job_id,
                                       guint timeout_ms,
                                       GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
