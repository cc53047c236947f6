/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The worker's transitions of a print job, each a short conditional update with, for the
 * changes a person sees, a journal entry.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-print-job-progress.h"

/* the oldest unfinished job of every enabled, active printer: a printer's jobs go out in
 * the order they were queued, one waiting job holding back those behind it */
#define HEADS_SQL                                                                         \
  "SELECT " OFC_PRINT_JOB_COLUMNS OFC_PRINT_JOB_FROM                                      \
  "WHERE j.state IN ('queued', 'sending') AND p.enabled = 1 AND p.archived = 0 AND "      \
  "j.seq = (SELECT min(k.seq) FROM print_job AS k WHERE k.printer_id = j.printer_id AND " \
  "k.state IN ('queued', 'sending')) ORDER BY j.next_attempt_at, j.seq"

/**
 * ofc_print_jobs_next_due:
 * @next_due: (out): when no job is due now, the time the next one will be (µs since the
 *   epoch), or 0 when nothing waits
 *
 * Returns: (transfer full) (nullable): the job to work on now, with its subjects; %NULL
 *   without an error when none is due
 */
OfcPrintJob *
ofc_print_jobs_next_due (OfcDatabase *database, gint64 *next_due, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (database), NULL);
  *next_due = 0;
  statement = ofc_database_prepare (database, HEADS_SQL, error);
  if (statement == NULL)
    return NULL;
  if (!ofc_statement_step (statement, &local))
    {
      if (local != NULL)
        g_propagate_error (error, local);
      return NULL;
    }
  job = _ofc_print_job_read (statement);
  if (job->next_attempt_at > ofc_database_now (database))
    {
      *next_due = job->next_attempt_at;
      return NULL;
    }
  if (!_ofc_print_job_load_subjects (database, job, error))
    return NULL;
  return g_steal_pointer (&job);
}

static OfcStatement *
prepare_for (OfcDatabase *database, OfcPrintJob *job, const char *sql, GError **error)
{
  OfcStatement *statement = ofc_database_prepare (database, sql, error);

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, &job->id);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  return statement;
}

/**
 * ofc_print_jobs_store_payload:
 * @format: "escpos", "zpl", "tspl", "epl", "brother-ql" or "pdf"
 *
 * Keeps the rendered bytes: every later attempt and every reprint sends these. A job that
 * already has a payload keeps it.
 */
gboolean
ofc_print_jobs_store_payload (
    OfcDatabase *database, OfcPrintJob *job, const char *format, GBytes *payload, GError **error)
{
  g_autoptr (OfcStatement) statement =
      prepare_for (database, job,
                   "UPDATE print_job SET payload = ?3, payload_format = ?4, updated_at = ?2 "
                   "WHERE id = ?1 AND payload IS NULL",
                   error);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_blob (statement, 3, payload);
  ofc_statement_bind_text (statement, 4, format);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  job->has_payload = TRUE;
  g_free (job->payload_format);
  job->payload_format = g_strdup (format);
  return TRUE;
}

/**
 * ofc_print_jobs_begin_attempt:
 * @claimed: (out): %FALSE when the job is no longer the worker's (cancelled, moved, sent)
 *
 * Counts an attempt. A job not yet written becomes "sending" before its first byte goes
 * out; a written one stays "sending" while the worker asks the printer to confirm it.
 */
gboolean
ofc_print_jobs_begin_attempt (OfcDatabase *database,
                              OfcPrintJob *job,
                              gboolean *claimed,
                              GError **error)
{
  g_autoptr (OfcStatement) statement = prepare_for (
      database, job,
      "UPDATE print_job SET state = 'sending', attempts = attempts + 1, updated_at = ?2 "
      "WHERE id = ?1 AND (state = 'queued' OR state = 'sending') AND "
      "(written_at IS NULL) = (?3 = 0)",
      error);

  *claimed = FALSE;
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_int64 (statement, 3, job->written_at);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  *claimed = ofc_database_get_changes (database) == 1;
  if (*claimed)
    {
      job->state = OFC_PRINT_JOB_SENDING;
      job->attempts++;
    }
  return TRUE;
}

static void
set_problem (OfcPrintJob *job, const char *code, const char *message)
{
  g_free (job->error_code);
  job->error_code = g_strdup (code);
  g_free (job->last_error);
  job->last_error = g_strdup (message);
}

/**
 * ofc_print_jobs_mark_written:
 *
 * Records that the last byte went out. From here on the worker never sends the job again.
 * The problem of an earlier attempt is cleared: whatever the row says from now on is about
 * this delivery (a reader waiting for the attempt's outcome relies on it).
 */
gboolean
ofc_print_jobs_mark_written (OfcDatabase *database, OfcPrintJob *job, GError **error)
{
  g_autoptr (OfcStatement) statement =
      prepare_for (database, job,
                   "UPDATE print_job SET written_at = ?2, updated_at = ?2, last_error = '', "
                   "error_code = '' WHERE id = ?1 AND state = 'sending'",
                   error);

  if (statement == NULL || !ofc_statement_exec (statement, error))
    return FALSE;
  job->written_at = ofc_database_now (database);
  set_problem (job, "", "");
  return TRUE;
}

