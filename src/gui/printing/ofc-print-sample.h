/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What a template preview prints and on what: the printer a document of a given size
 * goes to (the default printer of its role when its paper matches, else a stand-in with
 * that paper), a real order or client of the shop to print, and sample data for a shop
 * that has none yet.
 */
#pragma once

#include <ofc-printing.h>

G_BEGIN_DECLS

OfcPrinter *ofc_print_sample_printer (OfcContext *context, OfcPrintJobKind kind, const char *size);
gboolean ofc_print_sample_find_subject (OfcContext *context,
                                        OfcPrintJobKind kind,
                                        OfcUuid *id,
                                        char **label);
OfcPrintData *ofc_print_sample_data (OfcPrintJobKind kind);

G_END_DECLS
