/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Status requests: DLE EOT 1–4 (ESC/POS), ESC ! ? (TSPL), ~HS (ZPL), ESC i S (Brother).
 * Stale input is dropped first so an old reply is never read as the new one.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-status-query.h"

/* a ~HS reply is three short lines; more than this is not one */
#define ZPL_REPLY_MAX 512

/**
 * ofc_escpos_query_status:
 * @transport: an open, bidirectional transport
 * @timeout_ms: the wait for each of the four one-byte replies
 * @status: (out): printer, offline cause, error cause and paper sensor flags combined
 */
gboolean
ofc_escpos_query_status (OfcTransport *transport,
                         guint timeout_ms,
                         OfcPrinterStatus *status,
                         GError **error)
{
  *status = OFC_PRINTER_STATUS_READY;
  ofc_transport_discard_input (transport);
  for (guint8 n = 1; n <= 4; n++)
    {
      const guint8 request[] = { 0x10, 0x04, n };
      guint8 reply;

      if (!ofc_transport_write (transport, request, sizeof request, timeout_ms, error) ||
          !ofc_transport_read_exact (transport, &reply, 1, timeout_ms, error) ||
          !ofc_escpos_status_parse (n, reply, status, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
query_tspl (OfcTransport *transport, guint timeout_ms, OfcPrinterStatus *status, GError **error)
{
  static const guint8 request[] = { 0x1B, '!', '?' };
  guint8 reply;

  return ofc_transport_write (transport, request, sizeof request, timeout_ms, error) &&
         ofc_transport_read_exact (transport, &reply, 1, timeout_ms, error) &&
         ofc_tspl_status_parse (reply, status, error);
}

static guint
count_byte (GByteArray *data, guint8 byte)
{
  guint count = 0;

  for (guint i = 0; i < data->len; i++)
    count += data->data[i] == byte;
  return count;
}

static gboolean
query_zpl (OfcTransport *transport, guint timeout_ms, OfcPrinterStatus *status, GError **error)
{
  g_autoptr (GByteArray) reply = g_byte_array_new ();
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  if (!ofc_transport_write (transport, "~HS", 3, timeout_ms, error))
    return FALSE;
  while (count_byte (reply, 0x03) < 3 && reply->len < ZPL_REPLY_MAX)
    {
      gint64 left_ms = (deadline - g_get_monotonic_time ()) / 1000;
      guint8 buffer[128];
      gssize got = ofc_transport_read (transport, buffer, sizeof buffer, MAX (left_ms, 1), error);

      if (got < 0)
        return FALSE;
      g_byte_array_append (reply, buffer, got);
    }
  return ofc_zpl_status_parse ((const char *)reply->data, reply->len, status, error);
}

/**
 * ofc_brother_query_status:
 * @details: (out) (optional): the loaded media and the phase
 */
gboolean
ofc_brother_query_status (OfcTransport *transport,
                          guint timeout_ms,
                          OfcPrinterStatus *status,
                          OfcBrotherStatus *details,
                          GError **error)
{
  static const guint8 request[] = { 0x1B, 'i', 'S' };
  guint8 reply[OFC_BROTHER_STATUS_SIZE];

  ofc_transport_discard_input (transport);
  return ofc_transport_write (transport, request, sizeof request, timeout_ms, error) &&
         ofc_transport_read_exact (transport, reply, sizeof reply, timeout_ms, error) &&
         ofc_brother_status_parse (reply, sizeof reply, status, details, error);
}

/**
 * ofc_label_query_status:
 * @timeout_ms: the wait for the whole reply
 *
 * EPL has no status query Officina can rely on: %OFC_PRINTER_ERROR_UNSUPPORTED.
 */
gboolean
ofc_label_query_status (OfcTransport *transport,
                        OfcLabelLanguage language,
                        guint timeout_ms,
                        OfcPrinterStatus *status,
                        GError **error)
{
  *status = OFC_PRINTER_STATUS_READY;
  switch (language)
    {
      case OFC_LABEL_TSPL:
        ofc_transport_discard_input (transport);
        return query_tspl (transport, timeout_ms, status, error);
      case OFC_LABEL_ZPL:
        ofc_transport_discard_input (transport);
        return query_zpl (transport, timeout_ms, status, error);
      case OFC_LABEL_BROTHER_QL:
        return ofc_brother_query_status (transport, timeout_ms, status, NULL, error);
      case OFC_LABEL_EPL:
      default:
        g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                     _ ("%s printers cannot report their status"), "EPL");
        return FALSE;
    }
}
