/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * `lp -d QUEUE -n COPIES -t TITLE FILE` in a subprocess, waited for on a private main
 * context so it works in any thread, and killed when it takes longer than allowed.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <ofc-devices.h>

#include "ofc-cups.h"

typedef struct
{
  gboolean done;
  gboolean timed_out;
  char *out;
  char *err;
  GError *error;
  GSubprocess *process;
  GCancellable *cancellable;
} Run;

static void
on_communicated (GObject *source, GAsyncResult *result, gpointer data)
{
  Run *run = data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err,
                                        &run->error);
  run->done = TRUE;
}

static gboolean
on_timeout (gpointer data)
{
  Run *run = data;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_REMOVE;
}

/* runs @argv to its end or its timeout; @run holds its output */
static gboolean
run_bounded (const char *const *argv, guint timeout_ms, Run *run, GError **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GSource) timeout = g_timeout_source_new (timeout_ms);

  run->process = g_subprocess_newv (
      argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, error);
  if (run->process == NULL)
    return FALSE;
  run->cancellable = g_cancellable_new ();
  g_main_context_push_thread_default (context);
  g_subprocess_communicate_utf8_async (run->process, NULL, run->cancellable, on_communicated, run);
  g_source_set_callback (timeout, on_timeout, run, NULL);
  g_source_attach (timeout, context);
  while (!run->done)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timeout);
  g_main_context_pop_thread_default (context);
  return TRUE;
}

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_clear_error (&run->error);
  g_clear_object (&run->process);
  g_clear_object (&run->cancellable);
}

static gboolean
report (Run *run, const char *queue, guint timeout_ms, GError **error)
{
  g_autofree char *message = g_strstrip (g_strdup (run->err != NULL ? run->err : ""));

  if (run->timed_out)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
                 _ ("The print service did not take the job for “%s” within %u s"), queue,
                 timeout_ms / 1000);
  else if (run->error != NULL)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_IO,
                 _ ("Cannot hand the job to the print service: %s"), run->error->message);
  else if (g_subprocess_get_if_exited (run->process) &&
           g_subprocess_get_exit_status (run->process) == 0)
    return TRUE;
  /* a queue CUPS does not know stays unknown until someone fixes the address */
  else if (strstr (message, "does not exist") != NULL || strstr (message, "nknown destination"))
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_URI,
                 _ ("The print service has no printer “%s”: %s"), queue, message);
  else
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_OFFLINE,
                 _ ("The print service refused the job for “%s”: %s"), queue, message);
  return FALSE;
}

/**
 * ofc_cups_print:
 * @queue: the CUPS destination
 * @title: shown in the system's print queue
 * @copies: asked of CUPS, which makes them
 *
 * Returns: %TRUE once `lp` accepted the job; %OFC_PRINTER_ERROR_NOT_CONNECTED when `lp`
 *   is missing, %OFC_PRINTER_ERROR_TIMEOUT, %OFC_PRINTER_ERROR_BAD_URI for an unknown
 *   queue, %OFC_PRINTER_ERROR_OFFLINE for other refusals
 */
gboolean
ofc_cups_print (const char *queue,
                GBytes *pdf,
                const char *title,
                guint copies,
                guint timeout_ms,
                GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *count = g_strdup_printf ("%u", MAX (copies, 1));
  g_autoptr (GError) local = NULL;
  Run run = { 0 };
  gboolean ok;
  int fd = g_file_open_tmp ("officina-XXXXXX.pdf", &path, error);

  if (fd < 0)
    return FALSE;
  g_close (fd, NULL);
  if (!g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error))
    {
      g_unlink (path);
      return FALSE;
    }
  {
    const char *const argv[] = { "lp", "-d", queue, "-n", count, "-t", title, "--", path, NULL };

    ok = run_bounded (argv, timeout_ms, &run, &local);
  }
  g_unlink (path);
  if (!ok)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED,
                 _ ("Cannot run lp, the print service’s command (install cups-client): %s"),
                 local->message);
  else
    ok = report (&run, queue, timeout_ms, error);
  run_clear (&run);
  return ok;
}
