/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcFileTransport: a printer behind a device file, the kernel's USB printer class driver
 * (/dev/usb/lp0). Tests stand a FIFO or a regular file in for the device.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "transport/ofc-transport.h"

G_BEGIN_DECLS

#define OFC_TYPE_FILE_TRANSPORT (ofc_file_transport_get_type ())
G_DECLARE_FINAL_TYPE (OfcFileTransport, ofc_file_transport, OFC, FILE_TRANSPORT, OfcTransport)

OfcTransport *ofc_file_transport_new (const char *path);

G_END_DECLS
