/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The ESC/POS profile table. Numbers come from the reference (escpos-printer-db
 * capabilities): they are per vendor, and a wrong one prints Cyrillic as Latin junk.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include "ofc-escpos-profile.h"

static const OfcEscposProfile profiles[] = {
  { "epson", "Epson TM-T20/T88/m30 and compatibles", 17, 46, FALSE, TRUE },
  { "xprinter", "Xprinter, Zjiang, Netum, Goojprt (Chinese clones)", 17, 73, FALSE, TRUE },
  { "rongta", "Rongta RP326/RP332", 7, 6, FALSE, TRUE },
  { "star", "Star TSP/SP/mC-Print (Star code tables)", 10, 34, TRUE, TRUE },
  { "bixolon", "Bixolon SRP, Sunmi", 17, -1, FALSE, TRUE },
  { "seiko", "Seiko RP-F10, EPOS TEP-200M", 17, 46, FALSE, TRUE },
  { "generic", "Generic without QR support", 17, -1, FALSE, FALSE },
};

/**
 * ofc_escpos_profile_lookup:
 * @id: a profile id
 *
 * Returns: (nullable): the profile, or %NULL for an unknown id
 */
const OfcEscposProfile *
ofc_escpos_profile_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    if (g_strcmp0 (profiles[i].id, id) == 0)
      return &profiles[i];
  return NULL;
}

/**
 * ofc_escpos_profile_get_all:
 * @n_profiles: (out): the number of profiles
 *
 * Returns: (array length=n_profiles): every profile, the default first
 */
const OfcEscposProfile *
ofc_escpos_profile_get_all (guint *n_profiles)
{
  *n_profiles = G_N_ELEMENTS (profiles);
  return profiles;
}

/**
 * ofc_escpos_profile_get_table:
 *
 * Returns: the table number selecting @code_page, or -1 when the profile lacks it
 */
int
ofc_escpos_profile_get_table (const OfcEscposProfile *profile, OfcCodePage code_page)
{
  return code_page == OFC_CODE_PAGE_CP1251 ? profile->cp1251_table : profile->cp866_table;
}
