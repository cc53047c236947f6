/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * One attempt at one print job: render the payload the first time, send it to a device
 * printer (status before, bytes, status after) or hand it to the print service, and
 * record the outcome; or, for a job whose bytes already went out, only ask the printer to
 * confirm it. See the printed-once notes in ofc-print-queue.h.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <ofc-devices.h>

#include "ofc-cups.h"
#include "ofc-print-render.h"
#include "ofc-print-worker-private.h"
#include "ofc-printer-link.h"

typedef struct
{
  OfcContext *context;
  OfcDatabase *database;
  const OfcPrintTimings *timings;
  OfcPrintJob *job;
  OfcPrinter *printer;
} Attempt;

static const struct
{
  OfcPrinterError code;
  const char *name;
} printer_codes[] = {
  { OFC_PRINTER_ERROR_NOT_CONNECTED, "offline" },
  { OFC_PRINTER_ERROR_TIMEOUT, "timeout" },
  { OFC_PRINTER_ERROR_PAPER_OUT, "paper-out" },
  { OFC_PRINTER_ERROR_COVER_OPEN, "cover-open" },
  { OFC_PRINTER_ERROR_OFFLINE, "offline" },
  { OFC_PRINTER_ERROR_DEVICE, "device" },
  { OFC_PRINTER_ERROR_IO, "io" },
  { OFC_PRINTER_ERROR_PERMISSION_DENIED, "permission" },
  { OFC_PRINTER_ERROR_UNSUPPORTED, "unsupported" },
  { OFC_PRINTER_ERROR_BAD_URI, "bad-uri" },
  { OFC_PRINTER_ERROR_BAD_REPLY, "bad-reply" },
  { OFC_PRINTER_ERROR_BAD_DOCUMENT, "bad-document" },
  { OFC_PRINTER_ERROR_DOES_NOT_FIT, "does-not-fit" },
};

/* the job's error code (see OfcPrintJob) for @error */
const char *
_ofc_print_problem_code (const GError *error)
{
  if (error->domain == OFC_DATABASE_ERROR)
    return "database";
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_NOT_FOUND))
    return "not-found";
  if (error->domain == OFC_ERROR)
    return "bad-document";
  for (guint i = 0; error->domain == OFC_PRINTER_ERROR && i < G_N_ELEMENTS (printer_codes); i++)
    if (printer_codes[i].code == (OfcPrinterError) error->code)
      return printer_codes[i].name;
  return "io";
}

/* worth trying again without anyone changing anything: the printer was away or busy, or
 * the database was locked by another program */
gboolean
_ofc_print_problem_is_transient (const GError *error)
{
  return ofc_printer_error_is_transient (error) || error->domain == OFC_DATABASE_ERROR;
}

static gint64
backoff_us (const Attempt *attempt)
{
  guint shift = MIN (MAX (ofc_print_job_get_attempts (attempt->job), 1) - 1, 16);
  guint64 delay = (guint64) attempt->timings->retry_base_ms << shift;

  return (gint64) MIN (delay, attempt->timings->retry_max_ms) * 1000;
}

/* records @problem as the job's outcome: a wait for the next attempt, or a failure */
static void
record (Attempt *attempt, const GError *problem)
{
  g_autoptr (GError) error = NULL;
  const char *code = _ofc_print_problem_code (problem);
  gint64 next = ofc_database_now (attempt->database) + backoff_us (attempt);
  gboolean ok = _ofc_print_problem_is_transient (problem)
                    ? ofc_print_jobs_mark_waiting (attempt->database, attempt->job, code,
                                                   problem->message, next, &error)
                    : ofc_print_jobs_mark_failed (attempt->database, attempt->job, code,
                                                  problem->message, &error);

  if (!ok)
    g_warning ("cannot record the outcome of print job %" G_GINT64_FORMAT ": %s",
               ofc_print_job_get_seq (attempt->job), error->message);
}

static void
record_sent (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_print_jobs_mark_sent (attempt->database, attempt->job, &error))
    g_warning ("cannot record print job %" G_GINT64_FORMAT " as sent: %s",
               ofc_print_job_get_seq (attempt->job), error->message);
}

