/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What people do with print jobs: read them, retry, cancel, reprint, move them to another
 * printer, list and count them. Adding jobs is in ofc-print-jobs-add.c, the worker's
 * transitions in ofc-print-job-progress.c.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-print-jobs.h"

#define LIST_SQL "SELECT " OFC_PRINT_JOB_COLUMNS OFC_PRINT_JOB_FROM

static void
notify_changed (OfcContext *context)
{
  if (!ofc_database_in_transaction (ofc_context_get_database (context)))
    ofc_context_notify_changed (context, OFC_PRINT_JOB_CHANGED);
}

/**
 * ofc_print_jobs_get:
 *
 * Returns: (transfer full) (nullable): the job, or %OFC_ERROR_NOT_FOUND
 */
OfcPrintJob *
ofc_print_jobs_get (OfcContext *context, const OfcUuid *id, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return _ofc_print_job_load (ofc_context_get_database (context), id, error);
}

static gboolean
find_seq (OfcDatabase *database, gint64 seq, OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement =
      ofc_database_prepare (database, "SELECT id FROM print_job WHERE seq = ?1", error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_int64 (statement, 1, seq);
  if (ofc_statement_step (statement, &local))
    return ofc_statement_get_uuid (statement, 0, id);
  if (local != NULL)
    g_propagate_error (error, local);
  else
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no print job %u"),
                 (guint) seq);
  return FALSE;
}

/**
 * ofc_print_jobs_find:
 * @number_or_id: the job's number as the queue shows it ("17", "#17") or its id
 *
 * Returns: (transfer full) (nullable): the job, or %OFC_ERROR_NOT_FOUND
 */
OfcPrintJob *
ofc_print_jobs_find (OfcContext *context, const char *number_or_id, GError **error)
{
  const char *digits = number_or_id + (number_or_id[0] == '#');
  char *end = NULL;
  gint64 seq;
  OfcUuid id;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  if (ofc_uuid_parse (number_or_id, &id))
    return ofc_print_jobs_get (context, &id, error);
  seq = g_ascii_strtoll (digits, &end, 10);
  if (!g_ascii_isdigit (*digits) || *end != '\0' || seq <= 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("“%s” is not a print job number"),
                   number_or_id);
      return NULL;
    }
  if (!find_seq (ofc_context_get_database (context), seq, &id, error))
    return NULL;
  return ofc_print_jobs_get (context, &id, error);
}

/**
 * ofc_print_jobs_dup_payload:
 *
 * Returns: (transfer full) (nullable): the bytes the job sends (or sent), %NULL without an
 *   error while it has not been rendered yet
 */
GBytes *
ofc_print_jobs_dup_payload (OfcContext *context, OfcPrintJob *job, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OFC_IS_PRINT_JOB (job), NULL);
  statement = ofc_database_prepare (ofc_context_get_database (context),
                                    "SELECT payload FROM print_job WHERE id = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, &job->id);
  if (!ofc_statement_step (statement, error) || ofc_statement_is_null (statement, 0))
    return NULL;
  return ofc_statement_dup_blob (statement, 0);
}

static OfcPrintJob *
reload (OfcDatabase *database, OfcPrintJob *job, GError **error)
{
  return _ofc_print_job_load (database, &job->id, error);
}

typedef enum
{
  ACTION_RETRY,
  ACTION_CANCEL,
} Action;

static void
set_refused (Action action, OfcPrintJob *job, GError **error)
{
  if (action == ACTION_RETRY)
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                 _ ("Print job %u cannot be retried: it is %s"), (guint) job->seq,
                 ofc_print_job_state_get_label (job->state));
  else
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                 _ ("Print job %u cannot be cancelled: it is %s"), (guint) job->seq,
                 ofc_print_job_state_get_label (job->state));
}

