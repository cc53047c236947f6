/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintJob: one job of the print queue as read from the database, a read-only snapshot
 * for the queue view and the commands. The payload (the bytes sent) is not loaded with it:
 * ofc_print_jobs_dup_payload() reads it when needed.
 *
 * Read-only properties: "id" (string), "seq" (the short number people type), "printer-id"
 * (string), "printer-name", "kind" (#OfcPrintJobKind), "kind-label", "title" (what it
 * prints: "A-000123", a client's name), "copies", "state" (#OfcPrintJobState),
 * "state-label", "attempts", "next-attempt-at", "last-error" (translated when it was
 * recorded), "error-code" (see below), "has-payload", "payload-format", "created-at",
 * "updated-at", "sent-at" (µs since the epoch, UTC; 0 for none).
 *
 * Error codes, for a view that picks its own message or icon: "offline", "paper-out",
 * "cover-open", "timeout", "device", "bad-reply", "io", "permission", "bad-uri",
 * "unsupported", "bad-document", "does-not-fit", "not-found", "unconfirmed" (the printer
 * took the job but never confirmed it), "spooler" (the system print service refused it),
 * "database".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "base/ofc-uuid.h"
#include "printing/ofc-print-types.h"

G_BEGIN_DECLS

#define OFC_TYPE_PRINT_JOB (ofc_print_job_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintJob, ofc_print_job, OFC, PRINT_JOB, GObject)

const OfcUuid *ofc_print_job_get_id (OfcPrintJob *self);
gint64 ofc_print_job_get_seq (OfcPrintJob *self);
const OfcUuid *ofc_print_job_get_printer_id (OfcPrintJob *self);
const char *ofc_print_job_get_printer_name (OfcPrintJob *self);
OfcPrintJobKind ofc_print_job_get_kind (OfcPrintJob *self);
OfcPrintSubjectKind ofc_print_job_get_subject_kind (OfcPrintJob *self);
guint ofc_print_job_get_n_subjects (OfcPrintJob *self);
const OfcUuid *ofc_print_job_get_subject (OfcPrintJob *self, guint index);
const char *ofc_print_job_get_title (OfcPrintJob *self);
guint ofc_print_job_get_copies (OfcPrintJob *self);
OfcPrintJobState ofc_print_job_get_state (OfcPrintJob *self);
guint ofc_print_job_get_attempts (OfcPrintJob *self);
gint64 ofc_print_job_get_next_attempt_at (OfcPrintJob *self);
const char *ofc_print_job_get_last_error (OfcPrintJob *self);
const char *ofc_print_job_get_error_code (OfcPrintJob *self);
gboolean ofc_print_job_has_payload (OfcPrintJob *self);
const char *ofc_print_job_get_payload_format (OfcPrintJob *self);
gboolean ofc_print_job_is_written (OfcPrintJob *self);
gint64 ofc_print_job_get_written_at (OfcPrintJob *self);
const OfcUuid *ofc_print_job_get_reprint_of (OfcPrintJob *self);
gint64 ofc_print_job_get_created_at (OfcPrintJob *self);
gint64 ofc_print_job_get_updated_at (OfcPrintJob *self);
gint64 ofc_print_job_get_sent_at (OfcPrintJob *self);

G_END_DECLS
