/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTransport: the byte pipe to a printer, whatever carries it (serial port, USB printer
 * device file, TCP). Every call is synchronous and bounded by a timeout in milliseconds:
 * transports are used from worker threads, never from the GTK main loop.
 *
 * A transport carries one job per opening: open, write the job, optionally read a status
 * reply, close. Network printers accept few connections and some lock up when sockets
 * leak, so nothing keeps a transport open between jobs.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib-object.h>

#include "transport/ofc-transport-uri.h"

G_BEGIN_DECLS

#define OFC_TYPE_TRANSPORT (ofc_transport_get_type ())
G_DECLARE_DERIVABLE_TYPE (OfcTransport, ofc_transport, OFC, TRANSPORT, GObject)

/**
 * OfcTransportClass:
 * @open: connect or open the device within @timeout_ms
 * @write: send at least one byte of @data, waiting at most @timeout_ms for the device to
 *   accept it; returns the count or -1 with an error
 * @read: receive at least one byte, waiting at most @timeout_ms; returns the count or -1
 *   (%OFC_PRINTER_ERROR_TIMEOUT when nothing came, %OFC_PRINTER_ERROR_NOT_CONNECTED when
 *   the device hung up)
 * @close: release the device; must be safe to call twice
 */
struct _OfcTransportClass
{
  GObjectClass parent_class;

  gboolean (*open) (OfcTransport *self, guint timeout_ms, GError **error);
  gssize (*write) (
      OfcTransport *self, const guint8 *data, gsize size, guint timeout_ms, GError **error);
  gssize (*read) (OfcTransport *self, guint8 *buffer, gsize size, guint timeout_ms, GError **error);
  void (*close) (OfcTransport *self);

  gpointer padding[8];
};

OfcTransport *ofc_transport_new_for_uri (const char *uri, GError **error) G_GNUC_WARN_UNUSED_RESULT;
const char *ofc_transport_get_name (OfcTransport *self);
void ofc_transport_set_name (OfcTransport *self, const char *name);
gboolean ofc_transport_is_open (OfcTransport *self);

gboolean
ofc_transport_open (OfcTransport *self, guint timeout_ms, GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_transport_write (OfcTransport *self,
                              const void *data,
                              gsize size,
                              guint timeout_ms,
                              GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_transport_write_bytes (OfcTransport *self,
                                    GBytes *bytes,
                                    guint timeout_ms,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;
gssize ofc_transport_read (OfcTransport *self,
                           void *buffer,
                           gsize size,
                           guint timeout_ms,
                           GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_transport_read_exact (OfcTransport *self,
                                   void *buffer,
                                   gsize size,
                                   guint timeout_ms,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
void ofc_transport_discard_input (OfcTransport *self);
void ofc_transport_close (OfcTransport *self);

G_END_DECLS
