/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Start-up of the order module, run by OfcContext: history labels and the reference data
 * a new database starts with. Private to the core.
 */
#pragma once

#include "db/ofc-database.h"

G_BEGIN_DECLS

#define OFC_ORDERS_SCHEMA 3

/* clang-format off */
void     _ofc_orders_register_labels (void);
gboolean _ofc_orders_setup           (OfcDatabase  *database,
                                      GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
