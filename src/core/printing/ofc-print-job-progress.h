/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The print worker's side of the queue: which job is due, and the transitions of one
 * attempt. The worker (OfcPrintQueue, in the print layer) calls these on its own database
 * connection, one short transaction each, so a crash at any point leaves a row that says
 * exactly how far the job got:
 *
 *   queued ──begin_attempt──▶ sending ──mark_written──▶ sending, written ──mark_sent──▶ sent
 *     ▲                          │                              │
 *     └────mark_waiting──────────┘        mark_waiting (stays sending, written: the printer
 *                                         has the bytes; only its confirmation is awaited)
 *
 * A job found "sending" without "written" stopped before its last byte went out and may be
 * sent again (so may a job whose connection broke before the printer confirmed the last
 * byte arrived: mark_interrupted); one found "sending" and "written" went out whole and is never
 * sent again by the worker: only a confirmation from the printer, or a person, ends it.
 *
 * Every update is conditional on the state it expects, so a person cancelling a job while
 * the worker is busy with it wins, and the worker's late update changes nothing.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "db/ofc-database.h"
#include "printing/ofc-print-job.h"

G_BEGIN_DECLS

OfcPrintJob *ofc_print_jobs_next_due (OfcDatabase *database,
                                      gint64 *next_due,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_store_payload (OfcDatabase *database,
                                       OfcPrintJob *job,
                                       const char *format,
                                       GBytes *payload,
                                       GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_begin_attempt (OfcDatabase *database,
                                       OfcPrintJob *job,
                                       gboolean *claimed,
                                       GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_mark_written (OfcDatabase *database,
                                      OfcPrintJob *job,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_mark_sent (OfcDatabase *database,
                                   OfcPrintJob *job,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_mark_waiting (OfcDatabase *database,
                                      OfcPrintJob *job,
                                      const char *code,
                                      const char *message,
                                      gint64 next_attempt_at,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_mark_interrupted (OfcDatabase *database,
                                          OfcPrintJob *job,
                                          const char *code,
                                          const char *message,
                                          gint64 next_attempt_at,
                                          GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_mark_failed (OfcDatabase *database,
                                     OfcPrintJob *job,
                                     const char *code,
                                     const char *message,
                                     GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
