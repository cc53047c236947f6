/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Handing a PDF to the system's print service (CUPS) with `lp`, bounded by a timeout.
 * CUPS owns the job from then on: it queues, retries and reports on it by itself.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ofc_cups_print (const char *queue,
                         GBytes *pdf,
                         const char *title,
                         guint copies,
                         guint timeout_ms,
                         GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
