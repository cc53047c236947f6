/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The serial transport over libserialport: open and configure the port from the URI, then
 * blocking reads and writes with libserialport's own timeouts (whose 0 means "forever",
 * so the base class never passes 0).
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libserialport.h>

#include "ofc-printer-error.h"
#include "ofc-serial-transport.h"

struct _OfcSerialTransport
{
  OfcTransport parent_instance;

  OfcTransportUri settings;
  struct sp_port *port;
  guint drain_ms;
};

/* how often close() looks whether the output queue has emptied */
#define DRAIN_POLL_MS 10

G_DEFINE_FINAL_TYPE (OfcSerialTransport, ofc_serial_transport, OFC_TYPE_TRANSPORT)

static void set_port_error (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* a translated sentence naming the port, then the system's explanation */
static void
set_port_error (GError **error, const char *format, ...)
{
  int code = sp_last_error_code ();
  char *message = sp_last_error_message ();
  g_autofree char *prefix = NULL;
  va_list args;

  va_start (args, format);
  prefix = g_strdup_vprintf (format, args);
  va_end (args);
  if (code != 0)
    ofc_printer_set_error_from_errno (error, code, "%s", prefix);
  else
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_IO, "%s: %s", prefix,
                 message != NULL ? message : "");
  sp_free_error_message (message);
}

static gboolean
configure (OfcSerialTransport *self)
{
  static const enum sp_parity parities[] = { SP_PARITY_NONE, SP_PARITY_ODD, SP_PARITY_EVEN,
                                             SP_PARITY_MARK, SP_PARITY_SPACE };
  static const enum sp_flowcontrol flows[] = { SP_FLOWCONTROL_NONE, SP_FLOWCONTROL_RTSCTS,
                                               SP_FLOWCONTROL_XONXOFF, SP_FLOWCONTROL_DTRDSR };
  const OfcTransportUri *s = &self->settings;

  return sp_set_baudrate (self->port, s->baud) == SP_OK &&
         sp_set_bits (self->port, s->bits) == SP_OK &&
         sp_set_parity (self->port, parities[s->parity]) == SP_OK &&
         sp_set_stopbits (self->port, s->stop_bits) == SP_OK &&
         sp_set_flowcontrol (self->port, flows[s->flow]) == SP_OK;
}

static gboolean
ofc_serial_transport_open (OfcTransport *transport, guint timeout_ms, GError **error)
{
  OfcSerialTransport *self = OFC_SERIAL_TRANSPORT (transport);
  const char *path = self->settings.path;

  if (sp_get_port_by_name (path, &self->port) != SP_OK)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED,
                   _ ("There is no serial port %s"), path);
      return FALSE;
    }
  if (sp_open (self->port, SP_MODE_READ_WRITE) != SP_OK)
    set_port_error (error, _ ("Cannot open the serial port %s"), path);
  else if (!configure (self))
    set_port_error (error, _ ("Cannot apply the settings to the serial port %s"), path);
  else
    return TRUE;
  sp_close (self->port);
  g_clear_pointer (&self->port, sp_free_port);
  return FALSE;
}

static gssize
timeout_error (OfcSerialTransport *self, guint timeout_ms, GError **error)
{
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
               _ ("The printer on %s did not respond within %u ms"), self->settings.path,
               timeout_ms);
  return -1;
}

static gssize
ofc_serial_transport_write (
    OfcTransport *transport, const guint8 *data, gsize size, guint timeout_ms, GError **error)
{
  OfcSerialTransport *self = OFC_SERIAL_TRANSPORT (transport);
  enum sp_return written = sp_blocking_write (self->port, data, size, timeout_ms);

  self->drain_ms = timeout_ms;
  if (written > 0)
    return written;
  if (written == 0)
    return timeout_error (self, timeout_ms, error);
  set_port_error (error, _ ("Cannot write to the serial port %s"), self->settings.path);
  return -1;
}

static gssize
ofc_serial_transport_read (
    OfcTransport *transport, guint8 *buffer, gsize size, guint timeout_ms, GError **error)
{
  OfcSerialTransport *self = OFC_SERIAL_TRANSPORT (transport);
  enum sp_return got = sp_blocking_read_next (self->port, buffer, size, timeout_ms);

  if (got > 0)
    return got;
  if (got == 0)
    return timeout_error (self, timeout_ms, error);
  set_port_error (error, _ ("Cannot read from the serial port %s"), self->settings.path);
  return -1;
}

