/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli's printing helpers: printers and jobs as JSON and text, and queueing jobs
 * then waiting for the printer with the print worker running in this process (or in the
 * window, when it works the queue).
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-print-private.h"

void
ofc_cli_print_options_clear (OfcCliPrintOptions *options)
{
  g_clear_pointer (&options->printer, g_free);
}

static cJSON *
roles_to_json (OfcPrinterRoles roles)
{
  static const OfcPrinterRoles all[] = { OFC_PRINTER_ROLE_RECEIPT, OFC_PRINTER_ROLE_LABEL,
                                         OFC_PRINTER_ROLE_DOCUMENT };
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (roles & all[i])
      cJSON_AddItemToArray (array, cJSON_CreateString (ofc_printer_role_to_string (all[i])));
  return array;
}

/**
 * ofc_cli_printer_to_json:
 *
 * Returns: (transfer full): the printer's settings; receipt options for receipt printers,
 *   label options for label printers
 */
cJSON *
ofc_cli_printer_to_json (OfcPrinter *printer)
{
  cJSON *object = cJSON_CreateObject ();
  OfcPrinterLanguage language = ofc_printer_get_language (printer);
  g_autofree char *media = ofc_printer_dup_media_text (printer);

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_printer_get_id (printer)));
  cJSON_AddStringToObject (object, "name", ofc_printer_get_name (printer));
  cJSON_AddStringToObject (object, "language", ofc_printer_language_to_string (language));
  cJSON_AddStringToObject (object, "uri", ofc_printer_get_uri (printer));
  cJSON_AddItemToObject (object, "defaults", roles_to_json (ofc_printer_get_roles (printer)));
  cJSON_AddBoolToObject (object, "enabled", ofc_printer_get_enabled (printer));
  cJSON_AddBoolToObject (object, "archived", ofc_printer_get_archived (printer));
  if (language == OFC_PRINTER_LANGUAGE_ESCPOS)
    {
      cJSON_AddNumberToObject (object, "width", ofc_printer_get_paper_width (printer));
      cJSON_AddStringToObject (object, "codepage", ofc_printer_get_code_page (printer));
      cJSON_AddStringToObject (object, "profile", ofc_printer_get_profile (printer));
      if (ofc_printer_get_code_table (printer) >= 0)
        cJSON_AddNumberToObject (object, "table", ofc_printer_get_code_table (printer));
    }
  else if (language != OFC_PRINTER_LANGUAGE_SYSTEM)
    {
      cJSON_AddStringToObject (object, "media", media);
      cJSON_AddNumberToObject (object, "gap", ofc_printer_get_media_gap (printer));
      cJSON_AddNumberToObject (object, "dpi", ofc_printer_get_dpi (printer));
    }
  return object;
}

cJSON *
ofc_cli_job_to_json (OfcPrintJob *job)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_print_job_get_id (job)));
  cJSON_AddNumberToObject (object, "number", (double) ofc_print_job_get_seq (job));
  cJSON_AddStringToObject (object, "printer", ofc_print_job_get_printer_name (job));
  cJSON_AddStringToObject (object, "kind",
                           ofc_print_job_kind_to_string (ofc_print_job_get_kind (job)));
  cJSON_AddStringToObject (object, "title", ofc_print_job_get_title (job));
  cJSON_AddNumberToObject (object, "copies", ofc_print_job_get_copies (job));
  cJSON_AddStringToObject (object, "state",
                           ofc_print_job_state_to_string (ofc_print_job_get_state (job)));
  cJSON_AddNumberToObject (object, "attempts", ofc_print_job_get_attempts (job));
  cJSON_AddStringToObject (object, "error_code", ofc_print_job_get_error_code (job));
  cJSON_AddStringToObject (object, "error", ofc_print_job_get_last_error (job));
  cJSON_AddItemToObject (object, "created_at",
                         ofc_cli_json_time (ofc_print_job_get_created_at (job)));
  cJSON_AddItemToObject (object, "sent_at", ofc_cli_json_time (ofc_print_job_get_sent_at (job)));
  return object;
}

