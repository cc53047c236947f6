/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Round trips through the emulators: what the encoders send is what a printer of that
 * make would print. Cyrillic for every profile and code page, the raster fallback, every
 * receipt block, and labels in every language rebuilt dot for dot.
 */
#include "config.h"

#include "ofc-device-test.h"

typedef struct
{
  const char *profile;
  OfcCodePage code_page;
} ProfileCase;

static const ProfileCase profile_cases[] = {
  { "epson", OFC_CODE_PAGE_CP866 },    { "epson", OFC_CODE_PAGE_CP1251 },
  { "xprinter", OFC_CODE_PAGE_CP866 }, { "xprinter", OFC_CODE_PAGE_CP1251 },
  { "rongta", OFC_CODE_PAGE_CP866 },   { "rongta", OFC_CODE_PAGE_CP1251 },
  { "star", OFC_CODE_PAGE_CP866 },     { "star", OFC_CODE_PAGE_CP1251 },
};

static const char *const pangram = "Съешь же ещё этих мягких французских булок, да выпей чаю";

static OfcEmulator *
print_receipt (OfcReceiptDocument *receipt, const OfcEscposOptions *options, const char *profile)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) job = ofc_escpos_encode (receipt, options, &error);
  OfcEmulator *emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (GByteArray) replies = NULL;

  ofc_assert_no_error (error);
  ck_assert (ofc_emulator_set_profile (emulator, profile));
  ofc_emulator_set_paper (emulator, ofc_receipt_document_get_paper (receipt));
  replies = ofc_test_run_emulator (emulator, job);
  return emulator;
}

START_TEST (test_cyrillic)
{
  const ProfileCase *c = &profile_cases[_i];
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_80MM);
  OfcEscposOptions options;
  g_autoptr (OfcEmulator) emulator = NULL;
  g_autoptr (GPtrArray) text = NULL;

  ofc_receipt_document_add_text (receipt, pangram, OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "ЁЖИК В ТУМАНЕ № 5", OFC_TEXT_BOLD, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_columns (receipt, "Итого", "1 234,50", OFC_TEXT_DOUBLE_HEIGHT);
  ofc_escpos_options_init (&options);
  options.profile = c->profile;
  options.code_page = c->code_page;
  emulator = print_receipt (receipt, &options, c->profile);
  text = ofc_emulator_find_events (emulator, "TEXT");
  if (ofc_emulator_count_errors (emulator) > 0 || text->len != 4)
    ofc_test_dump_events (emulator);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert_uint_eq (text->len, 4);
  ck_assert_str_eq (g_ptr_array_index (text, 0),
                    "TEXT[L]: Съешь же ещё этих мягких французских булок, да");
  ck_assert_str_eq (g_ptr_array_index (text, 1), "TEXT[L]: выпей чаю");
  ck_assert_str_eq (g_ptr_array_index (text, 2), "TEXT[bC]: ЁЖИК В ТУМАНЕ № 5");
  ck_assert_str_eq (g_ptr_array_index (text, 3),
                    "TEXT[hL]: Итого                                   1 234,50");
}
END_TEST

START_TEST (test_chinese_mode)
{
  /* an Xprinter-class clone after ESC @ without FS .: Cyrillic comes out as hieroglyphs */
  static const guint8 job[] = {
    0x1b, '@', 0x1b, 't', 17, 0x8f, 0xe0, 0xa8, 0xa2, 0xa5, 0xe2, '\n'
  };
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (GBytes) bytes = g_bytes_new_static (job, sizeof job);
  g_autoptr (GByteArray) replies = NULL;
  g_autoptr (GPtrArray) text = NULL;

  ck_assert (ofc_emulator_set_profile (emulator, "xprinter"));
  replies = ofc_test_run_emulator (emulator, bytes);
  text = ofc_emulator_find_events (emulator, "TEXT");
  ck_assert_uint_eq (text->len, 1);
  ck_assert_str_ne (g_ptr_array_index (text, 0), "TEXT[L]: Привет");
}
END_TEST

