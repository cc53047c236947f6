/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Adding print jobs: the request is checked (a printer that exists and can print the kind,
 * subjects that exist), the job row, its subjects and its journal entry are written in the
 * caller's transaction or in one of its own.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-print-jobs.h"

static OfcPrinter *
resolve_printer (OfcDatabase *database, const OfcPrintRequest *request, GError **error)
{
  OfcPrinterRoles role = ofc_print_job_kind_get_role (request->kind);
  g_autoptr (OfcPrinter) printer = NULL;

  if (request->printer_id == NULL && role == OFC_PRINTER_ROLE_NONE)
    {
      ofc_set_invalid (error, "printer", _ ("Choose the printer for the test page"));
      return NULL;
    }
  printer = request->printer_id != NULL ? _ofc_printer_load (database, request->printer_id, error)
                                        : _ofc_printer_load_default (database, role, error);
  if (printer == NULL)
    return NULL;
  if (ofc_printer_get_archived (printer))
    ofc_set_invalid (error, "printer", _ ("The printer “%s” was removed"),
                     ofc_printer_get_name (printer));
  else if (!ofc_print_job_kind_supports (request->kind, ofc_printer_get_language (printer)))
    ofc_set_invalid (error, "printer", _ ("The printer “%s” (%s) cannot print this document: %s"),
                     ofc_printer_get_name (printer),
                     ofc_printer_language_get_label (ofc_printer_get_language (printer)),
                     ofc_print_job_kind_get_label (request->kind));
  else
    return g_steal_pointer (&printer);
  return NULL;
}

static gboolean
check_request (const OfcPrintRequest *request, GError **error)
{
  OfcPrintSubjectKind subject = ofc_print_job_kind_get_subject (request->kind);

  if (request->kind >= OFC_PRINT_JOB_N_KINDS)
    ofc_set_invalid (error, "kind", _ ("Unknown kind of document"));
  else if (request->copies > OFC_PRINT_MAX_COPIES)
    ofc_set_invalid (error, "copies", _ ("At most %d copies can be printed at once"),
                     OFC_PRINT_MAX_COPIES);
  else if (subject != OFC_PRINT_SUBJECT_NONE && request->n_subjects == 0)
    ofc_set_invalid (error, "subjects", _ ("Say what to print: %s"),
                     ofc_print_job_kind_get_label (request->kind));
  else if (subject == OFC_PRINT_SUBJECT_CLIENT && request->n_subjects > 1)
    ofc_set_invalid (error, "subjects", _ ("A discount card job prints one client's card"));
  else if (subject == OFC_PRINT_SUBJECT_NONE && request->n_subjects > 0)
    ofc_set_invalid (error, "subjects", _ ("A test page prints no record"));
  else
    return TRUE;
  return FALSE;
}

/* the order's number or the client's name; %OFC_ERROR_NOT_FOUND when the record is not there */
static char *
dup_subject_title (OfcDatabase *database,
                   OfcPrintSubjectKind kind,
                   const OfcUuid *id,
                   GError **error)
{
  static const char *const sql[] = {
    [OFC_PRINT_SUBJECT_ORDER] = "SELECT number FROM repair_order WHERE id = ?1",
    [OFC_PRINT_SUBJECT_CLIENT] = "SELECT name FROM client WHERE id = ?1",
  };
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql[kind], error);
  GError *local = NULL;
  char text[OFC_UUID_STRING_LEN + 1];

  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  if (ofc_statement_step (statement, &local))
    return ofc_statement_dup_text (statement, 0);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  ofc_uuid_to_string (id, text);
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
               kind == OFC_PRINT_SUBJECT_ORDER ? _ ("There is no order %s to print")
                                               : _ ("There is no client %s to print"),
               text);
  return NULL;
}

static char *
dup_title (OfcDatabase *database, const OfcPrintRequest *request, GError **error)
{
  OfcPrintSubjectKind kind = ofc_print_job_kind_get_subject (request->kind);
  g_autoptr (GString) title = g_string_new (NULL);

  for (guint i = 0; i < request->n_subjects; i++)
    {
      g_autofree char *one = dup_subject_title (database, kind, &request->subjects[i], error);

      if (one == NULL)
        return NULL;
      g_string_append_printf (title, "%s%s", i > 0 ? ", " : "", one);
    }
  return g_string_free (g_steal_pointer (&title), FALSE);
}

static gint64
next_seq (OfcDatabase *database, GError **error)
{
  g_autoptr (OfcStatement) statement =
      ofc_database_prepare (database, "SELECT ifnull(max(seq), 0) + 1 FROM print_job", error);

  if (statement == NULL || !ofc_statement_step (statement, error))
    return 0;
  return ofc_statement_get_int64 (statement, 0);
}