/* "#12  sent     Order sticker  A-000123  Labels" and the problem on a second line */
void
ofc_cli_print_job_line (OfcPrintJob *job)
{
  g_autofree char *state =
      ofc_cli_pad (ofc_print_job_state_get_label (ofc_print_job_get_state (job)), 10);
  g_autofree char *kind =
      ofc_cli_pad (ofc_print_job_kind_get_label (ofc_print_job_get_kind (job)), 20);
  g_autofree char *title = ofc_cli_pad (ofc_print_job_get_title (job), 24);

  printf ("#%-5" G_GINT64_FORMAT " %s %s %s %s\n", ofc_print_job_get_seq (job), state, kind, title,
          ofc_print_job_get_printer_name (job));
  if (*ofc_print_job_get_last_error (job) != '\0' &&
      ofc_print_job_get_state (job) != OFC_PRINT_JOB_SENT)
    printf ("       %s\n", ofc_print_job_get_last_error (job));
}

/**
 * ofc_cli_find_printer:
 * @name: (nullable): a printer's name or id; %NULL for none
 *
 * Returns: (transfer full) (nullable): the printer; %NULL without an error when @name is
 *   %NULL
 */
OfcPrinter *
ofc_cli_find_printer (OfcCli *cli, const char *name, GError **error)
{
  OfcContext *context = ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, error);

  if (context == NULL || name == NULL)
    return NULL;
  return ofc_printer_store_find (context, name, error);
}

static void
report_queued (OfcCli *cli, GPtrArray *jobs)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < jobs->len; i++)
    {
      OfcPrintJob *job = g_ptr_array_index (jobs, i);

      if (cli->json)
        cJSON_AddItemToArray (array, ofc_cli_job_to_json (job));
      else
        printf (_ ("Job %u queued on “%s”: %s %s\n"), (guint) ofc_print_job_get_seq (job),
                ofc_print_job_get_printer_name (job),
                ofc_print_job_kind_get_label (ofc_print_job_get_kind (job)),
                ofc_print_job_get_title (job));
    }
  if (cli->json)
    ofc_cli_print_json (array);
  else
    cJSON_Delete (array);
}

/* one line on stderr per job that did not print, saying why and that it stays queued */
static gboolean
report_outcome (OfcPrintJob *job)
{
  OfcPrintJobState state = ofc_print_job_get_state (job);
  const char *problem = ofc_print_job_get_last_error (job);

  if (state == OFC_PRINT_JOB_SENT)
    return TRUE;
  if (state == OFC_PRINT_JOB_FAILED || state == OFC_PRINT_JOB_CANCELLED)
    fprintf (stderr, _ ("officina-cli: job %u was not printed: %s\n"),
             (guint) ofc_print_job_get_seq (job), *problem != '\0' ? problem : _ ("cancelled"));
  else if (*problem != '\0')
    fprintf (stderr,
             _ ("officina-cli: job %u is waiting: %s; it stays in the queue "
                "and will be retried\n"),
             (guint) ofc_print_job_get_seq (job), problem);
  else
    fprintf (stderr,
             _ ("officina-cli: job %u was not sent in time; it stays in the "
                "queue\n"),
             (guint) ofc_print_job_get_seq (job));
  return FALSE;
}

static void
report_done (OfcCli *cli, GPtrArray *jobs)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < jobs->len; i++)
    {
      OfcPrintJob *job = g_ptr_array_index (jobs, i);

      cJSON_AddItemToArray (array, ofc_cli_job_to_json (job));
      if (!cli->json && ofc_print_job_get_state (job) == OFC_PRINT_JOB_SENT)
        printf (_ ("Job %u printed on “%s”: %s %s\n"), (guint) ofc_print_job_get_seq (job),
                ofc_print_job_get_printer_name (job),
                ofc_print_job_kind_get_label (ofc_print_job_get_kind (job)),
                ofc_print_job_get_title (job));
    }
  if (cli->json)
    ofc_cli_print_json (array);
  else
    cJSON_Delete (array);
}

