/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Printer status probes: one OfcPrinterLink per probe, opened, asked and closed in a
 * worker thread so a printer that never answers costs the window nothing but the wait.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-printer-probe.h"

typedef struct
{
  OfcPrinter *printer;
  guint timeout_ms;
} ProbeData;

static void
probe_data_free (gpointer data)
{
  ProbeData *probe_data = data;

  g_clear_object (&probe_data->printer);
  g_free (probe_data);
}

/**
 * ofc_printer_probe_supported:
 *
 * Returns: whether @printer's language has a status query Officina can ask: ESC/POS, ZPL,
 *   TSPL and Brother QL do; EPL and system printers do not
 */
gboolean
ofc_printer_probe_supported (OfcPrinter *printer)
{
  OfcPrinterLanguage language = ofc_printer_get_language (printer);

  return language != OFC_PRINTER_LANGUAGE_EPL && language != OFC_PRINTER_LANGUAGE_SYSTEM;
}

void
ofc_printer_probe_free (OfcPrinterProbe *probe)
{
  if (probe == NULL)
    return;
  g_free (probe->detail);
  g_free (probe);
}

static const char *
problem_label (OfcPrinterStatus status)
{
  if (status & OFC_PRINTER_STATUS_PAPER_OUT)
    return _ ("Out of paper");
  if (status & (OFC_PRINTER_STATUS_COVER_OPEN | OFC_PRINTER_STATUS_HEAD_OPEN))
    return _ ("Cover open");
  if (status & (OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_PAUSED))
    return C_ ("printer status", "Offline");
  return _ ("Printer fault");
}

/**
 * ofc_printer_probe_get_label:
 *
 * Returns: a short translated state for a status chip: "Ready", "Out of paper"…
 */
const char *
ofc_printer_probe_get_label (const OfcPrinterProbe *probe)
{
  switch (probe->state)
    {
      case OFC_PRINTER_PROBE_READY:
        if (probe->status & OFC_PRINTER_STATUS_PAPER_NEAR_END)
          return _ ("Paper low");
        return C_ ("printer status", "Ready");
      case OFC_PRINTER_PROBE_PROBLEM:
        return problem_label (probe->status);
      case OFC_PRINTER_PROBE_UNREACHABLE:
        return _ ("Not connected");
      case OFC_PRINTER_PROBE_NO_STATUS:
      default:
        return _ ("No status");
    }
}

/**
 * ofc_printer_probe_get_css_class:
 *
 * Returns: the style class of the state's chip (see style.css)
 */
const char *
ofc_printer_probe_get_css_class (const OfcPrinterProbe *probe)
{
  switch (probe->state)
    {
      case OFC_PRINTER_PROBE_READY:
        return "ofc-status-ready";
      case OFC_PRINTER_PROBE_PROBLEM:
        return "ofc-status-problem";
      case OFC_PRINTER_PROBE_UNREACHABLE:
        return "ofc-status-offline";
      case OFC_PRINTER_PROBE_NO_STATUS:
      default:
        return "ofc-status-unknown";
    }
}

static OfcPrinterProbe *
probe_new (OfcPrinterProbeState state, OfcPrinterStatus status, char *detail)
{
  OfcPrinterProbe *probe = g_new0 (OfcPrinterProbe, 1);

  probe->state = state;
  probe->status = status;
  probe->detail = detail;
  return probe;
}

/* runs in a worker thread: connects, asks once, closes */
static OfcPrinterProbe *
ask (OfcPrinter *printer, guint timeout_ms)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinterLink) link = ofc_printer_link_new (printer, &error);
  OfcPrinterStatus status = OFC_PRINTER_STATUS_READY;
  gboolean has_status = FALSE;
  gboolean answered;

  if (link == NULL || !ofc_printer_link_open (link, timeout_ms, &error))
    return probe_new (OFC_PRINTER_PROBE_UNREACHABLE, 0, g_strdup (error->message));
  answered = ofc_printer_link_query (link, timeout_ms, &has_status, &status, &error);
  ofc_printer_link_close (link);
  if (!answered)
    return probe_new (OFC_PRINTER_PROBE_UNREACHABLE, 0, g_strdup (error->message));
  if (!has_status)
    return probe_new (OFC_PRINTER_PROBE_NO_STATUS, 0,
                      g_strdup (_ ("Connected; this printer does not report its state")));
  return probe_new ((status & OFC_PRINTER_STATUS_BLOCKING) != 0 ? OFC_PRINTER_PROBE_PROBLEM
                                                                : OFC_PRINTER_PROBE_READY,
                    status, ofc_printer_status_describe (status));
}

static void
probe_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ProbeData *data = task_data;
  OfcPrinterProbe *probe = ask (data->printer, data->timeout_ms);

  if (g_task_return_error_if_cancelled (task))
    ofc_printer_probe_free (probe);
  else
    g_task_return_pointer (task, probe, (GDestroyNotify) ofc_printer_probe_free);
}

/**
 * ofc_printer_probe_async:
 * @printer: a device printer; copied, so it may be edited right after the call
 * @timeout_ms: for connecting and for the answer, each
 *
 * Asks @printer for its state in a worker thread.
 */
void
ofc_printer_probe_async (OfcPrinter *printer,
                         guint timeout_ms,
                         GCancellable *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ProbeData *data = g_new0 (ProbeData, 1);

  g_return_if_fail (OFC_IS_PRINTER (printer));
  data->printer = ofc_printer_copy (printer);
  data->timeout_ms = timeout_ms;
  g_task_set_source_tag (task, ofc_printer_probe_async);
  g_task_set_task_data (task, data, probe_data_free);
  g_task_run_in_thread (task, probe_thread);
}

/**
 * ofc_printer_probe_finish:
 *
 * Returns: (transfer full) (nullable): the answer; %NULL only when cancelled
 */
OfcPrinterProbe *
ofc_printer_probe_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
