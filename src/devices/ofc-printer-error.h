/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The error domain of the devices layer: transports, encoders, rendering and status replies.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define OFC_PRINTER_ERROR (ofc_printer_error_quark ())

/**
 * OfcPrinterError:
 * @OFC_PRINTER_ERROR_NOT_CONNECTED: the device is absent, refused the connection or hung up
 * @OFC_PRINTER_ERROR_TIMEOUT: a read, write or connect did not finish in the time given
 * @OFC_PRINTER_ERROR_PAPER_OUT: the printer reports no paper (or no labels)
 * @OFC_PRINTER_ERROR_COVER_OPEN: the cover or the print head is open
 * @OFC_PRINTER_ERROR_OFFLINE: the printer is offline or paused for another reason
 * @OFC_PRINTER_ERROR_DEVICE: any other fault the printer reports (cutter, jam, ribbon…)
 * @OFC_PRINTER_ERROR_IO: the operating system reported an input/output failure
 * @OFC_PRINTER_ERROR_PERMISSION_DENIED: the user may not open the device file
 * @OFC_PRINTER_ERROR_UNSUPPORTED: the device, language or transport cannot do what was asked
 * @OFC_PRINTER_ERROR_BAD_URI: the device address is malformed or has an unknown scheme
 * @OFC_PRINTER_ERROR_BAD_REPLY: the device answered something that is not a valid reply
 * @OFC_PRINTER_ERROR_BAD_DOCUMENT: the document holds data the device cannot print
 *   (a barcode payload outside its character set, an image wider than the paper…)
 * @OFC_PRINTER_ERROR_DOES_NOT_FIT: a text that must be printed whole does not fit its box
 *
 * Every message is translated and names the device or the data concerned. The print queue
 * retries on %OFC_PRINTER_ERROR_NOT_CONNECTED, %OFC_PRINTER_ERROR_TIMEOUT and the paper,
 * cover and offline codes; the document codes need a person.
 */
typedef enum
{
  OFC_PRINTER_ERROR_NOT_CONNECTED,
  OFC_PRINTER_ERROR_TIMEOUT,
  OFC_PRINTER_ERROR_PAPER_OUT,
  OFC_PRINTER_ERROR_COVER_OPEN,
  OFC_PRINTER_ERROR_OFFLINE,
  OFC_PRINTER_ERROR_DEVICE,
  OFC_PRINTER_ERROR_IO,
  OFC_PRINTER_ERROR_PERMISSION_DENIED,
  OFC_PRINTER_ERROR_UNSUPPORTED,
  OFC_PRINTER_ERROR_BAD_URI,
  OFC_PRINTER_ERROR_BAD_REPLY,
  OFC_PRINTER_ERROR_BAD_DOCUMENT,
  OFC_PRINTER_ERROR_DOES_NOT_FIT,
} OfcPrinterError;

GQuark ofc_printer_error_quark (void);

gboolean ofc_printer_error_is_transient (const GError *error);

void ofc_printer_set_error_from_errno (GError **error, int errsv, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

G_END_DECLS
