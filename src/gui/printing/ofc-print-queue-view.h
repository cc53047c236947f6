/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintQueueView: the print queue, newest first: what each job prints, for whom, on
 * which printer, its state, attempts and last problem; Retry, Cancel, Reprint (here or on
 * another printer) and Move. While on screen it also reads the queue every few seconds,
 * for jobs officina-cli adds from another process.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_PRINT_QUEUE_VIEW (ofc_print_queue_view_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintQueueView, ofc_print_queue_view, OFC, PRINT_QUEUE_VIEW, AdwBin)

OfcPrintQueueView *ofc_print_queue_view_new (OfcContext *context);
GListModel *ofc_print_queue_view_get_model (OfcPrintQueueView *self);
void ofc_print_queue_view_select (OfcPrintQueueView *self, guint position);

G_END_DECLS
