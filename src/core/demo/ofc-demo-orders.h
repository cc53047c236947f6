/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Demo repair orders: realistic devices, malfunctions, works from the price list,
 * executors and managers, statuses moved along the allowed transitions with their
 * history, comments — spread over the last three years, for the existing clients.
 * Reproducible: the same seed on the same clients and reference data gives the same
 * orders (ids and the journal's device differ).
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "db/ofc-database.h"

#include "demo/ofc-demo.h"

G_BEGIN_DECLS

/* clang-format off */
gboolean ofc_demo_generate_orders (OfcDatabase      *database,
                                   guint             n_orders,
                                   guint64           seed,
                                   OfcDemoProgressFunc progress,
                                   gpointer          user_data,
                                   GCancellable     *cancellable,
                                   GError          **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
