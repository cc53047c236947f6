/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli print card | queue | preview | settings (and the order documents in
 * ofc-cli-print-orders.c). A print command queues its job in the same queue as the window
 * and waits for the printer, or says why not and leaves the job queued.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-print-private.h"

#define QUEUE_RECENT 50

/* a client by id or by discount-card code */
static gboolean
find_client (OfcCli *cli, const char *reference, OfcUuid *id, GError **error)
{
  g_autoptr (OfcClientStore) store = NULL;
  g_autoptr (OfcClient) client = NULL;

  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, error) == NULL ||
      (store = ofc_client_store_new (cli->context, error)) == NULL)
    return FALSE;
  if (ofc_uuid_parse (reference, id))
    client = ofc_client_store_get (store, id, error);
  else
    client = ofc_client_store_find_by_card_code (store, reference, error);
  if (client == NULL && error != NULL && *error == NULL)
    g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                 _ ("“%s” is neither a client id nor a discount card code"), reference);
  if (client == NULL)
    return FALSE;
  *id = *ofc_client_get_id (client);
  return TRUE;
}

static int
card_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (OfcCliPrintOptions) options = { .timeout = OFC_CLI_PRINT_TIMEOUT };
  const GOptionEntry entries[] = { OFC_CLI_PRINT_ENTRIES (options) };
  g_autoptr (GError) error = NULL;
  OfcUuid id;

  if (!ofc_cli_parse_options (cli, N_ ("CLIENT — print a client’s discount card label"), entries,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“print card” needs the client’s id or card code"));
  if (!find_client (cli, argv[1], &id, &error))
    return ofc_cli_fail (cli, error);
  return ofc_cli_print_jobs (cli, OFC_PRINT_JOB_CLIENT_CARD, &id, 1, TRUE, &options);
}

static void
report_jobs (OfcCli *cli, GPtrArray *jobs)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < jobs->len; i++)
    if (cli->json)
      cJSON_AddItemToArray (array, ofc_cli_job_to_json (g_ptr_array_index (jobs, i)));
    else
      ofc_cli_print_job_line (g_ptr_array_index (jobs, i));
  if (cli->json)
    ofc_cli_print_json (array);
  else
    cJSON_Delete (array);
}

typedef struct
{
  char *retry;
  char *cancel;
  char *reprint;
  char *printer;
  gboolean all;
  gboolean work;
  int timeout;
} QueueOptions;

static void
queue_options_clear (QueueOptions *options)
{
  g_free (options->retry);
  g_free (options->cancel);
  g_free (options->reprint);
  g_free (options->printer);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QueueOptions, queue_options_clear)

static GPtrArray *
list_jobs (OfcCli *cli, gboolean all, GError **error)
{
  return ofc_print_jobs_list (cli->context, all ? OFC_PRINT_JOBS_ALL : OFC_PRINT_JOBS_UNFINISHED,
                              all ? QUEUE_RECENT : 0, error);
}

static GPtrArray *
one_job (OfcPrintJob *job)
{
  GPtrArray *jobs;

  if (job == NULL)
    return NULL;
  jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (jobs, job);
  return jobs;
}

/* --retry, --cancel or --reprint: the job as it is afterwards (the new job for a reprint) */
static OfcPrintJob *
act_on_one (OfcCli *cli, QueueOptions *options, GError **error)
{
  const char *which = options->retry != NULL    ? options->retry
                      : options->cancel != NULL ? options->cancel
                                                : options->reprint;
  g_autoptr (OfcPrintJob) job = ofc_print_jobs_find (cli->context, which, error);
  g_autoptr (OfcPrinter) printer = NULL;

  if (job == NULL)
    return NULL;
  if (options->reprint != NULL)
    {
      printer = ofc_cli_find_printer (cli, options->printer, error);
      if (printer == NULL && error != NULL && *error != NULL)
        return NULL;
      return ofc_print_jobs_reprint (cli->context, job,
                                     printer != NULL ? ofc_printer_get_id (printer) : NULL, error);
    }
  if (!(options->retry != NULL ? ofc_print_jobs_retry (cli->context, job, error)
                               : ofc_print_jobs_cancel (cli->context, job, error)))
    return NULL;
  return ofc_print_jobs_get (cli->context, ofc_print_job_get_id (job), error);
}

static GPtrArray *
act_on_job (OfcCli *cli, QueueOptions *options, GError **error)
{
  return one_job (act_on_one (cli, options, error));
}

/* the worker will try it: not failed, and on an enabled, active printer */
static gboolean
is_workable (OfcCli *cli, OfcPrintJob *job)
{
  g_autoptr (OfcPrinter) printer = NULL;

  if (ofc_print_job_get_state (job) == OFC_PRINT_JOB_FAILED)
    return FALSE;
  printer = ofc_printer_store_get (cli->context, ofc_print_job_get_printer_id (job), NULL);
  return printer != NULL && ofc_printer_get_enabled (printer) &&
         !ofc_printer_get_archived (printer);
}

/* works every unfinished job once: the print worker for a cron job or after a restart */
static int
work_queue (OfcCli *cli, int timeout)
{
  OfcCliPrintOptions options = { .timeout = timeout };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) jobs =
      ofc_print_jobs_list (cli->context, OFC_PRINT_JOBS_UNFINISHED, 0, &error);
  g_autoptr (GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);

  if (jobs == NULL)
    return ofc_cli_fail (cli, error);
  for (guint i = 0; i < jobs->len; i++)
    if (is_workable (cli, g_ptr_array_index (jobs, i)))
      g_ptr_array_add (due, g_object_ref (g_ptr_array_index (jobs, i)));
  return ofc_cli_wait_jobs (cli, due, &options);
}

