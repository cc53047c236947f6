/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Demo data: realistic generated clients for trying Officina out and for benchmarks
 * (`officina-cli demo --clients N --seed S`, the first-start screen of the window).
 *
 * Clients are Russian persons ("Иванова Мария Петровна"), some with Latin names, and
 * companies and entrepreneurs with valid INN, KPP, OGRN and bank details; with one to
 * three phones (mostly Russian mobiles typed in the usual ways), e-mails, addresses,
 * birthdays, tags, sources, notes and a few discounts. The same seed gives the same
 * clients, card codes included. Every client goes through OfcClientStore's validation and
 * journal, written by the actor "Demo data", in transactions of %OFC_DEMO_BATCH clients.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

/* clang-format off */

#define OFC_DEMO_BATCH 2000

/**
 * OfcDemoProgressFunc:
 * @done: clients written so far
 * @total: clients asked for
 * @user_data: the data given with the function
 *
 * Called after each committed batch.
 */
typedef void (*OfcDemoProgressFunc) (guint    done,
                                     guint    total,
                                     gpointer user_data);

gboolean ofc_demo_generate_clients        (OfcContext           *context,
                                           guint                 n_clients,
                                           guint32               seed,
                                           OfcDemoProgressFunc   progress,
                                           gpointer              user_data,
                                           GCancellable         *cancellable,
                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void     ofc_demo_generate_clients_async  (OfcContext           *context,
                                           guint                 n_clients,
                                           guint32               seed,
                                           OfcDemoProgressFunc   progress,
                                           gpointer              progress_data,
                                           GDestroyNotify        progress_destroy,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
void     ofc_demo_generate_shop_async     (OfcContext           *context,
                                          guint                 n_clients,
                                          guint                 n_orders,
                                          guint32               seed,
                                          OfcDemoProgressFunc   progress,
                                          gpointer              progress_data,
                                          GDestroyNotify        progress_destroy,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean ofc_demo_generate_shop_finish    (OfcContext           *context,
                                          GAsyncResult         *result,
                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_demo_generate_clients_finish (OfcContext           *context,
                                           GAsyncResult         *result,
                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* clang-format on */

G_END_DECLS
