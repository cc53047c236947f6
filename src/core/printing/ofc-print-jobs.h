/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The print queue in the database: adding jobs, and what people do with them (retry,
 * cancel, reprint, move to another printer), listing and counting them.
 *
 * A job is a row written in the transaction of the business change that asked for it, so
 * "create the order and print its sticker" commits together or not at all:
 * ofc_print_jobs_add() joins the caller's transaction when there is one. The print worker
 * (OfcPrintQueue, in the print layer) renders, sends and retries it; nothing here touches
 * a device.
 *
 * Every change of state a person sees is journaled (entity "print_job", in the history of
 * the order or client printed): created, waiting with a new problem, sent, failed,
 * cancelled, retried. The attempt counter and the worker's "sending" marker are
 * bookkeeping on the row. Jobs are never deleted.
 *
 * After a committed change made through an #OfcContext, "changed::print-job" is emitted on
 * it (not inside a caller's transaction: the caller notifies after its commit).
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "printing/ofc-print-job.h"

G_BEGIN_DECLS

#define OFC_PRINT_JOB_CHANGED "print-job"
#define OFC_PRINT_MAX_COPIES  99

/**
 * OfcPrintRequest:
 * @kind: what to print
 * @printer_id: (nullable): the printer; %NULL for the default printer of the kind's role
 * @subjects: (array length=n_subjects): what the kind prints: order ids for stickers,
 *   receipts and acts (a sticker job with several orders prints one label each), a client
 *   id for a card, nothing for a test page
 * @n_subjects: the number of @subjects
 * @copies: copies, 1 to %OFC_PRINT_MAX_COPIES; 0 means 1
 */
typedef struct
{
  OfcPrintJobKind kind;
  const OfcUuid *printer_id;
  const OfcUuid *subjects;
  guint n_subjects;
  guint copies;
} OfcPrintRequest;

/**
 * OfcPrintJobCounts:
 * @queued: waiting for their turn
 * @waiting: queued after a failed attempt (printer offline, out of paper…)
 * @sending: being sent, or sent and not yet confirmed
 * @failed: needing a person
 * @sent: printed
 * @cancelled: cancelled
 */
typedef struct
{
  guint queued;
  guint waiting;
  guint sending;
  guint failed;
  guint sent;
  guint cancelled;
} OfcPrintJobCounts;

/**
 * OfcPrintJobFilter:
 * @OFC_PRINT_JOBS_ALL: every job
 * @OFC_PRINT_JOBS_UNFINISHED: queued, sending and failed jobs
 */
typedef enum
{
  OFC_PRINT_JOBS_ALL,
  OFC_PRINT_JOBS_UNFINISHED,
} OfcPrintJobFilter;

gboolean ofc_print_jobs_add (OfcDatabase *database,
                             const OfcPrintRequest *request,
                             OfcUuid *job_id,
                             GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrintJob *ofc_print_jobs_enqueue (OfcContext *context,
                                     const OfcPrintRequest *request,
                                     GError **error) G_GNUC_WARN_UNUSED_RESULT;

OfcPrintJob *ofc_print_jobs_get (OfcContext *context,
                                 const OfcUuid *id,
                                 GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrintJob *ofc_print_jobs_find (OfcContext *context,
                                  const char *number_or_id,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *ofc_print_jobs_dup_payload (OfcContext *context,
                                    OfcPrintJob *job,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean ofc_print_jobs_retry (OfcContext *context,
                               OfcPrintJob *job,
                               GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_cancel (OfcContext *context,
                                OfcPrintJob *job,
                                GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrintJob *ofc_print_jobs_reprint (OfcContext *context,
                                     OfcPrintJob *job,
                                     const OfcUuid *printer_id,
                                     GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_move (OfcContext *context,
                              OfcPrintJob *job,
                              const OfcUuid *printer_id,
                              GError **error) G_GNUC_WARN_UNUSED_RESULT;

GPtrArray *ofc_print_jobs_list (OfcContext *context,
                                OfcPrintJobFilter filter,
                                guint limit,
                                GError **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *ofc_print_jobs_list_for_subject (OfcContext *context,
                                            const OfcUuid *subject_id,
                                            GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_print_jobs_count (OfcContext *context,
                               OfcPrintJobCounts *counts,
                               GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