START_TEST (test_fallback_raster)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_58MM);
  OfcEscposOptions options;
  g_autoptr (OfcEmulator) emulator = NULL;
  g_autoptr (GPtrArray) text = NULL;
  g_autoptr (GPtrArray) raster = NULL;

  ofc_receipt_document_add_text (receipt, "Рівне, вул. Соборна", OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "Москва", OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "Ελλάδα ☕", OFC_TEXT_DOUBLE_HEIGHT, OFC_ALIGN_CENTER);
  ofc_escpos_options_init (&options);
  emulator = print_receipt (receipt, &options, "epson");
  text = ofc_emulator_find_events (emulator, "TEXT");
  raster = ofc_emulator_find_events (emulator, "RASTER");
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert_uint_eq (text->len, 1);
  ck_assert_str_eq (g_ptr_array_index (text, 0), "TEXT[L]: Москва");
  ck_assert_uint_eq (raster->len, 2);
  ck_assert_str_eq (g_ptr_array_index (raster, 0), "RASTER 384x30");
  ck_assert_str_eq (g_ptr_array_index (raster, 1), "RASTER 384x60");
}
END_TEST

START_TEST (test_receipt_blocks)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_test_sample_receipt (OFC_PAPER_58MM);
  g_autoptr (OfcEmulator) emulator = print_receipt (receipt, NULL, "epson");
  g_autoptr (OfcBitmap) page = NULL;

  if (ofc_emulator_count_errors (emulator) > 0)
    ofc_test_dump_events (emulator);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert (ofc_test_has_event (emulator, "INIT"));
  ck_assert (ofc_test_has_event (emulator, "CHINESE OFF"));
  ck_assert (ofc_test_has_event (emulator, "TABLE 17 CP866"));
  ck_assert (ofc_test_has_event (emulator, "TEXT[bC]: Мастерская \"Оффицина\""));
  ck_assert (ofc_test_has_event (emulator, "TEXT[whC]: ЗАКАЗ A-000123"));
  ck_assert (ofc_test_has_event (emulator, "TEXT[L]: Кассир                Иванова А."));
  ck_assert (ofc_test_has_event (emulator, "TEXT[uL]: Гарантия 90 дней. Сохраняйте"));
  ck_assert (ofc_test_has_event (emulator, "BARCODE CODE128 {B" OFC_TEST_ORDER));
  ck_assert (ofc_test_has_event (emulator, "QR M 5 " OFC_TEST_QR_URL));
  ck_assert (ofc_test_has_event (emulator, "RASTER 384x40"));
  ck_assert (ofc_test_has_event (emulator, "FEED 2 lines"));
  ck_assert (ofc_test_has_event (emulator, "CUT partial"));
  ck_assert (ofc_test_has_event (emulator, "DRAWER pin=2 on=100ms off=100ms"));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  page = ofc_emulator_get_page (emulator, 0);
  ck_assert_uint_eq (ofc_bitmap_get_width (page), 384);
}
END_TEST

static OfcLabelDocument *
render_label (OfcLabelPreset preset, guint dpi, OfcLabelNativeKind native)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  OfcLabelDocument *label;

  ofc_label_media_init_preset (&media, preset, dpi);
  if (preset == OFC_LABEL_62_CONTINUOUS)
    media.height_mm = 40;
  layout = ofc_test_sample_layout (&media, TRUE);
  label = ofc_label_layout_render (layout, native, &error);
  ofc_assert_no_error (error);
  return label;
}

static OfcEmulator *
print_label (OfcLabelDocument *label, OfcLabelLanguage language, OfcEmulatorLanguage emulated)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) job = ofc_label_encode (label, language, &error);
  OfcEmulator *emulator = ofc_emulator_new (emulated);
  g_autoptr (GByteArray) replies = NULL;

  ofc_assert_no_error (error);
  ofc_emulator_set_dpi (emulator, ofc_label_document_get_media (label)->dpi);
  replies = ofc_test_run_emulator (emulator, job);
  if (ofc_emulator_count_errors (emulator) > 0)
    ofc_test_dump_events (emulator);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  return emulator;
}

/* the printed page holds the label image at @offset, and nothing else */
static void
assert_same_dots (OfcBitmap *page, OfcBitmap *label, guint offset)
{
  for (guint y = 0; y < ofc_bitmap_get_height (page); y++)
    for (guint x = 0; x < ofc_bitmap_get_width (page); x++)
      {
        gboolean expected = x >= offset && ofc_bitmap_get_pixel (label, x - offset, y);

        ck_assert_msg (ofc_bitmap_get_pixel (page, x, y) == expected, "dot %u,%u differs", x, y);
      }
}