static gboolean
finish (OfcDatabase *database,
        OfcPrintJob *job,
        OfcPrintJobState state,
        const char *operation,
        OfcChangeSet *changes,
        OfcStatement *statement,
        GError **error)
{
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);

  if (transaction == NULL || !ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 0)
    return TRUE; /* a person changed the job meanwhile: theirs is the last word */
  ofc_change_set_text (changes, "state", ofc_print_job_state_to_string (job->state),
                       ofc_print_job_state_to_string (state));
  job->state = state;
  return _ofc_print_job_journal (database, job, operation, changes, error) &&
         ofc_transaction_commit (transaction, error);
}

gboolean
ofc_print_jobs_mark_sent (OfcDatabase *database, OfcPrintJob *job, GError **error)
{
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autoptr (OfcStatement) statement = prepare_for (
      database, job,
      "UPDATE print_job SET state = 'sent', sent_at = ?2, updated_at = ?2, last_error = '', "
      "error_code = '' WHERE id = ?1 AND state = 'sending'",
      error);

  if (statement == NULL)
    return FALSE;
  ofc_change_set_text (changes, "last-error", job->last_error, NULL);
  return finish (database, job, OFC_PRINT_JOB_SENT, "sent", changes, statement, error);
}

/**
 * ofc_print_jobs_mark_waiting:
 * @code: the problem's error code (see #OfcPrintJob), e.g. "paper-out"
 * @message: the translated message a person reads
 * @next_attempt_at: when to try again
 *
 * A transient failure. A job not yet written goes back to "queued"; a written one stays
 * "sending" until the printer confirms it. The journal records the problem when it is a
 * new one, not every attempt.
 */
gboolean
ofc_print_jobs_mark_waiting (OfcDatabase *database,
                             OfcPrintJob *job,
                             const char *code,
                             const char *message,
                             gint64 next_attempt_at,
                             GError **error)
{
  g_autoptr (OfcStatement) statement = prepare_for (
      database, job,
      "UPDATE print_job SET state = CASE WHEN written_at IS NULL THEN 'queued' ELSE state END, "
      "last_error = ?3, error_code = ?4, next_attempt_at = ?5, updated_at = ?2 "
      "WHERE id = ?1 AND state IN ('queued', 'sending')",
      error);
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autoptr (OfcTransaction) transaction = NULL;
  gboolean new_problem = g_strcmp0 (job->error_code, code) != 0;

  if (statement == NULL || (transaction = ofc_database_begin (database, error)) == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 3, message);
  ofc_statement_bind_text (statement, 4, code);
  ofc_statement_bind_int64 (statement, 5, next_attempt_at);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  ofc_change_set_text (changes, "last-error", job->last_error, message);
  if (job->written_at == 0)
    job->state = OFC_PRINT_JOB_QUEUED;
  job->next_attempt_at = next_attempt_at;
  set_problem (job, code, message);
  if (new_problem && ofc_database_get_changes (database) == 1 &&
      !_ofc_print_job_journal (database, job, "waiting", changes, error))
    return FALSE;
  return ofc_transaction_commit (transaction, error);
}

/**
 * ofc_print_jobs_mark_interrupted:
 *
 * The connection broke after the last byte was handed to the system but before the
 * printer confirmed it had it all: the job is treated as cut short, back to "queued" to be
 * sent whole again. Journaled like a wait.
 */
gboolean
ofc_print_jobs_mark_interrupted (OfcDatabase *database,
                                 OfcPrintJob *job,
                                 const char *code,
                                 const char *message,
                                 gint64 next_attempt_at,
                                 GError **error)
{
  g_autoptr (OfcStatement) statement = prepare_for (
      database, job,
      "UPDATE print_job SET written_at = NULL, updated_at = ?2 WHERE id = ?1 AND state = 'sending'",
      error);
  g_autoptr (OfcTransaction) transaction = NULL;

  if (statement == NULL || (transaction = ofc_database_begin (database, error)) == NULL ||
      !ofc_statement_exec (statement, error))
    return FALSE;
  job->written_at = 0;
  return ofc_print_jobs_mark_waiting (database, job, code, message, next_attempt_at, error) &&
         ofc_transaction_commit (transaction, error);
}

/**
 * ofc_print_jobs_mark_failed:
 *
 * A failure only a person can resolve: the job leaves the queue and keeps its message.
 */
gboolean
ofc_print_jobs_mark_failed (
    OfcDatabase *database, OfcPrintJob *job, const char *code, const char *message, GError **error)
{
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autoptr (OfcStatement) statement = prepare_for (
      database, job,
      "UPDATE print_job SET state = 'failed', last_error = ?3, error_code = ?4, updated_at = ?2 "
      "WHERE id = ?1 AND state IN ('queued', 'sending')",
      error);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 3, message);
  ofc_statement_bind_text (statement, 4, code);
  ofc_change_set_text (changes, "last-error", job->last_error, message);
  set_problem (job, code, message);
  return finish (database, job, OFC_PRINT_JOB_FAILED, "failed", changes, statement, error);
}
