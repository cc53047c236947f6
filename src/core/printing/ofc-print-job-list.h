/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintJobList: a GListModel of #OfcPrintJob for the print queue view, newest first:
 * every unfinished job (queued, sending, failed) and the most recent finished ones.
 *
 * The list refreshes itself shortly after "changed::print-job" (jobs added here or by the
 * print worker) and when refreshed by hand (jobs added by officina-cli in another process:
 * a view may call ofc_print_job_list_refresh() on a timer). Rows that changed are replaced
 * one by one, so a view keeps its selection and scroll position.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "printing/ofc-print-job.h"

G_BEGIN_DECLS

#define OFC_PRINT_JOB_LIST_RECENT 200

#define OFC_TYPE_PRINT_JOB_LIST (ofc_print_job_list_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintJobList, ofc_print_job_list, OFC, PRINT_JOB_LIST, GObject)

OfcPrintJobList *ofc_print_job_list_new (OfcContext *context, guint recent);
gboolean ofc_print_job_list_refresh (OfcPrintJobList *self,
                                     GError **error) G_GNUC_WARN_UNUSED_RESULT;
guint ofc_print_job_list_find (OfcPrintJobList *self, const OfcUuid *id);

G_END_DECLS
