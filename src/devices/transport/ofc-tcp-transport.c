/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The TCP transport: GSocketClient connects within the open timeout; afterwards the socket
 * is non-blocking and every send and receive waits with g_socket_condition_timed_wait(),
 * so each call has its own timeout in milliseconds.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "ofc-printer-error.h"
#include "ofc-tcp-transport.h"

struct _OfcTcpTransport
{
  OfcTransport parent_instance;

  char *host;
  guint port;
  GSocketConnection *connection;
};

G_DEFINE_FINAL_TYPE (OfcTcpTransport, ofc_tcp_transport, OFC_TYPE_TRANSPORT)

static OfcPrinterError
code_for (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return OFC_PRINTER_ERROR_TIMEOUT;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return OFC_PRINTER_ERROR_PERMISSION_DENIED;
  if (error->domain == G_RESOLVER_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED))
    return OFC_PRINTER_ERROR_NOT_CONNECTED;
  return OFC_PRINTER_ERROR_IO;
}

static void set_error (GError **error, const GError *cause, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

/* a translated sentence naming the printer, then GIO's explanation */
static void
set_error (GError **error, const GError *cause, const char *format, ...)
{
  g_autofree char *prefix = NULL;
  va_list args;

  va_start (args, format);
  prefix = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, OFC_PRINTER_ERROR, code_for (cause), "%s: %s", prefix, cause->message);
}

static gboolean
ofc_tcp_transport_open (OfcTransport *transport, guint timeout_ms, GError **error)
{
  OfcTcpTransport *self = OFC_TCP_TRANSPORT (transport);
  g_autoptr (GSocketClient) client = g_socket_client_new ();
  g_autoptr (GError) local = NULL;
  GSocket *socket;

  g_socket_client_set_timeout (client, (timeout_ms + 999) / 1000);
  self->connection = g_socket_client_connect_to_host (client, self->host, self->port, NULL, &local);
  if (self->connection == NULL)
    {
      set_error (error, local, _ ("Cannot connect to the printer %s:%u"), self->host, self->port);
      return FALSE;
    }
  socket = g_socket_connection_get_socket (self->connection);
  /* the client's timeout would cap every later wait; ours are per call */
  g_socket_set_timeout (socket, 0);
  g_socket_set_blocking (socket, FALSE);
  return TRUE;
}

static gboolean
wait_for (OfcTcpTransport *self, GIOCondition condition, guint timeout_ms, GError **error)
{
  GSocket *socket = g_socket_connection_get_socket (self->connection);
  g_autoptr (GError) local = NULL;

  if (g_socket_condition_timed_wait (socket, condition, (gint64)timeout_ms * 1000, NULL, &local))
    return TRUE;
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
                 _ ("The printer %s:%u did not respond within %u ms"), self->host, self->port,
                 timeout_ms);
  else
    set_error (error, local, _ ("Lost the connection to the printer %s:%u"), self->host,
               self->port);
  return FALSE;
}

static gssize
ofc_tcp_transport_write (
    OfcTransport *transport, const guint8 *data, gsize size, guint timeout_ms, GError **error)
{
  OfcTcpTransport *self = OFC_TCP_TRANSPORT (transport);
  GSocket *socket = g_socket_connection_get_socket (self->connection);

  while (wait_for (self, G_IO_OUT, timeout_ms, error))
    {
      g_autoptr (GError) local = NULL;
      gssize sent = g_socket_send (socket, (const char *)data, size, NULL, &local);

      if (sent > 0)
        return sent;
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          set_error (error, local, _ ("Cannot send to the printer %s:%u"), self->host, self->port);
          return -1;
        }
    }
  return -1;
}

static gssize
ofc_tcp_transport_read (
    OfcTransport *transport, guint8 *buffer, gsize size, guint timeout_ms, GError **error)
{
  OfcTcpTransport *self = OFC_TCP_TRANSPORT (transport);
  GSocket *socket = g_socket_connection_get_socket (self->connection);

  while (wait_for (self, G_IO_IN, timeout_ms, error))
    {
      g_autoptr (GError) local = NULL;
      gssize got = g_socket_receive (socket, (char *)buffer, size, NULL, &local);

      if (got > 0)
        return got;
      if (got == 0)
        {
          g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED,
                       _ ("The printer %s:%u closed the connection"), self->host, self->port);
          return -1;
        }
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          set_error (error, local, _ ("Cannot receive from the printer %s:%u"), self->host,
                     self->port);
          return -1;
        }
    }
  return -1;
}

static void
ofc_tcp_transport_close (OfcTransport *transport)
{
  OfcTcpTransport *self = OFC_TCP_TRANSPORT (transport);

  if (self->connection != NULL)
    g_io_stream_close (G_IO_STREAM (self->connection), NULL, NULL);
  g_clear_object (&self->connection);
}

static void
ofc_tcp_transport_finalize (GObject *object)
{
  g_free (OFC_TCP_TRANSPORT (object)->host);
  G_OBJECT_CLASS (ofc_tcp_transport_parent_class)->finalize (object);
}

static void
ofc_tcp_transport_class_init (OfcTcpTransportClass *klass)
{
  OfcTransportClass *transport_class = OFC_TRANSPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ofc_tcp_transport_finalize;
  transport_class->open = ofc_tcp_transport_open;
  transport_class->write = ofc_tcp_transport_write;
  transport_class->read = ofc_tcp_transport_read;
  transport_class->close = ofc_tcp_transport_close;
}

static void
ofc_tcp_transport_init (OfcTcpTransport *self)
{
}

/**
 * ofc_tcp_transport_new:
 * @host: a host name or an IPv4/IPv6 address
 * @port: the TCP port, usually %OFC_TCP_DEFAULT_PORT
 *
 * Returns: (transfer full): a closed transport
 */
OfcTransport *
ofc_tcp_transport_new (const char *host, guint port)
{
  OfcTcpTransport *self = g_object_new (OFC_TYPE_TCP_TRANSPORT, NULL);
  g_autofree char *name = g_strdup_printf ("tcp://%s:%u", host, port);

  self->host = g_strdup (host);
  self->port = port;
  ofc_transport_set_name (OFC_TRANSPORT (self), name);
  return OFC_TRANSPORT (self);
}
