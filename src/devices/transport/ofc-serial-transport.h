/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSerialTransport: a printer on a serial port (RS-232, or USB-CDC as /dev/ttyACM0),
 * driven through libserialport; and the list of serial ports for a setup dialog.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "transport/ofc-transport.h"

G_BEGIN_DECLS

#define OFC_TYPE_SERIAL_TRANSPORT (ofc_serial_transport_get_type ())
G_DECLARE_FINAL_TYPE (OfcSerialTransport, ofc_serial_transport, OFC, SERIAL_TRANSPORT, OfcTransport)

OfcTransport *ofc_serial_transport_new (const OfcTransportUri *uri);

/**
 * OfcSerialPortInfo:
 * @path: the device file, e.g. /dev/ttyUSB0
 * @description: what the system calls the port, e.g. "USB-Serial Controller"
 * @usb_vid: the USB vendor id, or -1 for a port that is not on USB
 * @usb_pid: the USB product id, or -1
 * @uri: a serial:// URI for @path with default settings
 */
typedef struct
{
  char *path;
  char *description;
  int usb_vid;
  int usb_pid;
  char *uri;
} OfcSerialPortInfo;

void ofc_serial_port_info_free (OfcSerialPortInfo *info);
GPtrArray *ofc_serial_ports_list (GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcSerialPortInfo, ofc_serial_port_info_free)

G_END_DECLS