static int
queue_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (QueueOptions) options = { .timeout = OFC_CLI_PRINT_TIMEOUT };

  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all, N_ ("Show the recent finished jobs too"),
      NULL },
    { "retry", 0, 0, G_OPTION_ARG_STRING, &options.retry, N_ ("Send job ID again now"), N_ ("ID") },
    { "cancel", 0, 0, G_OPTION_ARG_STRING, &options.cancel, N_ ("Cancel job ID"), N_ ("ID") },
    { "reprint", 0, 0, G_OPTION_ARG_STRING, &options.reprint,
      N_ ("Print job ID again, exactly as it printed"), N_ ("ID") },
    { "printer", 0, 0, G_OPTION_ARG_STRING, &options.printer,
      N_ ("With --reprint: on this printer"), N_ ("NAME") },
    { "work", 0, 0, G_OPTION_ARG_NONE, &options.work,
      N_ ("Try every waiting job once now, then report"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &options.timeout,
      N_ ("With --work: wait at most this long for each printer"), N_ ("SECONDS") },
    { NULL },
  };

  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) jobs = NULL;
  int actions;

  if (!ofc_cli_parse_options (cli, N_ ("— show the print queue, retry or cancel a job"), entries,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  actions =
      (options.retry != NULL) + (options.cancel != NULL) + (options.reprint != NULL) + options.work;
  if (argc != 1 || actions > 1)
    return ofc_cli_usage_error (cli, _ ("“print queue” takes at most one of --retry, --cancel, "
                                        "--reprint and --work"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL)
    return ofc_cli_fail (cli, error);
  if (options.work)
    return work_queue (cli, options.timeout);
  jobs = actions == 1 ? act_on_job (cli, &options, &error) : list_jobs (cli, options.all, &error);
  if (jobs == NULL)
    return ofc_cli_fail (cli, error);
  report_jobs (cli, jobs);
  return 0;
}

static gboolean
parse_switch (const char *text, gboolean *value)
{
  if (g_strcmp0 (text, "yes") == 0 || g_strcmp0 (text, "on") == 0)
    *value = TRUE;
  else if (g_strcmp0 (text, "no") == 0 || g_strcmp0 (text, "off") == 0)
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static void
report_settings (OfcCli *cli, OfcPrintAuto documents)
{
  cJSON *object;

  if (!cli->json)
    {
      printf (_ ("Sticker printed on intake: %s\n"),
              documents & OFC_PRINT_AUTO_STICKER ? _ ("yes") : _ ("no"));
      printf (_ ("Intake receipt printed on intake: %s\n"),
              documents & OFC_PRINT_AUTO_INTAKE_RECEIPT ? _ ("yes") : _ ("no"));
      return;
    }
  object = cJSON_CreateObject ();
  cJSON_AddBoolToObject (object, "auto_sticker", documents & OFC_PRINT_AUTO_STICKER);
  cJSON_AddBoolToObject (object, "auto_intake_receipt", documents & OFC_PRINT_AUTO_INTAKE_RECEIPT);
  ofc_cli_print_json (object);
}

static gboolean
apply_switch (const char *text, OfcPrintAuto flag, OfcPrintAuto *documents, GError **error)
{
  gboolean on;

  if (text == NULL)
    return TRUE;
  if (!parse_switch (text, &on))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("“%s” is not yes or no"), text);
      return FALSE;
    }
  *documents = on ? (*documents | flag) : (*documents & ~flag);
  return TRUE;
}

static int
settings_run (OfcCli *cli, int argc, char **argv)
{
  g_autofree char *sticker = NULL;
  g_autofree char *receipt = NULL;
  const GOptionEntry entries[] = {
    { "auto-sticker", 0, 0, G_OPTION_ARG_STRING, &sticker,
      N_ ("Print the order sticker when an order is taken in"), N_ ("yes|no") },
    { "auto-intake-receipt", 0, 0, G_OPTION_ARG_STRING, &receipt,
      N_ ("Print the intake receipt when an order is taken in"), N_ ("yes|no") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  OfcPrintAuto documents;

  if (!ofc_cli_parse_options (cli, N_ ("— show or change what prints by itself"), entries, &argc,
                              &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1)
    return ofc_cli_usage_error (cli, _ ("“print settings” takes no arguments"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL)
    return ofc_cli_fail (cli, error);
  documents = ofc_print_settings_get_auto (cli->context);
  if (!apply_switch (sticker, OFC_PRINT_AUTO_STICKER, &documents, &error) ||
      !apply_switch (receipt, OFC_PRINT_AUTO_INTAKE_RECEIPT, &documents, &error) ||
      ((sticker != NULL || receipt != NULL) &&
       !ofc_print_settings_set_auto (cli->context, documents, &error)))
    return ofc_cli_fail (cli, error);
  report_settings (cli, documents);
  return 0;
}

static const OfcCliCommand verbs[] = {
  { "sticker", NULL, ofc_cli_print_sticker_run },
  { "intake-receipt", NULL, ofc_cli_print_intake_run },
  { "act", NULL, ofc_cli_print_act_run },
  { "card", NULL, card_run },
  { "preview", NULL, ofc_cli_print_preview_run },
  { "queue", NULL, queue_run },
  { "settings", NULL, settings_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_print_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "print", verbs, argc, argv);
}
