/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Encoders: golden byte files for every language (see golden/README.md), and the rules
 * each stream must follow whatever its exact bytes.
 */
#include "config.h"

#include <string.h>

#include "ofc-device-test.h"

static gboolean
contains (GBytes *bytes, const void *needle, gsize size)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return memmem (data, length, needle, size) != NULL;
}

#define CONTAINS(bytes, literal) contains ((bytes), (literal), sizeof (literal) - 1)

static GBytes *
encode_receipt (OfcReceiptDocument *receipt, const OfcEscposOptions *options)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes = ofc_escpos_encode (receipt, options, &error);

  ofc_assert_no_error (error);
  return bytes;
}

static OfcLabelDocument *
sample_label (OfcLabelPreset preset, guint dpi, double length_mm)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  OfcLabelDocument *label;

  ofc_label_media_init_preset (&media, preset, dpi);
  if (length_mm > 0)
    media.height_mm = length_mm;
  layout = ofc_test_sample_layout (&media, FALSE);
  label = ofc_label_layout_render (layout, 0, &error);
  ofc_assert_no_error (error);
  return label;
}

/* a label with hand-placed native elements, so no font is involved */
static OfcLabelDocument *
native_label (void)
{
  OfcLabelMedia media;
  g_autoptr (OfcBitmap) logo = ofc_test_pattern (96, 48);
  OfcLabelDocument *label;
  OfcLabelNative text = { OFC_LABEL_NATIVE_TEXT, 16, 12, 28, 0, (char *)"Заказ " OFC_TEST_ORDER };
  OfcLabelNative bars = { OFC_LABEL_NATIVE_CODE128, 16, 84, 70, 2, (char *)OFC_TEST_ORDER };
  OfcLabelNative qr = { OFC_LABEL_NATIVE_QR, 300, 120, 0, 4, (char *)OFC_TEST_QR_URL };

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  label = ofc_label_document_new (&media, logo);
  ofc_label_document_add_native (label, &text);
  ofc_label_document_add_native (label, &bars);
  ofc_label_document_add_native (label, &qr);
  ofc_label_document_set_copies (label, 2);
  return label;
}

static GBytes *
encode_label (OfcLabelDocument *label, OfcLabelLanguage language)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes = ofc_label_encode (label, language, &error);

  ofc_assert_no_error (error);
  return bytes;
}

START_TEST (test_golden_escpos)
{
  g_autoptr (OfcReceiptDocument) small = ofc_test_sample_receipt (OFC_PAPER_58MM);
  g_autoptr (OfcReceiptDocument) large = ofc_test_sample_receipt (OFC_PAPER_80MM);
  OfcEscposOptions options;
  g_autoptr (GBytes) epson = NULL;
  g_autoptr (GBytes) xprinter = NULL;

  ofc_escpos_options_init (&options);
  epson = encode_receipt (small, &options);
  ofc_test_check_golden (epson, "escpos-58-epson-cp866.bin");
  options.profile = "xprinter";
  options.code_page = OFC_CODE_PAGE_CP1251;
  options.raster_qr = TRUE;
  xprinter = encode_receipt (large, &options);
  ofc_test_check_golden (xprinter, "escpos-80-xprinter-cp1251.bin");
}
END_TEST

