/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The ESC/POS encoder: a pure function from an #OfcReceiptDocument to the bytes of one job.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "document/ofc-receipt-document.h"
#include "encode/ofc-escpos-profile.h"

G_BEGIN_DECLS

/**
 * OfcEscposOptions:
 * @profile: an #OfcEscposProfile id; %NULL for %OFC_ESCPOS_DEFAULT_PROFILE
 * @code_page: the code page text is sent in
 * @table: the ESC t number to select @code_page with, overriding the profile's; -1 to use
 *   the profile's (the per-printer override for clones with odd numbering)
 * @raster_qr: send QR codes as images even when the profile has native QR
 * @raster_text: send every text line as an image (printers with no usable code page)
 * @cut_feed_lines: lines fed before a cut so the last line clears the cutter
 */
typedef struct
{
  const char *profile;
  OfcCodePage code_page;
  int table;
  gboolean raster_qr;
  gboolean raster_text;
  guint cut_feed_lines;
} OfcEscposOptions;

/* GS v 0 images are sent in slices so cheap printers' buffers do not overflow */
#define OFC_ESCPOS_RASTER_SLICE_ROWS 256

void ofc_escpos_options_init (OfcEscposOptions *options);
GBytes *ofc_escpos_encode (OfcReceiptDocument *document,
                           const OfcEscposOptions *options,
                           GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