/* a person's action: the row changes only from the states @sql's WHERE allows */
static gboolean
act (OfcContext *context, OfcPrintJob *job, const char *sql, Action action, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);
  g_autoptr (OfcPrintJob) before = NULL;
  g_autoptr (OfcPrintJob) after = NULL;
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  if (transaction == NULL || (before = reload (database, job, error)) == NULL ||
      (statement = ofc_database_prepare (database, sql, error)) == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &job->id);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 0)
    {
      set_refused (action, before, error);
      return FALSE;
    }
  if ((after = reload (database, job, error)) == NULL)
    return FALSE;
  ofc_change_set_text (changes, "state", ofc_print_job_state_to_string (before->state),
                       ofc_print_job_state_to_string (after->state));
  if (!_ofc_print_job_journal (database, after, action == ACTION_RETRY ? "retry" : "cancel",
                               changes, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  notify_changed (context);
  return TRUE;
}

/**
 * ofc_print_jobs_retry:
 *
 * Sends a waiting job now instead of at its next attempt, or puts a failed job back in the
 * queue; the attempt counter starts again. A failed job that may have printed (error code
 * "unconfirmed") is sent again: the person retrying says it did not print. Refused
 * (%OFC_ERROR_NOT_ALLOWED) for jobs being sent, sent or cancelled.
 */
gboolean
ofc_print_jobs_retry (OfcContext *context, OfcPrintJob *job, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINT_JOB (job), FALSE);
  return act (context, job,
              "UPDATE print_job SET state = 'queued', attempts = 0, next_attempt_at = ?2, "
              "written_at = NULL, updated_at = ?2 WHERE id = ?1 AND state IN ('queued', 'failed')",
              ACTION_RETRY, error);
}

/**
 * ofc_print_jobs_cancel:
 *
 * Cancels a job that is queued, failed, or sent and waiting for the printer to confirm it
 * (the printer may still print what it received). Refused for sent and cancelled jobs.
 */
gboolean
ofc_print_jobs_cancel (OfcContext *context, OfcPrintJob *job, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINT_JOB (job), FALSE);
  return act (context, job,
              "UPDATE print_job SET state = 'cancelled', updated_at = ?2 WHERE id = ?1 AND "
              "(state IN ('queued', 'failed') OR (state = 'sending' AND written_at IS NOT NULL))",
              ACTION_CANCEL, error);
}

/* whether a payload rendered for @a prints the same on @b */
static gboolean
render_alike (OfcPrinter *a, OfcPrinter *b)
{
  return a->language == b->language && a->paper_width == b->paper_width &&
         g_strcmp0 (a->code_page, b->code_page) == 0 && g_strcmp0 (a->profile, b->profile) == 0 &&
         a->code_table == b->code_table && OFC_DMM (a->media_width) == OFC_DMM (b->media_width) &&
         OFC_DMM (a->media_height) == OFC_DMM (b->media_height) &&
         OFC_DMM (a->media_gap) == OFC_DMM (b->media_gap) && a->dpi == b->dpi;
}

static OfcPrinter *
load_target (OfcDatabase *database, OfcPrintJob *job, const OfcUuid *printer_id, GError **error)
{
  g_autoptr (OfcPrinter) printer =
      _ofc_printer_load (database, printer_id != NULL ? printer_id : &job->printer_id, error);

  if (printer == NULL)
    return NULL;
  if (printer->archived)
    ofc_set_invalid (error, "printer", _ ("The printer “%s” was removed"), printer->name);
  else if (!ofc_print_job_kind_supports (job->kind, printer->language))
    ofc_set_invalid (error, "printer", _ ("The printer “%s” (%s) cannot print this document: %s"),
                     printer->name, ofc_printer_language_get_label (printer->language),
                     ofc_print_job_kind_get_label (job->kind));
  else
    return g_steal_pointer (&printer);
  return NULL;
}

/* the payload to copy: the old job's when the new printer prints it the same way */
static GBytes *
dup_reusable_payload (OfcContext *context, OfcPrintJob *old, OfcPrinter *target, GError **error)
{
  g_autoptr (OfcPrinter) source =
      _ofc_printer_load (ofc_context_get_database (context), &old->printer_id, error);

  if (source == NULL || !render_alike (source, target))
    return NULL;
  return ofc_print_jobs_dup_payload (context, old, error);
}

