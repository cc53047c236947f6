/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Status flags, their descriptions, and the status replies of ESC/POS (DLE EOT), TSPL
 * (ESC !?), ZPL (~HS) and Brother QL (ESC i S) mapped onto them. A reply that does not
 * have its language's shape is refused rather than guessed at.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ofc-printer-error.h"
#include "ofc-printer-status.h"

typedef struct
{
  guint mask;
  OfcPrinterStatus flag;
} BitMap;

static const char *
flag_description (OfcPrinterStatus flag)
{
  switch (flag)
    {
      case OFC_PRINTER_STATUS_OFFLINE:
        return _ ("offline");
      case OFC_PRINTER_STATUS_COVER_OPEN:
        return _ ("cover open");
      case OFC_PRINTER_STATUS_HEAD_OPEN:
        return _ ("print head open");
      case OFC_PRINTER_STATUS_PAPER_NEAR_END:
        return _ ("paper nearly out");
      case OFC_PRINTER_STATUS_PAPER_OUT:
        return _ ("out of paper");
      case OFC_PRINTER_STATUS_CUTTER_ERROR:
        return _ ("cutter jammed");
      case OFC_PRINTER_STATUS_PAPER_JAM:
        return _ ("paper jammed");
      case OFC_PRINTER_STATUS_RIBBON_OUT:
        return _ ("ribbon out");
      case OFC_PRINTER_STATUS_PAUSED:
        return _ ("paused");
      case OFC_PRINTER_STATUS_BUSY:
        return _ ("printing");
      case OFC_PRINTER_STATUS_OVERHEAT:
        return _ ("print head too hot or too cold");
      case OFC_PRINTER_STATUS_WRONG_MEDIA:
        return _ ("wrong paper or labels loaded");
      case OFC_PRINTER_STATUS_ERROR:
        return _ ("printer error");
      case OFC_PRINTER_STATUS_READY:
      default:
        return _ ("ready");
    }
}

/**
 * ofc_printer_status_describe:
 *
 * Returns: (transfer full): a translated description, e.g. "cover open; out of paper"
 */
char *
ofc_printer_status_describe (OfcPrinterStatus status)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 0; bit < 16; bit++)
    if (status & (1u << bit))
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, flag_description (1u << bit));
      }
  if (text->len == 0)
    g_string_append (text, flag_description (OFC_PRINTER_STATUS_READY));
  return g_string_free (text, FALSE);
}

static OfcPrinterError
error_code_for (OfcPrinterStatus status)
{
  if (status & OFC_PRINTER_STATUS_PAPER_OUT)
    return OFC_PRINTER_ERROR_PAPER_OUT;
  if (status & (OFC_PRINTER_STATUS_COVER_OPEN | OFC_PRINTER_STATUS_HEAD_OPEN))
    return OFC_PRINTER_ERROR_COVER_OPEN;
  if (status & (OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_PAUSED))
    return OFC_PRINTER_ERROR_OFFLINE;
  return OFC_PRINTER_ERROR_DEVICE;
}

/**
 * ofc_printer_status_check:
 *
 * Turns a status that stops printing into an error: paper out, cover open, offline, or
 * %OFC_PRINTER_ERROR_DEVICE for the other faults. Near end and busy pass.
 *
 * Returns: %TRUE when a job can be sent
 */
gboolean
ofc_printer_status_check (OfcPrinterStatus status, GError **error)
{
  g_autofree char *description = NULL;

  if ((status & OFC_PRINTER_STATUS_BLOCKING) == 0)
    return TRUE;
  description = ofc_printer_status_describe (status & OFC_PRINTER_STATUS_BLOCKING);
  g_set_error (error, OFC_PRINTER_ERROR, error_code_for (status),
               _ ("The printer is not ready: %s"), description);
  return FALSE;
}

static OfcPrinterStatus
map_bits (guint value, const BitMap *map, gsize n)
{
  OfcPrinterStatus status = OFC_PRINTER_STATUS_READY;

  for (gsize i = 0; i < n; i++)
    if (value & map[i].mask)
      status |= map[i].flag;
  return status;
}

static gboolean
bad_reply (GError **error, const char *language)
{
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY,
               _ ("The printer sent a status reply that is not valid %s; check the printer "
                  "language and the port settings"),
               language);
  return FALSE;
}

/**
 * ofc_escpos_status_parse:
 * @request: the n of the DLE EOT n that was sent, 1–4
 * @reply: the byte received
 * @status: (inout): flags are added, so the four replies can be combined
 *
 * Every valid reply has the bit pattern 0xx1xx10.
 */
gboolean
ofc_escpos_status_parse (guint request, guint8 reply, OfcPrinterStatus *status, GError **error)
{
  static const BitMap printer[] = { { 0x08, OFC_PRINTER_STATUS_OFFLINE } };
  static const BitMap offline[] = { { 0x04, OFC_PRINTER_STATUS_COVER_OPEN },
                                    { 0x20, OFC_PRINTER_STATUS_PAPER_OUT },
                                    { 0x40, OFC_PRINTER_STATUS_ERROR } };
  static const BitMap errors[] = { { 0x08, OFC_PRINTER_STATUS_CUTTER_ERROR },
                                   { 0x20, OFC_PRINTER_STATUS_ERROR },
                                   { 0x40, OFC_PRINTER_STATUS_OVERHEAT } };
  static const BitMap paper[] = { { 0x0C, OFC_PRINTER_STATUS_PAPER_NEAR_END },
                                  { 0x60, OFC_PRINTER_STATUS_PAPER_OUT } };

  g_return_val_if_fail (request >= 1 && request <= 4, FALSE);
  if ((reply & 0x93) != 0x12)
    return bad_reply (error, "ESC/POS");
  if (request == 1)
    *status |= map_bits (reply, printer, G_N_ELEMENTS (printer));
  else if (request == 2)
    *status |= map_bits (reply, offline, G_N_ELEMENTS (offline));
  else if (request == 3)
    *status |= map_bits (reply, errors, G_N_ELEMENTS (errors));
  else
    *status |= map_bits (reply, paper, G_N_ELEMENTS (paper));
  return TRUE;
}

