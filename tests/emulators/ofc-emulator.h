/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Software printers for tests and for watching what a job would print: they parse the
 * command stream of ESC/POS, ZPL, TSPL, EPL2 or Brother QL, record a transcript, rebuild
 * the printed pages as bitmaps (PNG files when an output folder is set), answer status
 * queries, and misbehave on request (faults).
 *
 * Threading: an emulator is fed by one thread (a server); the reading functions lock, so
 * a test may read results from another thread.
 */
#pragma once

#include <ofc-devices.h>

G_BEGIN_DECLS

typedef enum
{
  OFC_EMULATOR_ESCPOS,
  OFC_EMULATOR_ZPL,
  OFC_EMULATOR_TSPL,
  OFC_EMULATOR_EPL,
  OFC_EMULATOR_BROTHER_QL,
} OfcEmulatorLanguage;

/**
 * OfcEmulatorFault:
 * @OFC_EMULATOR_FAULT_PAPER_OUT: status says no paper
 * @OFC_EMULATOR_FAULT_PAPER_NEAR_END: status says the roll is nearly used up
 * @OFC_EMULATOR_FAULT_COVER_OPEN: status says the cover is open
 * @OFC_EMULATOR_FAULT_OFFLINE: status says offline (paused, switched off)
 * @OFC_EMULATOR_FAULT_CUTTER: status says the cutter jammed
 * @OFC_EMULATOR_FAULT_JAM: status says the paper jammed
 * @OFC_EMULATOR_FAULT_RIBBON_OUT: status says the ribbon is used up
 * @OFC_EMULATOR_FAULT_SLOW: replies come after the reply delay
 * @OFC_EMULATOR_FAULT_GARBAGE: replies are bytes no printer would send
 * @OFC_EMULATOR_FAULT_SILENT: no replies at all
 * @OFC_EMULATOR_FAULT_CLOSE: hang up after the close-after byte count (mid-job)
 */
typedef enum
{
  OFC_EMULATOR_FAULT_NONE = 0,
  OFC_EMULATOR_FAULT_PAPER_OUT = 1 << 0,
  OFC_EMULATOR_FAULT_PAPER_NEAR_END = 1 << 1,
  OFC_EMULATOR_FAULT_COVER_OPEN = 1 << 2,
  OFC_EMULATOR_FAULT_OFFLINE = 1 << 3,
  OFC_EMULATOR_FAULT_CUTTER = 1 << 4,
  OFC_EMULATOR_FAULT_JAM = 1 << 5,
  OFC_EMULATOR_FAULT_RIBBON_OUT = 1 << 6,
  OFC_EMULATOR_FAULT_SLOW = 1 << 7,
  OFC_EMULATOR_FAULT_GARBAGE = 1 << 8,
  OFC_EMULATOR_FAULT_SILENT = 1 << 9,
  OFC_EMULATOR_FAULT_CLOSE = 1 << 10,
} OfcEmulatorFault;

typedef struct _OfcEmulator OfcEmulator;

typedef void (*OfcEmulatorJobFunc) (OfcEmulator *emulator,
                                    guint job,
                                    GPtrArray *events,
                                    gpointer user_data);

gboolean ofc_emulator_language_parse (const char *name, OfcEmulatorLanguage *language);
gboolean ofc_emulator_fault_parse (const char *names, OfcEmulatorFault *faults);

OfcEmulator *ofc_emulator_new (OfcEmulatorLanguage language);
void ofc_emulator_free (OfcEmulator *self);

gboolean ofc_emulator_set_profile (OfcEmulator *self, const char *profile);
void ofc_emulator_set_faults (OfcEmulator *self, OfcEmulatorFault faults);
void ofc_emulator_set_reply_delay (OfcEmulator *self, guint delay_ms);
void ofc_emulator_set_close_after (OfcEmulator *self, gsize bytes);
void ofc_emulator_set_paper_out_after (OfcEmulator *self, gsize bytes);
guint ofc_emulator_get_n_held (OfcEmulator *self);
void ofc_emulator_set_dpi (OfcEmulator *self, guint dpi);
void ofc_emulator_set_paper (OfcEmulator *self, OfcPaperWidth paper);
void ofc_emulator_set_out_dir (OfcEmulator *self, const char *dir);
void ofc_emulator_set_job_func (OfcEmulator *self, OfcEmulatorJobFunc func, gpointer user_data);

OfcEmulatorFault ofc_emulator_get_faults (OfcEmulator *self);
guint ofc_emulator_get_reply_delay (OfcEmulator *self);

gboolean ofc_emulator_feed (OfcEmulator *self, const guint8 *data, gsize size, GByteArray *replies);
void ofc_emulator_finish (OfcEmulator *self);

GPtrArray *ofc_emulator_get_events (OfcEmulator *self);
GPtrArray *ofc_emulator_find_events (OfcEmulator *self, const char *prefix);
guint ofc_emulator_count_errors (OfcEmulator *self);
guint ofc_emulator_get_n_pages (OfcEmulator *self);
OfcBitmap *ofc_emulator_get_page (OfcEmulator *self, guint index);
char *ofc_emulator_get_page_path (OfcEmulator *self, guint index);
GBytes *ofc_emulator_get_received (OfcEmulator *self);
guint ofc_emulator_get_n_jobs (OfcEmulator *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcEmulator, ofc_emulator_free)

G_END_DECLS
