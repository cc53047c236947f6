/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The order store: taking a device in, editing and moving an order along its statuses,
 * finding it again, reading its history. Every write is one transaction that also appends
 * to the change journal; the order's number comes from its location's series in that same
 * transaction, so numbers are unique and without gaps even with several processes.
 *
 * Rules enforced here:
 * - a status changes only along the allowed transitions (%OFC_ERROR_NOT_ALLOWED names
 *   both statuses); an order in a closed status needs a verdict (%OFC_ERROR_INVALID on
 *   "verdict");
 * - a save based on a stale version is refused with %OFC_ERROR_CONFLICT; nothing is
 *   overwritten silently, also across processes;
 * - text is cleaned and checked (length, control characters) before anything is written.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "orders/ofc-order.h"
#include "reference/ofc-intake-preset.h"

G_BEGIN_DECLS

/* clang-format off */
/* clang-format off */
OfcOrder   *ofc_order_load          (OfcContext       *context,
                                     const OfcUuid    *id,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrder   *ofc_order_find          (OfcContext       *context,
                                     const char       *number_or_id,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ofc_order_save          (OfcContext       *context,
                                     OfcOrder         *order,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ofc_order_change_status (OfcContext       *context,
                                     OfcOrder         *order,
                                     const OfcUuid    *status_id,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ofc_order_list_history  (OfcContext       *context,
                                     OfcOrder         *order,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
void        ofc_order_apply_preset  (OfcOrder         *order,
                                     OfcIntakePreset  *preset,
                                     gint64            now_us);
/* clang-format on */
/* clang-format on */

G_END_DECLS