START_TEST (test_golden_labels)
{
  g_autoptr (OfcLabelDocument) sticker = sample_label (OFC_LABEL_58X40, 203, 0);
  g_autoptr (OfcLabelDocument) sticker300 = sample_label (OFC_LABEL_58X40, 300, 0);
  g_autoptr (OfcLabelDocument) tape = sample_label (OFC_LABEL_62_CONTINUOUS, 300, 40);
  g_autoptr (OfcLabelDocument) native = native_label ();
  g_autoptr (GBytes) zpl = encode_label (sticker, OFC_LABEL_ZPL);
  g_autoptr (GBytes) zpl_native = encode_label (native, OFC_LABEL_ZPL);
  g_autoptr (GBytes) tspl = encode_label (sticker, OFC_LABEL_TSPL);
  g_autoptr (GBytes) tspl_native = encode_label (native, OFC_LABEL_TSPL);
  g_autoptr (GBytes) epl = encode_label (sticker300, OFC_LABEL_EPL);
  g_autoptr (GBytes) brother = encode_label (tape, OFC_LABEL_BROTHER_QL);

  ofc_test_check_golden (zpl, "zpl-58x40-203.zpl");
  ofc_test_check_golden (zpl_native, "zpl-58x40-native.zpl");
  ofc_test_check_golden (tspl, "tspl-58x40-203.bin");
  ofc_test_check_golden (tspl_native, "tspl-58x40-native.bin");
  ofc_test_check_golden (epl, "epl-58x40-300.bin");
  ofc_test_check_golden (brother, "brother-ql-62x40.bin");
}
END_TEST

START_TEST (test_escpos_structure)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_test_sample_receipt (OFC_PAPER_58MM);
  g_autoptr (GBytes) bytes = encode_receipt (receipt, NULL);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  const guint8 *store;
  gsize size = g_bytes_get_size (bytes);
  guint qr_length = strlen (OFC_TEST_QR_URL) + 3;

  /* initialise, Chinese mode off, CP866 */
  ck_assert (size > 9 && memcmp (data, "\x1b@\x1c.\x1bt\x11", 7) == 0);
  ck_assert (CONTAINS (bytes, "\x1dk\x49\x0a{B" OFC_TEST_ORDER));
  store = memmem (data, size, "\x1d(k", 3);
  ck_assert_ptr_nonnull (store);
  ck_assert (CONTAINS (bytes, "1P0" OFC_TEST_QR_URL));
  store = (const guint8 *)memmem (data, size, "1P0", 3) - 5;
  ck_assert_uint_eq (store[3] + 256 * store[4], qr_length);
  ck_assert (CONTAINS (bytes, "\x1dV\x01"));
  ck_assert (CONTAINS (bytes, "\x1bp\x00\x32\x32"));
  /* "ИТОГО" in CP866, bold on before it */
  ck_assert (CONTAINS (bytes, "\x1b\x45\x01\x88\x92\x8e\x83\x8e"));
  /* the logo: GS v 0, 15 bytes × 40 rows */
  ck_assert (CONTAINS (bytes, "\x1dv0\x00\x30\x00\x28\x00"));
}
END_TEST