/**
 * ofc_cli_wait_jobs:
 * @jobs: (element-type OfcPrintJob): queued jobs
 *
 * Runs the print worker in this process (when no other process works the queue) and
 * waits for each job's first outcome. Reports on stdout; a job that did not print gets a
 * line on stderr and the exit status 1.
 */
int
ofc_cli_wait_jobs (OfcCli *cli, GPtrArray *jobs, const OfcCliPrintOptions *options)
{
  OfcPrintQueue *queue = ofc_print_queue_get_default (cli->context);
  g_autoptr (GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  gboolean all_printed = TRUE;
  guint timeout_ms = (guint) MAX (options->timeout, 0) * 1000;

  if (options->no_wait)
    {
      report_queued (cli, jobs);
      return 0;
    }
  if (!ofc_print_queue_start (queue, &error))
    return ofc_cli_fail (cli, error);
  ofc_print_queue_wake (queue);
  for (guint i = 0; i < jobs->len; i++)
    {
      OfcPrintJob *job = ofc_print_queue_wait_job (
          queue, ofc_print_job_get_id (g_ptr_array_index (jobs, i)), timeout_ms, &error);

      if (job == NULL)
        return ofc_cli_fail (cli, error);
      g_ptr_array_add (outcomes, job);
      all_printed = report_outcome (job) && all_printed;
    }
  ofc_print_queue_stop (queue);
  report_done (cli, outcomes);
  return all_printed ? 0 : OFC_CLI_EXIT_FAILURE;
}

static OfcPrintJob *
enqueue (OfcCli *cli,
         OfcPrintJobKind kind,
         const OfcUuid *subjects,
         guint n_subjects,
         OfcPrinter *printer,
         const OfcCliPrintOptions *options,
         GError **error)
{
  OfcPrintRequest request = { .kind = kind,
                              .printer_id = printer != NULL ? ofc_printer_get_id (printer) : NULL,
                              .subjects = subjects,
                              .n_subjects = n_subjects,
                              .copies = (guint) MAX (options->copies, 0) };

  return ofc_print_jobs_enqueue (cli->context, &request, error);
}

/**
 * ofc_cli_print_jobs:
 * @one_job_each: a job per subject (stickers of several orders), or one job for all
 *
 * Queues the jobs (all or none: one transaction), then waits for them.
 */
int
ofc_cli_print_jobs (OfcCli *cli,
                    OfcPrintJobKind kind,
                    const OfcUuid *subjects,
                    guint n_subjects,
                    gboolean one_job_each,
                    const OfcCliPrintOptions *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = ofc_cli_find_printer (cli, options->printer, &error);
  g_autoptr (GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (OfcTransaction) transaction = NULL;
  guint n_jobs = one_job_each ? MAX (n_subjects, 1) : 1;

  if (error != NULL ||
      (transaction = ofc_database_begin (ofc_context_get_database (cli->context), &error)) == NULL)
    return ofc_cli_fail (cli, error);
  for (guint i = 0; i < n_jobs; i++)
    {
      OfcPrintJob *job =
          enqueue (cli, kind, one_job_each && n_subjects > 0 ? &subjects[i] : subjects,
                   one_job_each ? MIN (n_subjects, 1) : n_subjects, printer, options, &error);

      if (job == NULL)
        return ofc_cli_fail (cli, error);
      g_ptr_array_add (jobs, job);
    }
  if (!ofc_transaction_commit (transaction, &error))
    return ofc_cli_fail (cli, error);
  return ofc_cli_wait_jobs (cli, jobs, options);
}
