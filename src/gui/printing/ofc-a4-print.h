/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Printing an A4 document (intake receipt, act) through GTK's print dialog, for a person
 * who wants to pick the printer, the copies or "print to file" themselves.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

void ofc_a4_print_run (GtkWidget *widget,
                       OfcContext *context,
                       OfcPrintJobKind kind,
                       const OfcUuid *subjects,
                       guint n_subjects);

G_END_DECLS