static GBytes *
render_payload (Attempt *attempt, GError **error)
{
  g_autoptr (GArray) subjects = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  OfcPrintJob *job = attempt->job;
  OfcPrintRenderRequest request = { .kind = ofc_print_job_get_kind (job),
                                    .printer = attempt->printer,
                                    .copies = ofc_print_job_get_copies (job),
                                    .time = ofc_print_job_get_created_at (job) };
  g_autoptr (OfcPrintOutput) output = NULL;

  for (guint i = 0; i < ofc_print_job_get_n_subjects (job); i++)
    g_array_append_vals (subjects, ofc_print_job_get_subject (job, i), 1);
  request.subjects = (const OfcUuid *) subjects->data;
  request.n_subjects = subjects->len;
  output = ofc_print_render (attempt->context, &request, error);
  if (output == NULL ||
      !ofc_print_jobs_store_payload (attempt->database, job, ofc_print_output_get_format (output),
                                     ofc_print_output_get_payload (output), error))
    return NULL;
  return g_bytes_ref (ofc_print_output_get_payload (output));
}

/* the stored payload, or the one rendered now and stored for every later attempt */
static GBytes *
get_payload (Attempt *attempt, GError **error)
{
  GError *local = NULL;
  GBytes *payload;

  if (!ofc_print_job_has_payload (attempt->job))
    return render_payload (attempt, error);
  payload = ofc_print_jobs_dup_payload (attempt->context, attempt->job, &local);
  if (payload == NULL && local == NULL)
    g_set_error_literal (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                         _ ("The print job lost its rendered document"));
  if (local != NULL)
    g_propagate_error (error, local);
  return payload;
}

static gboolean
claim (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;
  gboolean claimed = FALSE;

  if (!ofc_print_jobs_begin_attempt (attempt->database, attempt->job, &claimed, &error))
    g_warning ("cannot start print job %" G_GINT64_FORMAT ": %s",
               ofc_print_job_get_seq (attempt->job), error->message);
  return claimed;
}

static gboolean
mark_written (Attempt *attempt, GError **error)
{
  return ofc_print_jobs_mark_written (attempt->database, attempt->job, error);
}

/* the print service takes the PDF; its acceptance is the confirmation */
static void
spool (Attempt *attempt, GBytes *payload)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = g_strdup_printf (
      "%s %s", ofc_print_job_kind_get_label (ofc_print_job_get_kind (attempt->job)),
      ofc_print_job_get_title (attempt->job));

  if (!ofc_cups_print (ofc_printer_get_uri (attempt->printer), payload, title,
                       ofc_print_job_get_copies (attempt->job), attempt->timings->spool_timeout_ms,
                       &error) ||
      !mark_written (attempt, &error))
    {
      record (attempt, error);
      return;
    }
  record_sent (attempt);
}

/* the connection broke before the printer could answer for the last bytes: as far as
 * anyone knows the job was cut short, and label printers print nothing of such a job */
static gboolean
connection_broke (const GError *error)
{
  return g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED) ||
         g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_IO);
}

static void
record_interrupted (Attempt *attempt, const GError *problem)
{
  g_autoptr (GError) error = NULL;
  gint64 next = ofc_database_now (attempt->database) + backoff_us (attempt);

  if (!ofc_print_jobs_mark_interrupted (attempt->database, attempt->job,
                                        _ofc_print_problem_code (problem), problem->message, next,
                                        &error))
    g_warning ("cannot record print job %" G_GINT64_FORMAT " as interrupted: %s",
               ofc_print_job_get_seq (attempt->job), error->message);
}

/* after the bytes went out: an answer means the printer has the whole job */
static void
confirm_after_write (Attempt *attempt, OfcPrinterLink *link, gboolean has_status)
{
  g_autoptr (GError) error = NULL;
  gboolean answered = TRUE;

  if (!has_status ||
      ofc_printer_link_check (link, attempt->timings->status_timeout_ms, &answered, &error))
    record_sent (attempt);
  else if (connection_broke (error))
    record_interrupted (attempt, error);
  else
    record (attempt, error);
}

static void
send_to_device (Attempt *attempt, GBytes *payload)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinterLink) link = ofc_printer_link_new (attempt->printer, &error);
  const OfcPrintTimings *timings = attempt->timings;
  gboolean has_status = FALSE;

  if (link == NULL || !ofc_printer_link_open (link, timings->io_timeout_ms, &error) ||
      !ofc_printer_link_check (link, timings->status_timeout_ms, &has_status, &error) ||
      !ofc_printer_link_write (link, payload, timings->io_timeout_ms, &error) ||
      !mark_written (attempt, &error))
    {
      record (attempt, error);
      return;
    }
  confirm_after_write (attempt, link, has_status);
  ofc_printer_link_close (link);
}

