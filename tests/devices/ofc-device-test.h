/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the devices suites share: sample documents (the same ones feed the golden files,
 * the round trips and the benchmarks), golden-file comparison, running a job through an
 * emulator, and zbarimg.
 */
#pragma once

#include <ofc-devices.h>

#include "ofc-emulator-server.h"
#include "ofc-test.h"

G_BEGIN_DECLS

/* the order number every sample prints, as text, Code 128 and inside the QR URL */
#define OFC_TEST_ORDER  "A-000123"
#define OFC_TEST_QR_URL "https://officina.example/o/A-000123"

OfcBitmap *ofc_test_pattern (guint width, guint height);
OfcReceiptDocument *ofc_test_sample_receipt (OfcPaperWidth paper);
OfcLabelLayout *ofc_test_sample_layout (const OfcLabelMedia *media, gboolean with_text);

void ofc_test_check_golden (GBytes *actual, const char *name);

GByteArray *ofc_test_run_emulator (OfcEmulator *emulator, GBytes *job);
gboolean ofc_test_has_event (OfcEmulator *emulator, const char *event);
void ofc_test_dump_events (OfcEmulator *emulator);

char *ofc_test_zbar (const char *png);

G_END_DECLS