static gboolean
insert_subjects (OfcDatabase *database, OfcPrintJob *job, GError **error)
{
  for (guint i = 0; i < job->subjects->len; i++)
    {
      g_autoptr (OfcStatement) statement = ofc_database_prepare (
          database,
          "INSERT INTO print_job_subject (job_id, position, subject_id) VALUES (?1, ?2, ?3)",
          error);

      if (statement == NULL)
        return FALSE;
      ofc_statement_bind_uuid (statement, 1, &job->id);
      ofc_statement_bind_int64 (statement, 2, i);
      ofc_statement_bind_uuid (statement, 3, &g_array_index (job->subjects, OfcUuid, i));
      if (!ofc_statement_exec (statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_job (OfcDatabase *database, OfcPrintJob *job, GBytes *payload, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (
      database,
      "INSERT INTO print_job (id, seq, printer_id, kind, subject_kind, title, copies, state, "
      "next_attempt_at, payload, payload_format, reprint_of, created_at, updated_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?8, ?9, ?10, ?11, ?8, ?8)",
      error);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &job->id);
  ofc_statement_bind_int64 (statement, 2, job->seq);
  ofc_statement_bind_uuid (statement, 3, &job->printer_id);
  ofc_statement_bind_text (statement, 4, ofc_print_job_kind_to_string (job->kind));
  ofc_statement_bind_text (statement, 5, ofc_print_subject_kind_to_string (job->subject_kind));
  ofc_statement_bind_text (statement, 6, job->title);
  ofc_statement_bind_int64 (statement, 7, job->copies);
  ofc_statement_bind_int64 (statement, 8, job->created_at);
  if (payload != NULL)
    ofc_statement_bind_blob (statement, 9, payload);
  else
    ofc_statement_bind_null (statement, 9);
  ofc_statement_bind_text (statement, 10, payload != NULL ? job->payload_format : "");
  if (ofc_uuid_is_nil (&job->reprint_of))
    ofc_statement_bind_null (statement, 11);
  else
    ofc_statement_bind_uuid (statement, 11, &job->reprint_of);
  return ofc_statement_exec (statement, error) && insert_subjects (database, job, error);
}

static OfcChangeSet *
creation_changes (OfcPrintJob *job)
{
  OfcChangeSet *changes = ofc_change_set_new_creation ();

  ofc_change_set_ref (changes, "printer-id", NULL, NULL, &job->printer_id, job->printer_name);
  ofc_change_set_text (changes, "kind", NULL, ofc_print_job_kind_to_string (job->kind));
  ofc_change_set_text (changes, "title", NULL, job->title);
  ofc_change_set_int64 (changes, "copies", 0, job->copies);
  ofc_change_set_text (changes, "state", NULL, ofc_print_job_state_to_string (job->state));
  return changes;
}

/**
 * _ofc_print_jobs_insert:
 * @job: the new job, every field but seq set; written with @payload when not %NULL
 *
 * Inserts and journals in the current transaction.
 */
gboolean
_ofc_print_jobs_insert (OfcDatabase *database, OfcPrintJob *job, GBytes *payload, GError **error)
{
  g_autoptr (OfcChangeSet) changes = creation_changes (job);

  job->seq = next_seq (database, error);
  return job->seq > 0 && insert_job (database, job, payload, error) &&
         _ofc_print_job_journal (database, job, OFC_JOURNAL_CREATE, changes, error);
}

static OfcPrintJob *
new_job (OfcDatabase *database, const OfcPrintRequest *request, OfcPrinter *printer, GError **error)
{
  g_autoptr (OfcPrintJob) job = g_object_new (OFC_TYPE_PRINT_JOB, NULL);

  ofc_uuid_generate (&job->id);
  job->printer_id = *ofc_printer_get_id (printer);
  job->printer_name = g_strdup (ofc_printer_get_name (printer));
  job->kind = request->kind;
  job->subject_kind = ofc_print_job_kind_get_subject (request->kind);
  g_array_append_vals (job->subjects, request->subjects, request->n_subjects);
  job->copies = MAX (request->copies, 1);
  job->state = OFC_PRINT_JOB_QUEUED;
  job->created_at = job->updated_at = job->next_attempt_at = ofc_database_now (database);
  job->last_error = g_strdup ("");
  job->error_code = g_strdup ("");
  job->payload_format = g_strdup ("");
  job->title = dup_title (database, request, error);
  return job->title != NULL ? g_steal_pointer (&job) : NULL;
}

static OfcPrintJob *
add (OfcDatabase *database, const OfcPrintRequest *request, GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (OfcPrintJob) job = NULL;

  if (!check_request (request, error) ||
      (transaction = ofc_database_begin (database, error)) == NULL ||
      (printer = resolve_printer (database, request, error)) == NULL ||
      (job = new_job (database, request, printer, error)) == NULL ||
      !_ofc_print_jobs_insert (database, job, NULL, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  return g_steal_pointer (&job);
}

/**
 * ofc_print_jobs_add:
 * @database: the connection whose transaction the job joins; without a transaction the
 *   job gets one of its own
 * @job_id: (out) (optional): the new job's id
 * @error: %OFC_ERROR_INVALID (a printer that cannot print the kind, on "printer"; bad
 *   copies or subjects), %OFC_ERROR_NOT_FOUND (no default printer, a missing order or
 *   client), or %OFC_DATABASE_ERROR
 *
 * The call for code that writes a business change and its print jobs together, such as
 * order intake. It does not notify: the caller emits "changed::print-job" (and wakes the
 * print queue) after its commit.
 */
gboolean
ofc_print_jobs_add (OfcDatabase *database,
                    const OfcPrintRequest *request,
                    OfcUuid *job_id,
                    GError **error)
{
  g_autoptr (OfcPrintJob) job = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  job = add (database, request, error);
  if (job == NULL)
    return FALSE;
  if (job_id != NULL)
    *job_id = job->id;
  return TRUE;
}

/**
 * ofc_print_jobs_enqueue:
 *
 * Adds a job in a transaction of its own and emits "changed::print-job", which wakes the
 * print queue of this process. Errors as ofc_print_jobs_add().
 *
 * Returns: (transfer full) (nullable): the queued job
 */
OfcPrintJob *
ofc_print_jobs_enqueue (OfcContext *context, const OfcPrintRequest *request, GError **error)
{
  OfcPrintJob *job;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (request != NULL, NULL);

  job = add (ofc_context_get_database (context), request, error);
  if (job != NULL && !ofc_database_in_transaction (ofc_context_get_database (context)))
    ofc_context_notify_changed (context, OFC_PRINT_JOB_CHANGED);
  return job;
}
