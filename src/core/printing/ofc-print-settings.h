/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Printing settings kept in the database, so the window and officina-cli agree: which
 * documents print by themselves when an order is taken in. Order intake calls
 * ofc_print_jobs_enqueue_for_new_order() inside its transaction, so the order and its print
 * jobs commit together.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

/**
 * OfcPrintAuto:
 * @OFC_PRINT_AUTO_NONE: nothing prints by itself
 * @OFC_PRINT_AUTO_STICKER: the order sticker, on the default label printer
 * @OFC_PRINT_AUTO_INTAKE_RECEIPT: the intake receipt, on the default receipt printer
 */
typedef enum /*< flags >*/
{
  OFC_PRINT_AUTO_NONE = 0,
  OFC_PRINT_AUTO_STICKER = 1 << 0,
  OFC_PRINT_AUTO_INTAKE_RECEIPT = 1 << 1,
} OfcPrintAuto;

OfcPrintAuto ofc_print_settings_get_auto (OfcContext *context);
gboolean ofc_print_settings_set_auto (OfcContext *context,
                                      OfcPrintAuto documents,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean ofc_print_jobs_enqueue_for_new_order (OfcDatabase *database,
                                               const OfcUuid *order_id,
                                               guint *n_jobs,
                                               GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