START_TEST (test_escpos_profiles)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_58MM);
  OfcEscposOptions options;
  g_autoptr (GBytes) star = NULL;
  g_autoptr (GBytes) rongta = NULL;
  g_autoptr (GBytes) manual = NULL;
  g_autoptr (GError) error = NULL;
  guint n;
  const OfcEscposProfile *all = ofc_escpos_profile_get_all (&n);

  ck_assert_str_eq (all[0].id, OFC_ESCPOS_DEFAULT_PROFILE);
  ofc_receipt_document_add_text (receipt, "Привет", 0, OFC_ALIGN_LEFT);
  ofc_escpos_options_init (&options);
  options.profile = "star";
  star = encode_receipt (receipt, &options);
  ck_assert (CONTAINS (star, "\x1b@\x1c.\x1b\x1dt\x0a"));
  options.profile = "rongta";
  options.code_page = OFC_CODE_PAGE_CP1251;
  rongta = encode_receipt (receipt, &options);
  ck_assert (CONTAINS (rongta, "\x1bt\x06\xcf\xf0\xe8\xe2\xe5\xf2\n"));
  options.table = 59;
  options.code_page = OFC_CODE_PAGE_CP866;
  manual = encode_receipt (receipt, &options);
  ck_assert (CONTAINS (manual, "\x1bt\x3b\x8f\xe0\xa8\xa2\xa5\xe2\n"));

  options.table = -1;
  options.profile = "bixolon";
  options.code_page = OFC_CODE_PAGE_CP1251;
  ck_assert (ofc_escpos_encode (receipt, &options, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  options.profile = "nonexistent";
  ck_assert (ofc_escpos_encode (receipt, &options, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
}
END_TEST

START_TEST (test_escpos_fallback)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_58MM);
  OfcEscposOptions options;
  g_autoptr (GBytes) cp866 = NULL;
  g_autoptr (GBytes) cp1251 = NULL;

  /* Ukrainian і is in CP1251, not in CP866 */
  ofc_receipt_document_add_text (receipt, "Рівне", 0, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_text (receipt, "Москва", 0, OFC_ALIGN_LEFT);
  ofc_escpos_options_init (&options);
  cp866 = encode_receipt (receipt, &options);
  ck_assert (CONTAINS (cp866, "\x1dv0\x00\x30\x00\x1e\x00"));
  ck_assert (CONTAINS (cp866, "\x8c\xae\xe1\xaa\xa2\xa0\n"));
  options.code_page = OFC_CODE_PAGE_CP1251;
  cp1251 = encode_receipt (receipt, &options);
  ck_assert (CONTAINS (cp1251, "\xd0\xb3\xe2\xed\xe5\n"));
  ck_assert (!CONTAINS (cp1251, "\x1dv0"));
  /* printers with no usable code page get every line as an image */
  options.raster_text = TRUE;
  g_clear_pointer (&cp1251, g_bytes_unref);
  cp1251 = encode_receipt (receipt, &options);
  ck_assert (!CONTAINS (cp1251, "\xd0\xb3\xe2\xed\xe5\n"));
  ck_assert_uint_eq (g_bytes_get_size (cp1251), 7 + 2 * (8 + 48 * 30));
}
END_TEST

START_TEST (test_escpos_refusals)
{
  g_autoptr (OfcReceiptDocument) barcode = ofc_receipt_document_new (OFC_PAPER_58MM);
  g_autoptr (OfcReceiptDocument) image = ofc_receipt_document_new (OFC_PAPER_58MM);
  g_autoptr (OfcBitmap) wide = ofc_test_pattern (400, 10);
  g_autoptr (GError) error = NULL;

  ofc_receipt_document_add_code128 (barcode, "Заказ-1", 0);
  ck_assert (ofc_escpos_encode (barcode, NULL, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  ofc_receipt_document_add_image (image, wide, OFC_ALIGN_LEFT);
  ck_assert (ofc_escpos_encode (image, NULL, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
}
END_TEST

START_TEST (test_label_structure)
{
  g_autoptr (OfcLabelDocument) sticker = sample_label (OFC_LABEL_58X40, 203, 0);
  g_autoptr (OfcLabelDocument) native = native_label ();
  g_autoptr (GBytes) zpl = encode_label (sticker, OFC_LABEL_ZPL);
  g_autoptr (GBytes) zpl_native = encode_label (native, OFC_LABEL_ZPL);
  g_autoptr (GBytes) tspl = encode_label (sticker, OFC_LABEL_TSPL);
  g_autoptr (GBytes) epl = encode_label (sticker, OFC_LABEL_EPL);

  ck_assert (CONTAINS (zpl, "^XA\n^PW464\n^LL320\n^LH0,0\n^MNY\n^FO0,0^GFA,18560,18560,58,"));
  ck_assert (!CONTAINS (zpl, "^CI28"));
  ck_assert (CONTAINS (zpl_native, "^CI28"));
  ck_assert (CONTAINS (zpl_native, "^FO16,84^BY2^BCN,70,N,N,N^FH^FDA-000123^FS"));
  ck_assert (CONTAINS (zpl_native, "^PQ2\n^XZ\n"));
  ck_assert (CONTAINS (tspl, "SIZE 58 mm,40 mm\r\nGAP 2 mm,0 mm\r\n"));
  ck_assert (CONTAINS (tspl, "CLS\r\nBITMAP 0,0,58,320,0,"));
  ck_assert (CONTAINS (tspl, "PRINT 1,1\r\n"));
  ck_assert (CONTAINS (epl, "\r\nN\r\nq464\r\nQ320,16\r\nGW0,0,58,320,"));
}
END_TEST

START_TEST (test_label_escaping)
{
  OfcLabelMedia media;
  g_autoptr (OfcBitmap) blank = ofc_bitmap_new (8, 8);
  g_autoptr (OfcLabelDocument) label = NULL;
  OfcLabelNative text = { OFC_LABEL_NATIVE_TEXT, 0, 0, 24, 0, (char *)"a^XZ~JR_b\"c" };
  g_autoptr (GBytes) zpl = NULL;
  g_autoptr (GBytes) tspl = NULL;

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  label = ofc_label_document_new (&media, blank);
  ofc_label_document_add_native (label, &text);
  zpl = encode_label (label, OFC_LABEL_ZPL);
  tspl = encode_label (label, OFC_LABEL_TSPL);
  ck_assert (CONTAINS (zpl, "^FH^FDa_5EXZ_7EJR_5Fb\"c^FS"));
  ck_assert (CONTAINS (tspl, "TEXT 0,0,\"3\",0,1,1,\"a^XZ~JR_b\\[\"]c\"\r\n"));
}
END_TEST

START_TEST (test_label_refusals)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelDocument) native = native_label ();
  g_autoptr (OfcLabelDocument) sticker = sample_label (OFC_LABEL_58X40, 203, 0);
  g_autoptr (OfcBitmap) huge = ofc_test_pattern (500, 100);
  g_autoptr (OfcLabelDocument) oversized = NULL;
  g_autoptr (OfcLabelDocument) greek = NULL;
  OfcLabelNative alpha = { OFC_LABEL_NATIVE_TEXT, 0, 0, 24, 0, (char *)"αβγ" };
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_epl_encode (native, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  ck_assert (ofc_brother_ql_encode (sticker, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  oversized = ofc_label_document_new (&media, huge);
  ck_assert (ofc_zpl_encode (oversized, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  greek = ofc_label_document_new (&media, ofc_label_document_get_bitmap (sticker));
  ofc_label_document_add_native (greek, &alpha);
  ck_assert (ofc_tspl_encode (greek, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
}
END_TEST

START_TEST (test_label_languages)
{
  OfcLabelLanguage language;

  for (OfcLabelLanguage l = OFC_LABEL_ZPL; l <= OFC_LABEL_BROTHER_QL; l++)
    {
      ck_assert (ofc_label_language_from_name (ofc_label_language_get_name (l), &language));
      ck_assert_int_eq (language, l);
    }
  ck_assert (!ofc_label_language_from_name ("pcl", &language));
  ck_assert_int_eq (ofc_label_language_get_native (OFC_LABEL_EPL), 0);
  ck_assert_int_eq (ofc_label_language_get_native (OFC_LABEL_BROTHER_QL), 0);
}
END_TEST

static Suite *
encoders_suite (void)
{
  Suite *suite = suite_create ("encoders");
  TCase *golden = tcase_create ("golden");
  TCase *escpos = tcase_create ("escpos");
  TCase *labels = tcase_create ("labels");

  tcase_add_test (golden, test_golden_escpos);
  tcase_add_test (golden, test_golden_labels);
  tcase_add_test (escpos, test_escpos_structure);
  tcase_add_test (escpos, test_escpos_profiles);
  tcase_add_test (escpos, test_escpos_fallback);
  tcase_add_test (escpos, test_escpos_refusals);
  tcase_add_test (labels, test_label_structure);
  tcase_add_test (labels, test_label_escaping);
  tcase_add_test (labels, test_label_refusals);
  tcase_add_test (labels, test_label_languages);
  suite_add_tcase (suite, golden);
  suite_add_tcase (suite, escpos);
  suite_add_tcase (suite, labels);
  return suite;
}

int
main (void)
{
  return ofc_test_run (encoders_suite ());
}
