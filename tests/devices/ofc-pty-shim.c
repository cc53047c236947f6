/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test-only LD_PRELOAD shim: libserialport refuses a pseudo-terminal because the modem
 * line ioctls (TIOCMGET, TIOCMSET, TIOCMBIS, TIOCMBIC) fail there with ENOTTY. When one
 * of those fails that way, pretend it worked, with DSR, CTS and CD up, so the real
 * libserialport code path can run against an emulator on the pty master. Never shipped.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/ioctl.h>
#include <termios.h>

typedef int (*IoctlFunc) (int fd, unsigned long int request, ...);

static int
is_modem_request (unsigned long int request)
{
  return request == TIOCMGET || request == TIOCMSET || request == TIOCMBIS || request == TIOCMBIC;
}

int
ioctl (int fd, unsigned long int request, ...)
{
  static IoctlFunc real;
  va_list args;
  void *argument;
  int result;

  va_start (args, request);
  argument = va_arg (args, void *);
  va_end (args);
  if (real == NULL)
    real = (IoctlFunc)dlsym (RTLD_NEXT, "ioctl");
  result = real (fd, request, argument);
  if (result < 0 && errno == ENOTTY && is_modem_request (request))
    {
      if (request == TIOCMGET)
        *(int *)argument = TIOCM_DSR | TIOCM_CTS | TIOCM_CAR;
      return 0;
    }
  return result;
}
