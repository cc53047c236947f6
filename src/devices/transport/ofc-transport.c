/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The transport base class: the factory from URIs, and the loops that turn the subclasses'
 * partial reads and writes into whole transfers with timeouts.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-printer-error.h"
#include "ofc-transport.h"
#include "ofc-file-transport.h"
#include "ofc-serial-transport.h"
#include "ofc-tcp-transport.h"

/* discarding stale input stops after this much, so a chattering device cannot hold us */
#define DISCARD_LIMIT 4096

typedef struct
{
  char *name;
  gboolean open;
} OfcTransportPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OfcTransport, ofc_transport, G_TYPE_OBJECT)

/* closing in dispose runs before any subclass finalize frees what close needs */
static void
ofc_transport_dispose (GObject *object)
{
  ofc_transport_close (OFC_TRANSPORT (object));
  G_OBJECT_CLASS (ofc_transport_parent_class)->dispose (object);
}

static void
ofc_transport_finalize (GObject *object)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (OFC_TRANSPORT (object));

  g_free (priv->name);
  G_OBJECT_CLASS (ofc_transport_parent_class)->finalize (object);
}

static void
ofc_transport_class_init (OfcTransportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ofc_transport_dispose;
  object_class->finalize = ofc_transport_finalize;
}

static void
ofc_transport_init (OfcTransport *self)
{
}

/**
 * ofc_transport_new_for_uri:
 * @uri: a printer address (see #OfcTransportUri)
 *
 * Nothing is opened yet.
 *
 * Returns: (transfer full): the transport, or %NULL with %OFC_PRINTER_ERROR_BAD_URI
 */
OfcTransport *
ofc_transport_new_for_uri (const char *uri, GError **error)
{
  OfcTransportUri parsed;
  OfcTransport *self;

  if (!ofc_transport_uri_parse (uri, &parsed, error))
    return NULL;
  switch (parsed.kind)
    {
      case OFC_TRANSPORT_SERIAL:
        self = ofc_serial_transport_new (&parsed);
        break;
      case OFC_TRANSPORT_USB:
        self = ofc_file_transport_new (parsed.path);
        break;
      case OFC_TRANSPORT_TCP:
      default:
        self = ofc_tcp_transport_new (parsed.host, parsed.port);
        break;
    }
  ofc_transport_uri_clear (&parsed);
  ofc_transport_set_name (self, uri);
  return self;
}

/**
 * ofc_transport_get_name:
 *
 * Returns: what messages call the device: its URI or path
 */
const char *
ofc_transport_get_name (OfcTransport *self)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_TRANSPORT (self), NULL);
  return priv->name != NULL ? priv->name : "";
}

void
ofc_transport_set_name (OfcTransport *self, const char *name)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (self);

  g_return_if_fail (OFC_IS_TRANSPORT (self));
  g_free (priv->name);
  priv->name = g_strdup (name);
}

gboolean
ofc_transport_is_open (OfcTransport *self)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_TRANSPORT (self), FALSE);
  return priv->open;
}

/**
 * ofc_transport_open:
 * @timeout_ms: how long connecting may take (TCP rounds it up to whole seconds)
 */
gboolean
ofc_transport_open (OfcTransport *self, guint timeout_ms, GError **error)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_TRANSPORT (self), FALSE);
  if (priv->open)
    return TRUE;
  priv->open = OFC_TRANSPORT_GET_CLASS (self)->open (self, MAX (timeout_ms, 1), error);
  return priv->open;
}

static gboolean
check_open (OfcTransport *self, GError **error)
{
  if (ofc_transport_is_open (self))
    return TRUE;
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED,
               _ ("The printer %s is not connected"), ofc_transport_get_name (self));
  return FALSE;
}

/**
 * ofc_transport_write:
 * @timeout_ms: the longest the device may go without accepting data; a large job on a
 *   slow serial line takes as long as it takes, but a stalled one fails
 *
 * Writes all of @data.
 */
gboolean
ofc_transport_write (
    OfcTransport *self, const void *data, gsize size, guint timeout_ms, GError **error)
{
  const guint8 *bytes = data;
  gsize done = 0;

  g_return_val_if_fail (OFC_IS_TRANSPORT (self), FALSE);
  if (!check_open (self, error))
    return FALSE;
  while (done < size)
    {
      gssize written = OFC_TRANSPORT_GET_CLASS (self)->write (self, bytes + done, size - done,
                                                              MAX (timeout_ms, 1), error);

      if (written <= 0)
        return FALSE;
      done += written;
    }
  return TRUE;
}

gboolean
ofc_transport_write_bytes (OfcTransport *self, GBytes *bytes, guint timeout_ms, GError **error)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  return ofc_transport_write (self, data, size, timeout_ms, error);
}

/**
 * ofc_transport_read:
 * @timeout_ms: the longest to wait for the first byte
 *
 * Returns: the number of bytes read (at least 1), or -1 with an error
 */
gssize
ofc_transport_read (OfcTransport *self, void *buffer, gsize size, guint timeout_ms, GError **error)
{
  g_return_val_if_fail (OFC_IS_TRANSPORT (self), -1);
  g_return_val_if_fail (size > 0, -1);
  if (!check_open (self, error))
    return -1;
  return OFC_TRANSPORT_GET_CLASS (self)->read (self, buffer, size, MAX (timeout_ms, 1), error);
}

static gboolean
timed_out (OfcTransport *self, gsize got, gsize wanted, GError **error)
{
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
               _ ("The printer %s did not answer in time (%zu of %zu bytes received)"),
               ofc_transport_get_name (self), got, wanted);
  return FALSE;
}

/**
 * ofc_transport_read_exact:
 * @timeout_ms: the deadline for the whole of @size
 *
 * Reads exactly @size bytes.
 */
gboolean
ofc_transport_read_exact (
    OfcTransport *self, void *buffer, gsize size, guint timeout_ms, GError **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;
  guint8 *bytes = buffer;
  gsize done = 0;

  while (done < size)
    {
      gint64 left_ms = (deadline - g_get_monotonic_time ()) / 1000;
      g_autoptr (GError) local = NULL;
      gssize got;

      if (left_ms <= 0)
        return timed_out (self, done, size, error);
      got = ofc_transport_read (self, bytes + done, size - done, left_ms, &local);
      if (got < 0 && g_error_matches (local, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT))
        return timed_out (self, done, size, error);
      if (got < 0)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      done += got;
    }
  return TRUE;
}

/**
 * ofc_transport_discard_input:
 *
 * Drops bytes already waiting (a late reply, an unsolicited status) so the next read
 * gets the answer to the next request.
 */
void
ofc_transport_discard_input (OfcTransport *self)
{
  guint8 buffer[256];
  gsize dropped = 0;
  gssize got;

  while (dropped < DISCARD_LIMIT &&
         (got = ofc_transport_read (self, buffer, sizeof buffer, 1, NULL)) > 0)
    dropped += got;
}

/**
 * ofc_transport_close:
 *
 * Releases the device. Safe to call on a closed transport.
 */
void
ofc_transport_close (OfcTransport *self)
{
  OfcTransportPrivate *priv = ofc_transport_get_instance_private (self);

  g_return_if_fail (OFC_IS_TRANSPORT (self));
  if (!priv->open)
    return;
  OFC_TRANSPORT_GET_CLASS (self)->close (self);
  priv->open = FALSE;
}