static void
ofc_serial_transport_close (OfcTransport *transport)
{
  OfcSerialTransport *self = OFC_SERIAL_TRANSPORT (transport);

  if (self->port == NULL)
    return;
  /* Written bytes may still sit in the kernel's queue. Give the printer the write timeout
   * to take them, then drop the rest: closing a tty with a stalled queue would otherwise
   * block for the kernel's closing wait, half a minute. */
  for (guint waited = 0; waited < self->drain_ms && sp_output_waiting (self->port) > 0;
       waited += DRAIN_POLL_MS)
    g_usleep (DRAIN_POLL_MS * 1000);
  sp_flush (self->port, SP_BUF_BOTH);
  sp_close (self->port);
  g_clear_pointer (&self->port, sp_free_port);
}

static void
ofc_serial_transport_finalize (GObject *object)
{
  ofc_transport_uri_clear (&OFC_SERIAL_TRANSPORT (object)->settings);
  G_OBJECT_CLASS (ofc_serial_transport_parent_class)->finalize (object);
}

static void
ofc_serial_transport_class_init (OfcSerialTransportClass *klass)
{
  OfcTransportClass *transport_class = OFC_TRANSPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ofc_serial_transport_finalize;
  transport_class->open = ofc_serial_transport_open;
  transport_class->write = ofc_serial_transport_write;
  transport_class->read = ofc_serial_transport_read;
  transport_class->close = ofc_serial_transport_close;
}

static void
ofc_serial_transport_init (OfcSerialTransport *self)
{
}

/**
 * ofc_serial_transport_new:
 * @uri: a parsed serial:// address; copied
 *
 * Returns: (transfer full): a closed transport
 */
OfcTransport *
ofc_serial_transport_new (const OfcTransportUri *uri)
{
  OfcSerialTransport *self = g_object_new (OFC_TYPE_SERIAL_TRANSPORT, NULL);

  self->settings = *uri;
  self->settings.path = g_strdup (uri->path);
  self->settings.host = NULL;
  ofc_transport_set_name (OFC_TRANSPORT (self), uri->path);
  return OFC_TRANSPORT (self);
}

void
ofc_serial_port_info_free (OfcSerialPortInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->description);
  g_free (info->uri);
  g_free (info);
}

static OfcSerialPortInfo *
describe_port (const struct sp_port *port)
{
  OfcSerialPortInfo *info = g_new0 (OfcSerialPortInfo, 1);
  OfcTransportUri uri = { OFC_TRANSPORT_SERIAL };
  const char *description = sp_get_port_description (port);

  info->path = g_strdup (sp_get_port_name (port));
  info->description = g_strdup (description != NULL ? description : info->path);
  info->usb_vid = info->usb_pid = -1;
  if (sp_get_port_transport (port) == SP_TRANSPORT_USB)
    sp_get_port_usb_vid_pid (port, &info->usb_vid, &info->usb_pid);
  uri.path = info->path;
  uri.baud = OFC_SERIAL_DEFAULT_BAUD;
  uri.bits = 8;
  uri.stop_bits = 1;
  info->uri = ofc_transport_uri_to_string (&uri);
  return info;
}

/**
 * ofc_serial_ports_list:
 *
 * Lists the serial ports the system knows, for choosing a printer in settings.
 *
 * Returns: (transfer full) (element-type OfcSerialPortInfo): the ports, possibly none
 */
GPtrArray *
ofc_serial_ports_list (GError **error)
{
  struct sp_port **ports = NULL;
  GPtrArray *result;

  if (sp_list_ports (&ports) != SP_OK)
    {
      set_port_error (error, "%s", _ ("Cannot list the serial ports"));
      return NULL;
    }
  result = g_ptr_array_new_with_free_func ((GDestroyNotify)ofc_serial_port_info_free);
  for (guint i = 0; ports[i] != NULL; i++)
    g_ptr_array_add (result, describe_port (ports[i]));
  sp_free_port_list (ports);
  return result;
}
