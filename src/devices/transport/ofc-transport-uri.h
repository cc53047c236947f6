/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Printer addresses as URIs, the form settings store them in:
 *   serial:///dev/ttyUSB0?baud=9600&parity=none&flow=none&bits=8&stop=1
 *   usb:///dev/usb/lp0
 *   tcp://192.168.1.50:9100 (the port defaults to 9100)
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define OFC_TCP_DEFAULT_PORT    9100
#define OFC_SERIAL_DEFAULT_BAUD 9600

typedef enum
{
  OFC_TRANSPORT_SERIAL,
  OFC_TRANSPORT_USB,
  OFC_TRANSPORT_TCP,
} OfcTransportKind;

typedef enum
{
  OFC_SERIAL_PARITY_NONE,
  OFC_SERIAL_PARITY_ODD,
  OFC_SERIAL_PARITY_EVEN,
  OFC_SERIAL_PARITY_MARK,
  OFC_SERIAL_PARITY_SPACE,
} OfcSerialParity;

typedef enum
{
  OFC_SERIAL_FLOW_NONE,
  OFC_SERIAL_FLOW_RTSCTS,
  OFC_SERIAL_FLOW_XONXOFF,
  OFC_SERIAL_FLOW_DTRDSR,
} OfcSerialFlow;

/**
 * OfcTransportUri:
 * @kind: the scheme
 * @path: serial and USB: the device file
 * @host: TCP: the host name or address
 * @port: TCP: the port
 * @baud: serial: bits per second (default 9600)
 * @bits: serial: data bits, 5–8 (default 8)
 * @stop_bits: serial: 1 or 2 (default 1)
 * @parity: serial: parity (default none)
 * @flow: serial: flow control (default none)
 */
typedef struct
{
  OfcTransportKind kind;
  char *path;
  char *host;
  guint port;
  guint baud;
  guint bits;
  guint stop_bits;
  OfcSerialParity parity;
  OfcSerialFlow flow;
} OfcTransportUri;

gboolean ofc_transport_uri_parse (const char *text,
                                  OfcTransportUri *uri,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
void ofc_transport_uri_clear (OfcTransportUri *uri);
char *ofc_transport_uri_to_string (const OfcTransportUri *uri);

G_END_DECLS