/**
 * ofc_tspl_status_parse:
 * @reply: the byte answering ESC ! ?
 * @status: (out): the flags
 */
gboolean
ofc_tspl_status_parse (guint8 reply, OfcPrinterStatus *status, GError **error)
{
  static const BitMap bits[] = {
    { 0x01, OFC_PRINTER_STATUS_HEAD_OPEN },  { 0x02, OFC_PRINTER_STATUS_PAPER_JAM },
    { 0x04, OFC_PRINTER_STATUS_PAPER_OUT },  { 0x08, OFC_PRINTER_STATUS_RIBBON_OUT },
    { 0x10, OFC_PRINTER_STATUS_PAUSED },     { 0x20, OFC_PRINTER_STATUS_BUSY },
    { 0x40, OFC_PRINTER_STATUS_COVER_OPEN }, { 0x80, OFC_PRINTER_STATUS_OVERHEAT },
  };

  *status = map_bits (reply, bits, G_N_ELEMENTS (bits));
  return TRUE;
}

/* the comma-separated fields of the STX…ETX frames of a ~HS reply */
static GPtrArray *
split_frames (const char *reply, gsize size)
{
  GPtrArray *frames = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  const char *end = reply + size;

  for (const char *p = memchr (reply, 0x02, size); p != NULL && p < end;
       p = memchr (p, 0x02, end - p))
    {
      const char *etx = memchr (p, 0x03, end - p);
      g_autofree char *body = NULL;

      if (etx == NULL)
        break;
      body = g_strndup (p + 1, etx - p - 1);
      g_ptr_array_add (frames, g_strsplit (body, ",", -1));
      p = etx + 1;
    }
  return frames;
}

static gboolean
flag_set (char **fields, guint index)
{
  return index < g_strv_length (fields) && g_strcmp0 (g_strstrip (fields[index]), "1") == 0;
}

/**
 * ofc_zpl_status_parse:
 * @reply: the bytes answering ~HS: three STX…ETX strings
 * @status: (out): the flags
 *
 * Field positions follow the Zebra programming guide (string 1: paper out, pause, …,
 * under and over temperature; string 2: head up, ribbon out); they are not yet checked
 * on hardware.
 */
gboolean
ofc_zpl_status_parse (const char *reply, gsize size, OfcPrinterStatus *status, GError **error)
{
  g_autoptr (GPtrArray) frames = split_frames (reply, size);
  char **first, **second;

  if (frames->len != 3)
    return bad_reply (error, "ZPL");
  first = g_ptr_array_index (frames, 0);
  second = g_ptr_array_index (frames, 1);
  if (g_strv_length (first) < 12 || g_strv_length (second) < 5)
    return bad_reply (error, "ZPL");
  *status = OFC_PRINTER_STATUS_READY;
  if (flag_set (first, 1))
    *status |= OFC_PRINTER_STATUS_PAPER_OUT;
  if (flag_set (first, 2))
    *status |= OFC_PRINTER_STATUS_PAUSED;
  if (flag_set (first, 10) || flag_set (first, 11))
    *status |= OFC_PRINTER_STATUS_OVERHEAT;
  if (flag_set (second, 2))
    *status |= OFC_PRINTER_STATUS_HEAD_OPEN;
  if (flag_set (second, 3))
    *status |= OFC_PRINTER_STATUS_RIBBON_OUT;
  return TRUE;
}

/**
 * ofc_brother_status_parse:
 * @reply: the 32 bytes answering ESC i S (or sent unsolicited after printing)
 * @status: (out): the flags
 * @details: (out) (optional): media and phase
 */
gboolean
ofc_brother_status_parse (const guint8 *reply,
                          gsize size,
                          OfcPrinterStatus *status,
                          OfcBrotherStatus *details,
                          GError **error)
{
  static const BitMap error1[] = {
    { 0x01 | 0x02, OFC_PRINTER_STATUS_PAPER_OUT },
    { 0x04, OFC_PRINTER_STATUS_CUTTER_ERROR },
    { 0x10, OFC_PRINTER_STATUS_BUSY },
    { 0x20, OFC_PRINTER_STATUS_OFFLINE },
    { 0x80, OFC_PRINTER_STATUS_ERROR },
  };
  static const BitMap error2[] = {
    { 0x01, OFC_PRINTER_STATUS_WRONG_MEDIA },
    { 0x10, OFC_PRINTER_STATUS_COVER_OPEN },
    { 0x40, OFC_PRINTER_STATUS_PAPER_JAM },
    { 0x02 | 0x04 | 0x80, OFC_PRINTER_STATUS_ERROR },
  };

  if (size != OFC_BROTHER_STATUS_SIZE || reply[0] != 0x80 || reply[1] != 0x20 || reply[2] != 0x42)
    return bad_reply (error, "Brother QL");
  *status = map_bits (reply[8], error1, G_N_ELEMENTS (error1)) |
            map_bits (reply[9], error2, G_N_ELEMENTS (error2));
  if (details != NULL)
    *details = (OfcBrotherStatus){ reply[10], reply[17], reply[11], reply[18], reply[19] };
  return TRUE;
}
