/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test helper: runs a program with a pty slave as its controlling terminal, so that the
 * program can reach a software printer on the pty master as the serial port "/dev/tty"
 * through the production libserialport path (with tests/devices/ofc-pty-shim.so preloaded;
 * see ../shared/reference/device-protocols.md §8). Test-only, never installed.
 *
 *   pty-run SLAVE PROGRAM [ARGUMENT…]
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

int
main (int argc, char *argv[])
{
  int fd;

  if (argc < 3)
    {
      fprintf (stderr, "usage: pty-run SLAVE PROGRAM [ARGUMENT…]\n");
      return 2;
    }
  /* the slave stays open for the life of the program: its terminal */
  if (setsid () < 0 || (fd = open (argv[1], O_RDWR)) < 0 || ioctl (fd, TIOCSCTTY, 0) < 0)
    {
      perror ("pty-run");
      return 2;
    }
  execv (argv[2], argv + 2);
  perror ("pty-run");
  return 2;
}