static OfcPrintJob *
new_copy (OfcDatabase *database, OfcPrintJob *old, OfcPrinter *printer)
{
  OfcPrintJob *job = g_object_new (OFC_TYPE_PRINT_JOB, NULL);

  ofc_uuid_generate (&job->id);
  job->printer_id = printer->id;
  job->printer_name = g_strdup (printer->name);
  job->kind = old->kind;
  job->subject_kind = old->subject_kind;
  g_array_append_vals (job->subjects, old->subjects->data, old->subjects->len);
  job->title = g_strdup (old->title);
  job->copies = old->copies;
  job->state = OFC_PRINT_JOB_QUEUED;
  job->created_at = job->updated_at = job->next_attempt_at = ofc_database_now (database);
  job->last_error = g_strdup ("");
  job->error_code = g_strdup ("");
  job->payload_format = g_strdup (old->payload_format);
  job->reprint_of = old->id;
  return job;
}

/**
 * ofc_print_jobs_reprint:
 * @printer_id: (nullable): another printer; %NULL for the job's own
 *
 * Queues a new job printing what @job printed. On the same printer (or one that prints
 * alike: same language, paper and media) the new job sends exactly the bytes of the old
 * one, so an old receipt reprints as it was; elsewhere it is rendered afresh.
 *
 * Returns: (transfer full) (nullable): the new job
 */
