/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test helper for the serial transport, run with the pty shim preloaded: it makes the
 * pty slave its controlling terminal, then drives the production libserialport path on
 * "/dev/tty" (see ../shared/reference/device-protocols.md §8). Prints one line:
 * "OK <status flags in hex>" or "ERROR <code> <message>".
 *
 *   serial-client SLAVE URI job JOBFILE   write the job, then ask for the ESC/POS status
 *   serial-client SLAVE URI status        ask for the status only
 *   serial-client SLAVE URI flood         write 1 MiB with a 300 ms timeout
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <ofc-devices.h>

#define FLOOD_SIZE (1024 * 1024)
#define TIMEOUT_MS 300

static int
report (gboolean ok, OfcPrinterStatus status, GError *error)
{
  if (ok)
    printf ("OK %x\n", status);
  else
    printf ("ERROR %d %s\n", error->code, error->message);
  return 0;
}

static gboolean
take_terminal (const char *slave)
{
  int fd;

  if (setsid () < 0)
    return FALSE;
  fd = open (slave, O_RDWR);
  /* the descriptor stays open for the life of the process: the job ends when we exit */
  return fd >= 0 && ioctl (fd, TIOCSCTTY, 0) == 0;
}

static gboolean
run (OfcTransport *transport,
     const char *mode,
     const char *job_path,
     OfcPrinterStatus *status,
     GError **error)
{
  g_autofree char *job = NULL;
  gsize size = 0;

  if (!ofc_transport_open (transport, 1000, error))
    return FALSE;
  if (g_str_equal (mode, "flood"))
    {
      g_autofree guint8 *junk = g_malloc0 (FLOOD_SIZE);

      return ofc_transport_write (transport, junk, FLOOD_SIZE, TIMEOUT_MS, error);
    }
  if (g_str_equal (mode, "job") && (!g_file_get_contents (job_path, &job, &size, error) ||
                                    !ofc_transport_write (transport, job, size, 2000, error)))
    return FALSE;
  return ofc_escpos_query_status (transport, g_str_equal (mode, "job") ? 2000 : TIMEOUT_MS, status,
                                  error);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcTransport) transport = NULL;
  OfcPrinterStatus status = 0;
  gboolean ok;

  if (argc < 4 || !take_terminal (argv[1]))
    {
      fprintf (stderr, "usage: serial-client SLAVE URI job|status|flood [JOBFILE]\n");
      return 2;
    }
  transport = ofc_transport_new_for_uri (argv[2], &error);
  ok = transport != NULL && run (transport, argv[3], argc > 4 ? argv[4] : "", &status, &error);
  if (transport != NULL)
    ofc_transport_close (transport);
  return report (ok, status, error);
}
