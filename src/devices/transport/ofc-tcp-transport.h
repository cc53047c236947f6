/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTcpTransport: a network printer on a raw TCP port (AppSocket, usually 9100).
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "transport/ofc-transport.h"

G_BEGIN_DECLS

#define OFC_TYPE_TCP_TRANSPORT (ofc_tcp_transport_get_type ())
G_DECLARE_FINAL_TYPE (OfcTcpTransport, ofc_tcp_transport, OFC, TCP_TRANSPORT, OfcTransport)

OfcTransport *ofc_tcp_transport_new (const char *host, guint port);

G_END_DECLS