OfcPrintJob *
ofc_print_jobs_reprint (OfcContext *context,
                        OfcPrintJob *job,
                        const OfcUuid *printer_id,
                        GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (OfcPrintJob) old = NULL;
  g_autoptr (OfcPrintJob) copy = NULL;
  g_autoptr (GBytes) payload = NULL;
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OFC_IS_PRINT_JOB (job), NULL);
  if ((transaction = ofc_database_begin (database, error)) == NULL ||
      (old = reload (database, job, error)) == NULL ||
      (printer = load_target (database, old, printer_id, error)) == NULL)
    return NULL;
  payload = dup_reusable_payload (context, old, printer, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  copy = new_copy (database, old, printer);
  if (!_ofc_print_jobs_insert (database, copy, payload, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  notify_changed (context);
  return reload (database, copy, error);
}

/**
 * ofc_print_jobs_move:
 * @printer_id: the printer to print on instead
 *
 * Moves a queued or failed job to another printer, for when its printer broke down. A
 * payload rendered for the old printer is dropped unless the new one prints alike.
 */
gboolean
ofc_print_jobs_move (OfcContext *context,
                     OfcPrintJob *job,
                     const OfcUuid *printer_id,
                     GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcPrintJob) before = NULL;
  g_autoptr (OfcPrinter) target = NULL;
  g_autoptr (OfcPrinter) source = NULL;
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINT_JOB (job) && printer_id != NULL, FALSE);
  if ((transaction = ofc_database_begin (database, error)) == NULL ||
      (before = reload (database, job, error)) == NULL ||
      (target = load_target (database, before, printer_id, error)) == NULL ||
      (source = _ofc_printer_load (database, &before->printer_id, error)) == NULL ||
      (statement = ofc_database_prepare (
           database,
           "UPDATE print_job SET printer_id = ?2, state = 'queued', attempts = 0, "
           "next_attempt_at = ?3, updated_at = ?3, written_at = NULL, "
           "payload = CASE WHEN ?4 THEN payload END, "
           "payload_format = CASE WHEN ?4 THEN payload_format ELSE '' END "
           "WHERE id = ?1 AND state IN ('queued', 'failed')",
           error)) == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &before->id);
  ofc_statement_bind_uuid (statement, 2, &target->id);
  ofc_statement_bind_int64 (statement, 3, ofc_database_now (database));
  ofc_statement_bind_bool (statement, 4, render_alike (source, target));
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("Print job %u cannot be moved: it is %s"), (guint) before->seq,
                   ofc_print_job_state_get_label (before->state));
      return FALSE;
    }
  ofc_change_set_ref (changes, "printer-id", &source->id, source->name, &target->id, target->name);
  if (!_ofc_print_job_journal (database, before, OFC_JOURNAL_UPDATE, changes, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  notify_changed (context);
  return TRUE;
}

static GPtrArray *
collect (OfcDatabase *database, OfcStatement *statement, GError **error)
{
  g_autoptr (GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  while (ofc_statement_step (statement, &local))
    g_ptr_array_add (jobs, _ofc_print_job_read (statement));
  for (guint i = 0; local == NULL && i < jobs->len; i++)
    _ofc_print_job_load_subjects (database, g_ptr_array_index (jobs, i), &local);
  if (local == NULL)
    return g_steal_pointer (&jobs);
  g_propagate_error (error, local);
  return NULL;
}

/**
 * ofc_print_jobs_list:
 * @limit: at most this many, newest first; 0 for all
 *
 * Returns: (transfer full) (element-type OfcPrintJob): the jobs
 */
GPtrArray *
ofc_print_jobs_list (OfcContext *context, OfcPrintJobFilter filter, guint limit, GError **error)
{
  OfcDatabase *database;
  g_autoptr (OfcStatement) statement = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  database = ofc_context_get_database (context);
  statement =
      ofc_database_prepare (database,
                            LIST_SQL "WHERE ?1 = 0 OR j.state IN ('queued', 'sending', 'failed') "
                                     "ORDER BY j.seq DESC LIMIT ?2",
                            error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_int64 (statement, 1, filter);
  ofc_statement_bind_int64 (statement, 2, limit > 0 ? (gint64) limit : -1);
  return collect (database, statement, error);
}

/**
 * ofc_print_jobs_list_for_subject:
 * @subject_id: an order or client
 *
 * Returns: (transfer full) (element-type OfcPrintJob): the jobs that print it, newest first
 */
GPtrArray *
ofc_print_jobs_list_for_subject (OfcContext *context, const OfcUuid *subject_id, GError **error)
{
  OfcDatabase *database;
  g_autoptr (OfcStatement) statement = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  database = ofc_context_get_database (context);
  statement = ofc_database_prepare (
      database,
      LIST_SQL "WHERE j.id IN (SELECT job_id FROM print_job_subject WHERE subject_id = ?1) "
               "ORDER BY j.seq DESC",
      error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, subject_id);
  return collect (database, statement, error);
}

static void
add_count (OfcPrintJobCounts *counts, const char *state, gboolean has_error, guint n)
{
  OfcPrintJobState value = OFC_PRINT_JOB_QUEUED;

  ofc_print_job_state_from_string (state, &value);
  switch (value)
    {
      case OFC_PRINT_JOB_QUEUED:
        if (has_error)
          counts->waiting += n;
        else
          counts->queued += n;
        break;
      case OFC_PRINT_JOB_SENDING:
        counts->sending += n;
        break;
      case OFC_PRINT_JOB_SENT:
        counts->sent += n;
        break;
      case OFC_PRINT_JOB_FAILED:
        counts->failed += n;
        break;
      case OFC_PRINT_JOB_CANCELLED:
      default:
        counts->cancelled += n;
        break;
    }
}

/**
 * ofc_print_jobs_count:
 * @counts: (out): jobs by state, for a header badge ("2 waiting, 1 failed")
 */
gboolean
ofc_print_jobs_count (OfcContext *context, OfcPrintJobCounts *counts, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  *counts = (OfcPrintJobCounts){ 0 };
  statement = ofc_database_prepare (ofc_context_get_database (context),
                                    "SELECT state, last_error <> '', count(*) FROM print_job "
                                    "GROUP BY state, last_error <> ''",
                                    error);
  if (statement == NULL)
    return FALSE;
  while (ofc_statement_step (statement, &local))
    add_count (counts, ofc_statement_get_text (statement, 0), ofc_statement_get_bool (statement, 1),
               ofc_statement_get_int64 (statement, 2));
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}
