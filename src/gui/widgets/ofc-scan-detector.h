/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcScanDetector: tells a barcode scanner (a keyboard wedge) from a person typing. A
 * scanner types a code and Enter in one burst, a few milliseconds per key; the detector
 * watches a window's keys before any widget sees them and, on such a burst, emits
 * "scanned" with the code. When the code is handled, the Enter goes no further and the
 * scanned characters are taken back out of the entry that had the focus.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFC_SCAN_DETECTOR_MAX_GAP_MS 40
#define OFC_SCAN_DETECTOR_MIN_LENGTH 4

#define OFC_TYPE_SCAN_DETECTOR (ofc_scan_detector_get_type ())
G_DECLARE_FINAL_TYPE (OfcScanDetector, ofc_scan_detector, OFC, SCAN_DETECTOR, GObject)

OfcScanDetector *ofc_scan_detector_new        (GtkWidget       *widget);
void             ofc_scan_detector_set_timing (OfcScanDetector *self,
                                               guint            max_gap_ms,
                                               guint            min_length);

G_END_DECLS
