/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * One step of the print worker: take the next due job and work one attempt of it. The
 * queue object owns the thread, the lock and the waiting; this is what happens in between.
 */
#pragma once

#include <ofc-core.h>

G_BEGIN_DECLS

typedef struct
{
  guint retry_base_ms;
  guint retry_max_ms;
  guint io_timeout_ms;
  guint status_timeout_ms;
  guint confirm_timeout_ms;
  guint spool_timeout_ms;
} OfcPrintTimings;

OfcPrintJob *_ofc_print_worker_step (OfcContext *context,
                                     const OfcPrintTimings *timings,
                                     gint64 *next_due,
                                     GError **error);
const char *_ofc_print_problem_code (const GError *error);
gboolean _ofc_print_problem_is_transient (const GError *error);

G_END_DECLS
