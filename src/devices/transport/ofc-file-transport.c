/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The device-file transport: a non-blocking descriptor and poll() for every timeout.
 * Character devices are opened read-write so bidirectional printers can answer status
 * queries; anything else (a FIFO or file in tests) is opened write-only.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ofc-printer-error.h"
#include "ofc-file-transport.h"

struct _OfcFileTransport
{
  OfcTransport parent_instance;

  char *path;
  int fd;
  gboolean readable;
};

G_DEFINE_FINAL_TYPE (OfcFileTransport, ofc_file_transport, OFC_TYPE_TRANSPORT)

static int
open_device (const char *path, gboolean *readable)
{
  struct stat info = { 0 };
  int flags = O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
  int fd = -1;

  *readable = stat (path, &info) == 0 && S_ISCHR (info.st_mode);
  if (*readable)
    fd = open (path, O_RDWR | flags);
  /* a printer node may be writable only; status reads are then unavailable */
  if (fd < 0 && *readable && (errno == EACCES || errno == EROFS || errno == EINVAL))
    *readable = FALSE;
  if (fd < 0 && !*readable)
    fd = open (path, O_WRONLY | (S_ISREG (info.st_mode) ? O_APPEND : 0) | flags);
  return fd;
}

static gboolean
ofc_file_transport_open (OfcTransport *transport, guint timeout_ms, GError **error)
{
  OfcFileTransport *self = OFC_FILE_TRANSPORT (transport);
  int errsv;

  self->fd = open_device (self->path, &self->readable);
  errsv = errno;
  if (self->fd >= 0)
    return TRUE;
  /* a FIFO nobody reads says ENXIO: for a printer that means it is switched off */
  ofc_printer_set_error_from_errno (error, errsv, _ ("Cannot open the printer %s"), self->path);
  return FALSE;
}

static gboolean
wait_for (OfcFileTransport *self, short events, guint timeout_ms, GError **error)
{
  struct pollfd poll_fd = { self->fd, events, 0 };
  int ready;

  do
    ready = poll (&poll_fd, 1, timeout_ms);
  while (ready < 0 && errno == EINTR);
  if (ready > 0)
    return TRUE;
  if (ready == 0)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
                 _ ("The printer %s did not respond within %u ms"), self->path, timeout_ms);
  else
    ofc_printer_set_error_from_errno (error, errno, _ ("Cannot reach the printer %s"), self->path);
  return FALSE;
}

static gssize
ofc_file_transport_write (
    OfcTransport *transport, const guint8 *data, gsize size, guint timeout_ms, GError **error)
{
  OfcFileTransport *self = OFC_FILE_TRANSPORT (transport);

  while (wait_for (self, POLLOUT, timeout_ms, error))
    {
      gssize written = write (self->fd, data, size);

      if (written > 0)
        return written;
      if (written < 0 && errno != EAGAIN && errno != EINTR)
        {
          ofc_printer_set_error_from_errno (error, errno, _ ("Cannot write to the printer %s"),
                                            self->path);
          return -1;
        }
    }
  return -1;
}

static gssize
ofc_file_transport_read (
    OfcTransport *transport, guint8 *buffer, gsize size, guint timeout_ms, GError **error)
{
  OfcFileTransport *self = OFC_FILE_TRANSPORT (transport);
  gssize got;

  if (!self->readable)
    {
      g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                   _ ("The printer %s cannot report its status through this connection"),
                   self->path);
      return -1;
    }
  if (!wait_for (self, POLLIN, timeout_ms, error))
    return -1;
  got = read (self->fd, buffer, size);
  if (got > 0)
    return got;
  if (got == 0 || errno == EAGAIN)
    g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT,
                 _ ("The printer %s did not respond within %u ms"), self->path, timeout_ms);
  else
    ofc_printer_set_error_from_errno (error, errno, _ ("Cannot read from the printer %s"),
                                      self->path);
  return -1;
}

static void
ofc_file_transport_close (OfcTransport *transport)
{
  OfcFileTransport *self = OFC_FILE_TRANSPORT (transport);

  if (self->fd >= 0)
    g_close (self->fd, NULL);
  self->fd = -1;
}

static void
ofc_file_transport_finalize (GObject *object)
{
  g_free (OFC_FILE_TRANSPORT (object)->path);
  G_OBJECT_CLASS (ofc_file_transport_parent_class)->finalize (object);
}

static void
ofc_file_transport_class_init (OfcFileTransportClass *klass)
{
  OfcTransportClass *transport_class = OFC_TRANSPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ofc_file_transport_finalize;
  transport_class->open = ofc_file_transport_open;
  transport_class->write = ofc_file_transport_write;
  transport_class->read = ofc_file_transport_read;
  transport_class->close = ofc_file_transport_close;
}

static void
ofc_file_transport_init (OfcFileTransport *self)
{
  self->fd = -1;
}

/**
 * ofc_file_transport_new:
 * @path: the device file, e.g. /dev/usb/lp0
 *
 * Returns: (transfer full): a closed transport
 */
OfcTransport *
ofc_file_transport_new (const char *path)
{
  OfcFileTransport *self = g_object_new (OFC_TYPE_FILE_TRANSPORT, NULL);

  self->path = g_strdup (path);
  ofc_transport_set_name (OFC_TRANSPORT (self), path);
  return OFC_TRANSPORT (self);
}
