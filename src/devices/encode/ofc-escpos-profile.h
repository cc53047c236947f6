/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * ESC/POS printer profiles: what differs between vendors that claim the same command set,
 * above all the ESC t table numbers of the Cyrillic code pages.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include "encode/ofc-code-page.h"

G_BEGIN_DECLS

/**
 * OfcEscposProfile:
 * @id: the stable identifier stored in settings, e.g. "xprinter"
 * @name: the vendor and models, for a settings list (not translated: product names)
 * @cp866_table: the ESC t number of CP866, -1 when the printer lacks it
 * @cp1251_table: the ESC t number of CP1251, -1 when the printer lacks it
 * @star_table_command: select the table with ESC GS t (Star) instead of ESC t
 * @native_qr: the printer draws QR codes itself (GS ( k); otherwise they are sent as images
 */
typedef struct
{
  const char *id;
  const char *name;
  int cp866_table;
  int cp1251_table;
  gboolean star_table_command;
  gboolean native_qr;
} OfcEscposProfile;

#define OFC_ESCPOS_DEFAULT_PROFILE "epson"

const OfcEscposProfile *ofc_escpos_profile_lookup (const char *id);
const OfcEscposProfile *ofc_escpos_profile_get_all (guint *n_profiles);
int ofc_escpos_profile_get_table (const OfcEscposProfile *profile, OfcCodePage code_page);

G_END_DECLS
