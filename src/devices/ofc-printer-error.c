/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The devices error domain and the mapping of operating-system errors onto it.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "ofc-printer-error.h"

/* clang-format off */
G_DEFINE_QUARK (ofc-printer-error-quark, ofc_printer_error)
/* clang-format on */

/**
 * ofc_printer_error_is_transient:
 * @error: (nullable): an error from this layer
 *
 * Whether trying again later may succeed without anyone touching the document: the device
 * was away, slow, out of paper or had its cover open.
 *
 * Returns: %TRUE for errors worth a retry
 */
gboolean
ofc_printer_error_is_transient (const GError *error)
{
  if (error == NULL || error->domain != OFC_PRINTER_ERROR)
    return FALSE;
  switch ((OfcPrinterError)error->code)
    {
      case OFC_PRINTER_ERROR_NOT_CONNECTED:
      case OFC_PRINTER_ERROR_TIMEOUT:
      case OFC_PRINTER_ERROR_PAPER_OUT:
      case OFC_PRINTER_ERROR_COVER_OPEN:
      case OFC_PRINTER_ERROR_OFFLINE:
      case OFC_PRINTER_ERROR_DEVICE:
      case OFC_PRINTER_ERROR_IO:
      case OFC_PRINTER_ERROR_BAD_REPLY:
        return TRUE;
      default:
        return FALSE;
    }
}

static OfcPrinterError
code_from_errno (int errsv)
{
  switch (errsv)
    {
      case EACCES:
      case EPERM:
        return OFC_PRINTER_ERROR_PERMISSION_DENIED;
      case ENOENT:
      case ENODEV:
      case ENXIO:
      case ECONNREFUSED:
      case ECONNRESET:
      case EPIPE:
      case EHOSTUNREACH:
      case ENETUNREACH:
        return OFC_PRINTER_ERROR_NOT_CONNECTED;
      case ETIMEDOUT:
      case EAGAIN:
        return OFC_PRINTER_ERROR_TIMEOUT;
      default:
        return OFC_PRINTER_ERROR_IO;
    }
}

/**
 * ofc_printer_set_error_from_errno:
 * @error: (nullable): the error to set
 * @errsv: the saved errno
 * @format: a translated printf-style prefix naming the action and the device,
 *   e.g. "Cannot open /dev/usb/lp0"
 *
 * Sets an %OFC_PRINTER_ERROR mapped from @errsv. A permission failure gets a hint, because
 * it is the most frequent problem with USB printers on Linux and the fix is known.
 */
void
ofc_printer_set_error_from_errno (GError **error, int errsv, const char *format, ...)
{
  OfcPrinterError code = code_from_errno (errsv);
  g_autofree char *prefix = NULL;
  va_list args;

  if (error == NULL)
    return;
  va_start (args, format);
  prefix = g_strdup_vprintf (format, args);
  va_end (args);
  if (code == OFC_PRINTER_ERROR_PERMISSION_DENIED)
    g_set_error (error, OFC_PRINTER_ERROR, code,
                 _ ("%s: permission denied. Add the user to the “lp” group (USB printers) or "
                    "the “dialout” group (serial ports), then log in again."),
                 prefix);
  else
    g_set_error (error, OFC_PRINTER_ERROR, code, "%s: %s", prefix, g_strerror (errsv));
}
