/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the language parsers of the emulator share: the emulator's state and the helpers
 * that record events and pages. Called with the emulator's lock held.
 */
#pragma once

#include "ofc-emulator.h"

G_BEGIN_DECLS

/**
 * OfcEmulatorClass:
 * @new_state: the language's parser state
 * @parse: consume one command from the start of @data; return the bytes consumed, or 0
 *   when the command is not complete yet
 * @finish: the connection ended: flush what is half printed
 */
typedef struct
{
  gpointer (*new_state) (OfcEmulator *self);
  void (*free_state) (gpointer state);
  gsize (*parse) (OfcEmulator *self, const guint8 *data, gsize size, GByteArray *replies);
  void (*finish) (OfcEmulator *self);
} OfcEmulatorClass;

struct _OfcEmulator
{
  OfcEmulatorLanguage language;
  const OfcEmulatorClass *klass;
  gpointer state;
  GMutex lock;

  char *profile;
  OfcEmulatorFault faults;
  guint reply_delay_ms;
  gsize close_after;
  gsize paper_out_after;
  GPtrArray *held; /* pages waiting for paper */
  guint dpi;
  OfcPaperWidth paper;
  char *out_dir;
  OfcEmulatorJobFunc job_func;
  gpointer job_data;

  GByteArray *pending;
  GByteArray *received;
  gsize job_bytes;
  GPtrArray *events;
  guint job_first_event;
  GPtrArray *pages;
  GPtrArray *page_paths;
  guint jobs;
};

extern const OfcEmulatorClass ofc_emulator_escpos_class;
extern const OfcEmulatorClass ofc_emulator_zpl_class;
extern const OfcEmulatorClass ofc_emulator_tspl_class;
extern const OfcEmulatorClass ofc_emulator_epl_class;
extern const OfcEmulatorClass ofc_emulator_brother_class;

void ofc_emulator_event (OfcEmulator *self, const char *format, ...) G_GNUC_PRINTF (2, 3);
void ofc_emulator_error (OfcEmulator *self, const char *format, ...) G_GNUC_PRINTF (2, 3);
void ofc_emulator_add_page (OfcEmulator *self, OfcBitmap *page);
gboolean ofc_emulator_has_fault (OfcEmulator *self, OfcEmulatorFault fault);

/* helpers for the label languages */
OfcBitmap *ofc_emulator_bitmap_from_rows (const guint8 *data,
                                          guint stride,
                                          guint height,
                                          gboolean white_is_one);
void ofc_emulator_draw_code128 (OfcEmulator *self,
                                OfcBitmap *canvas,
                                int x,
                                int y,
                                guint module,
                                guint height,
                                const char *data);
void ofc_emulator_draw_qr (
    OfcEmulator *self, OfcBitmap *canvas, int x, int y, guint module, const char *data);
void ofc_emulator_draw_text (OfcBitmap *canvas, int x, int y, guint height, const char *text);

G_END_DECLS
