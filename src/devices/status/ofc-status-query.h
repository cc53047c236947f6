/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Asking a printer for its status over an open transport, in its own language. The print
 * queue asks before sending and before resending, so a job is not pushed into a printer
 * with its cover open, and a lost reply does not print twice.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "encode/ofc-label-encoder.h"
#include "status/ofc-printer-status.h"
#include "transport/ofc-transport.h"

G_BEGIN_DECLS

gboolean ofc_escpos_query_status (OfcTransport *transport,
                                  guint timeout_ms,
                                  OfcPrinterStatus *status,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_label_query_status (OfcTransport *transport,
                                 OfcLabelLanguage language,
                                 guint timeout_ms,
                                 OfcPrinterStatus *status,
                                 GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_brother_query_status (OfcTransport *transport,
                                   guint timeout_ms,
                                   OfcPrinterStatus *status,
                                   OfcBrotherStatus *details,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