static const struct
{
  OfcLabelLanguage language;
  OfcEmulatorLanguage emulated;
  OfcLabelPreset preset;
  guint dpi;
} label_cases[] = {
  { OFC_LABEL_ZPL, OFC_EMULATOR_ZPL, OFC_LABEL_58X40, 203 },
  { OFC_LABEL_ZPL, OFC_EMULATOR_ZPL, OFC_LABEL_58X40, 300 },
  { OFC_LABEL_TSPL, OFC_EMULATOR_TSPL, OFC_LABEL_58X40, 203 },
  { OFC_LABEL_TSPL, OFC_EMULATOR_TSPL, OFC_LABEL_40X30, 300 },
  { OFC_LABEL_EPL, OFC_EMULATOR_EPL, OFC_LABEL_58X40, 203 },
  { OFC_LABEL_BROTHER_QL, OFC_EMULATOR_BROTHER_QL, OFC_LABEL_62_CONTINUOUS, 300 },
};

START_TEST (test_label_bitmaps)
{
  g_autoptr (OfcLabelDocument) label =
      render_label (label_cases[_i].preset, label_cases[_i].dpi, 0);
  g_autoptr (OfcEmulator) emulator =
      print_label (label, label_cases[_i].language, label_cases[_i].emulated);
  g_autoptr (OfcBitmap) page = ofc_emulator_get_page (emulator, 0);
  OfcBitmap *bitmap = ofc_label_document_get_bitmap (label);

  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  if (label_cases[_i].language == OFC_LABEL_BROTHER_QL)
    {
      ck_assert_uint_eq (ofc_bitmap_get_width (page), 720);
      assert_same_dots (page, bitmap, 12);
    }
  else
    {
      ck_assert_uint_eq (ofc_bitmap_get_width (page), ofc_bitmap_get_width (bitmap));
      assert_same_dots (page, bitmap, 0);
    }
  ck_assert_uint_eq (ofc_bitmap_get_height (page), ofc_bitmap_get_height (bitmap));
}
END_TEST

START_TEST (test_label_native)
{
  OfcLabelLanguage language = _i == 0 ? OFC_LABEL_ZPL : OFC_LABEL_TSPL;
  g_autoptr (OfcLabelDocument) label =
      render_label (OFC_LABEL_58X40, 203, ofc_label_language_get_native (language));
  g_autoptr (OfcEmulator) emulator =
      print_label (label, language, _i == 0 ? OFC_EMULATOR_ZPL : OFC_EMULATOR_TSPL);
  g_autoptr (GPtrArray) text = ofc_emulator_find_events (emulator, "TEXT");
  g_autoptr (GPtrArray) bars = ofc_emulator_find_events (emulator, "BARCODE");
  g_autoptr (GPtrArray) qr = ofc_emulator_find_events (emulator, "QR");

  ck_assert_uint_eq (text->len, 1);
  ck_assert (g_str_has_suffix (g_ptr_array_index (text, 0), ": Заказ " OFC_TEST_ORDER));
  ck_assert_uint_eq (bars->len, 1);
  ck_assert (g_str_has_suffix (g_ptr_array_index (bars, 0), ": " OFC_TEST_ORDER));
  ck_assert_uint_eq (qr->len, 1);
  ck_assert (g_str_has_suffix (g_ptr_array_index (qr, 0), ": " OFC_TEST_QR_URL));
}
END_TEST

START_TEST (test_label_copies)
{
  g_autoptr (OfcLabelDocument) label = render_label (OFC_LABEL_62_CONTINUOUS, 300, 0);
  g_autoptr (OfcEmulator) emulator = NULL;

  ofc_label_document_set_copies (label, 3);
  emulator = print_label (label, OFC_LABEL_BROTHER_QL, OFC_EMULATOR_BROTHER_QL);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 3);
  ck_assert (ofc_test_has_event (emulator, "INVALIDATE 400"));
}
END_TEST

static Suite *
roundtrip_suite (void)
{
  Suite *suite = suite_create ("roundtrip");
  TCase *receipts = tcase_create ("receipts");
  TCase *labels = tcase_create ("labels");

  tcase_add_loop_test (receipts, test_cyrillic, 0, G_N_ELEMENTS (profile_cases));
  tcase_add_test (receipts, test_chinese_mode);
  tcase_add_test (receipts, test_fallback_raster);
  tcase_add_test (receipts, test_receipt_blocks);
  tcase_add_loop_test (labels, test_label_bitmaps, 0, G_N_ELEMENTS (label_cases));
  tcase_add_loop_test (labels, test_label_native, 0, 2);
  tcase_add_test (labels, test_label_copies);
  suite_add_tcase (suite, receipts);
  suite_add_tcase (suite, labels);
  return suite;
}

int
main (void)
{
  return ofc_test_run (roundtrip_suite ());
}
