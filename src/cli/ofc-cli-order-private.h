/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The verbs of "officina-cli order", shared between its files.
 */
#pragma once

#include "ofc-cli-private.h"

G_BEGIN_DECLS

/* clang-format off */
gboolean ofc_cli_order_set_refs     (OfcCli      *cli,
                                     OfcOrder    *order,
                                     const char  *executor,
                                     const char  *manager,
                                     GError     **error);
int      ofc_cli_order_status_run   (OfcCli      *cli,
                                     int          argc,
                                     char       **argv);
int      ofc_cli_order_add_work_run (OfcCli      *cli,
                                     int          argc,
                                     char       **argv);
int      ofc_cli_order_comment_run  (OfcCli      *cli,
                                     int          argc,
                                     char       **argv);
int      ofc_cli_order_history_run  (OfcCli      *cli,
                                     int          argc,
                                     char       **argv);
/* clang-format on */

G_END_DECLS
