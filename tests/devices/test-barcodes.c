/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Barcodes and QR codes scan: what the library renders, and what the emulators print
 * from each language, decoded by zbarimg. Skipped (exit 77) when zbarimg is missing.
 */
#include "config.h"

#include "ofc-device-test.h"

static char *folder;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/* every symbol zbarimg finds in @bitmap */
static char **
scan (OfcBitmap *bitmap, const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *found = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_bitmap_write_png (bitmap, path, &error));
  found = ofc_test_zbar (path);
  return g_strsplit (found, "\n", -1);
}

static void
assert_scans (OfcBitmap *bitmap, const char *name, gboolean want_barcode)
{
  g_auto (GStrv) symbols = scan (bitmap, name);

  ck_assert_msg (g_strv_contains ((const char *const *)symbols, OFC_TEST_QR_URL),
                 "%s: no QR code found", name);
  if (want_barcode)
    ck_assert_msg (g_strv_contains ((const char *const *)symbols, OFC_TEST_ORDER),
                   "%s: no Code 128 found", name);
}

START_TEST (test_rendered_symbols)
{
  g_autoptr (OfcBitmap) canvas = ofc_bitmap_new (600, 300);
  g_autoptr (OfcBitmap) code128 = ofc_code128_encode (OFC_TEST_ORDER, NULL);
  g_autoptr (OfcBitmap) qr = ofc_qr_encode (OFC_TEST_QR_URL, NULL);
  g_autoptr (OfcBitmap) bars = ofc_symbol_scale (code128, 2, 80);
  g_autoptr (OfcBitmap) square = ofc_symbol_scale (qr, 4, 0);

  ofc_bitmap_blit (canvas, bars, 30, 30);
  ofc_bitmap_blit (canvas, square, 400, 60);
  assert_scans (canvas, "symbols.png", TRUE);
}
END_TEST

static OfcEmulator *
print_receipt (OfcPaperWidth paper, const char *profile, gboolean raster_qr)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_test_sample_receipt (paper);
  OfcEscposOptions options;
  g_autoptr (GBytes) job = NULL;
  g_autoptr (GByteArray) replies = NULL;
  OfcEmulator *emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);

  ofc_escpos_options_init (&options);
  options.profile = profile;
  options.raster_qr = raster_qr;
  job = ofc_escpos_encode (receipt, &options, NULL);
  ofc_emulator_set_profile (emulator, profile);
  ofc_emulator_set_paper (emulator, paper);
  ofc_emulator_set_out_dir (emulator, folder);
  replies = ofc_test_run_emulator (emulator, job);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  return emulator;
}

START_TEST (test_escpos_symbols)
{
  g_autoptr (OfcEmulator) native = print_receipt (OFC_PAPER_58MM, "epson", FALSE);
  g_autoptr (OfcEmulator) raster = print_receipt (OFC_PAPER_80MM, "xprinter", TRUE);
  g_autofree char *png = ofc_emulator_get_page_path (native, 0);
  g_autoptr (OfcBitmap) page = ofc_emulator_get_page (raster, 0);
  g_autofree char *found = NULL;

  /* the emulator wrote its page as PNG itself */
  ck_assert_ptr_nonnull (png);
  found = ofc_test_zbar (png);
  ck_assert_ptr_nonnull (strstr (found, OFC_TEST_ORDER));
  ck_assert_ptr_nonnull (strstr (found, OFC_TEST_QR_URL));
  assert_scans (page, "raster-qr.png", TRUE);
}
END_TEST

static const struct
{
  OfcLabelLanguage language;
  OfcEmulatorLanguage emulated;
  OfcLabelPreset preset;
  guint dpi;
  gboolean native;
} label_cases[] = {
  { OFC_LABEL_ZPL, OFC_EMULATOR_ZPL, OFC_LABEL_58X40, 203, FALSE },
  { OFC_LABEL_ZPL, OFC_EMULATOR_ZPL, OFC_LABEL_58X40, 203, TRUE },
  { OFC_LABEL_TSPL, OFC_EMULATOR_TSPL, OFC_LABEL_58X40, 300, FALSE },
  { OFC_LABEL_TSPL, OFC_EMULATOR_TSPL, OFC_LABEL_58X40, 203, TRUE },
  { OFC_LABEL_EPL, OFC_EMULATOR_EPL, OFC_LABEL_58X40, 203, FALSE },
  { OFC_LABEL_BROTHER_QL, OFC_EMULATOR_BROTHER_QL, OFC_LABEL_62_CONTINUOUS, 300, FALSE },
};

START_TEST (test_label_symbols)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) label = NULL;
  g_autoptr (GBytes) job = NULL;
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (label_cases[_i].emulated);
  g_autoptr (GByteArray) replies = NULL;
  g_autoptr (OfcBitmap) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("label-%d.png", _i);

  ofc_label_media_init_preset (&media, label_cases[_i].preset, label_cases[_i].dpi);
  if (label_cases[_i].preset == OFC_LABEL_62_CONTINUOUS)
    media.height_mm = 40;
  layout = ofc_test_sample_layout (&media, TRUE);
  label = ofc_label_layout_render (
      layout, label_cases[_i].native ? ofc_label_language_get_native (label_cases[_i].language) : 0,
      &error);
  job = ofc_label_encode (label, label_cases[_i].language, &error);
  ofc_assert_no_error (error);
  ofc_emulator_set_dpi (emulator, media.dpi);
  replies = ofc_test_run_emulator (emulator, job);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  page = ofc_emulator_get_page (emulator, 0);
  /* Brother rows are mirrored on the wire; the emulator un-mirrors them */
  assert_scans (page, name, TRUE);
}
END_TEST

static Suite *
barcodes_suite (void)
{
  Suite *suite = suite_create ("barcodes");
  TCase *scans = tcase_create ("scans");

  tcase_add_checked_fixture (scans, setup, teardown);
  tcase_add_test (scans, test_rendered_symbols);
  tcase_add_test (scans, test_escpos_symbols);
  tcase_add_loop_test (scans, test_label_symbols, 0, G_N_ELEMENTS (label_cases));
  suite_add_tcase (suite, scans);
  return suite;
}

int
main (void)
{
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");

  if (zbarimg == NULL)
    {
      g_printerr ("zbarimg not found (package zbar-tools): skipping\n");
      return 77;
    }
  return ofc_test_run (barcodes_suite ());
}