/* no answer (or nonsense) long enough after the bytes went out: only a person can tell
 * whether it printed; a definite answer (paper out, cover open) keeps the job waiting */
static gboolean
confirm_overdue (Attempt *attempt, const GError *error)
{
  gint64 waited =
      ofc_database_now (attempt->database) - ofc_print_job_get_written_at (attempt->job);

  if (g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_PAPER_OUT) ||
      g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_COVER_OPEN) ||
      g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_OFFLINE) ||
      g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DEVICE) ||
      !_ofc_print_problem_is_transient (error))
    return FALSE;
  return waited >= (gint64) attempt->timings->confirm_timeout_ms * 1000;
}

static void
give_up_confirming (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message =
      g_strdup_printf (_ ("The printer “%s” took the job but never confirmed it; check whether "
                          "it printed, then retry or cancel the job"),
                       ofc_printer_get_name (attempt->printer));

  if (!ofc_print_jobs_mark_failed (attempt->database, attempt->job, "unconfirmed", message, &error))
    g_warning ("cannot record print job %" G_GINT64_FORMAT " as unconfirmed: %s",
               ofc_print_job_get_seq (attempt->job), error->message);
}

/* a job whose bytes went out: ask until the printer confirms, never send it again */
static void
confirm_written (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinterLink) link = NULL;
  const OfcPrintTimings *timings = attempt->timings;
  gboolean has_status = FALSE;

  if (ofc_printer_get_language (attempt->printer) == OFC_PRINTER_LANGUAGE_SYSTEM)
    {
      record_sent (attempt);
      return;
    }
  link = ofc_printer_link_new (attempt->printer, &error);
  if (link != NULL && ofc_printer_link_open (link, timings->io_timeout_ms, &error) &&
      ofc_printer_link_check (link, timings->status_timeout_ms, &has_status, &error))
    record_sent (attempt);
  else if (confirm_overdue (attempt, error))
    give_up_confirming (attempt);
  else
    record (attempt, error);
}

static void
send (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) payload = get_payload (attempt, &error);

  if (payload == NULL)
    {
      record (attempt, error);
      return;
    }
  if (ofc_printer_get_language (attempt->printer) == OFC_PRINTER_LANGUAGE_SYSTEM)
    spool (attempt, payload);
  else
    send_to_device (attempt, payload);
}

/* Returns: %FALSE when the attempt could not even start (the job changed meanwhile, or
 * the database refused the claim) */
static gboolean
work (Attempt *attempt)
{
  g_autoptr (GError) error = NULL;
  gboolean written = ofc_print_job_is_written (attempt->job);

  attempt->printer =
      ofc_printer_store_get (attempt->context, ofc_print_job_get_printer_id (attempt->job), &error);
  if (!claim (attempt))
    return FALSE;
  if (attempt->printer == NULL)
    record (attempt, error);
  else if (written)
    confirm_written (attempt);
  else
    send (attempt);
  return TRUE;
}

/**
 * _ofc_print_worker_step:
 * @context: the worker's own context (its own database connection)
 * @next_due: (out): when nothing was due, the time the next job will be (µs since the
 *   epoch, 0 when none waits)
 *
 * Works one attempt of the next due job.
 *
 * Returns: (transfer full) (nullable): the job as it is after the attempt, or %NULL when
 *   none was due (or the queue could not be read: @error)
 */
OfcPrintJob *
_ofc_print_worker_step (OfcContext *context,
                        const OfcPrintTimings *timings,
                        gint64 *next_due,
                        GError **error)
{
  Attempt attempt = { context, ofc_context_get_database (context), timings, NULL, NULL };
  OfcPrintJob *after;

  attempt.job = ofc_print_jobs_next_due (attempt.database, next_due, error);
  if (attempt.job == NULL)
    return NULL;
  if (!work (&attempt))
    {
      /* a database busy elsewhere must not make the worker spin: look again shortly */
      *next_due = ofc_database_now (attempt.database) + (gint64) timings->retry_base_ms * 1000;
      g_object_unref (attempt.job);
      return NULL;
    }
  after = ofc_print_jobs_get (context, ofc_print_job_get_id (attempt.job), error);
  g_clear_object (&attempt.printer);
  g_object_unref (attempt.job);
  return after;
}
