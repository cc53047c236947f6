/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterStatus: what a printer says about itself, the same flags for every language,
 * and the parsers of each language's status reply.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * OfcPrinterStatus:
 * @OFC_PRINTER_STATUS_READY: nothing to report
 * @OFC_PRINTER_STATUS_OFFLINE: offline (often because of one of the flags below)
 * @OFC_PRINTER_STATUS_COVER_OPEN: the cover is open
 * @OFC_PRINTER_STATUS_HEAD_OPEN: the print head is lifted (label printers)
 * @OFC_PRINTER_STATUS_PAPER_NEAR_END: the roll is nearly used up; printing still works
 * @OFC_PRINTER_STATUS_PAPER_OUT: no paper or labels
 * @OFC_PRINTER_STATUS_CUTTER_ERROR: the cutter is jammed
 * @OFC_PRINTER_STATUS_PAPER_JAM: the paper or labels are jammed
 * @OFC_PRINTER_STATUS_RIBBON_OUT: the ribbon of a thermal-transfer printer is used up
 * @OFC_PRINTER_STATUS_PAUSED: paused by a button or a command
 * @OFC_PRINTER_STATUS_BUSY: printing; not an error
 * @OFC_PRINTER_STATUS_OVERHEAT: the head is too hot or too cold; it recovers by itself
 * @OFC_PRINTER_STATUS_WRONG_MEDIA: the loaded media does not match the job
 * @OFC_PRINTER_STATUS_ERROR: another fault, possibly one needing a restart
 */
typedef enum /*< flags >*/
{
  OFC_PRINTER_STATUS_READY = 0,
  OFC_PRINTER_STATUS_OFFLINE = 1 << 0,
  OFC_PRINTER_STATUS_COVER_OPEN = 1 << 1,
  OFC_PRINTER_STATUS_HEAD_OPEN = 1 << 2,
  OFC_PRINTER_STATUS_PAPER_NEAR_END = 1 << 3,
  OFC_PRINTER_STATUS_PAPER_OUT = 1 << 4,
  OFC_PRINTER_STATUS_CUTTER_ERROR = 1 << 5,
  OFC_PRINTER_STATUS_PAPER_JAM = 1 << 6,
  OFC_PRINTER_STATUS_RIBBON_OUT = 1 << 7,
  OFC_PRINTER_STATUS_PAUSED = 1 << 8,
  OFC_PRINTER_STATUS_BUSY = 1 << 9,
  OFC_PRINTER_STATUS_OVERHEAT = 1 << 10,
  OFC_PRINTER_STATUS_WRONG_MEDIA = 1 << 11,
  OFC_PRINTER_STATUS_ERROR = 1 << 12,
} OfcPrinterStatus;

/* the flags that stop a job: everything except near end and busy */
#define OFC_PRINTER_STATUS_BLOCKING (~(OFC_PRINTER_STATUS_PAPER_NEAR_END | OFC_PRINTER_STATUS_BUSY))

/* the size of a Brother QL status reply */
#define OFC_BROTHER_STATUS_SIZE 32

/**
 * OfcBrotherStatus:
 * @media_width_mm: the loaded tape width
 * @media_length_mm: the die-cut label length, 0 for endless tape
 * @media_type: 0x0A endless, 0x0B die-cut, 0 none
 * @status_type: 0 reply, 1 printing completed, 2 error, 5 notification, 6 phase change
 * @phase: 0 receiving, 1 printing
 */
typedef struct
{
  guint media_width_mm;
  guint media_length_mm;
  guint media_type;
  guint status_type;
  guint phase;
} OfcBrotherStatus;

char *ofc_printer_status_describe (OfcPrinterStatus status);
gboolean ofc_printer_status_check (OfcPrinterStatus status, GError **error);

gboolean ofc_escpos_status_parse (guint request,
                                  guint8 reply,
                                  OfcPrinterStatus *status,
                                  GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_tspl_status_parse (guint8 reply,
                                OfcPrinterStatus *status,
                                GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_zpl_status_parse (const char *reply,
                               gsize size,
                               OfcPrinterStatus *status,
                               GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_brother_status_parse (const guint8 *reply,
                                   gsize size,
                                   OfcPrinterStatus *status,
                                   OfcBrotherStatus *details,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
