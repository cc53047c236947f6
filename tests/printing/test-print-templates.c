/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Templates rendered for every printer language: golden byte files; what the software
 * printers rebuild is the preview dot for dot; the barcode and QR code on the printed
 * sticker decode to the order number; Cyrillic decoded by the ESC/POS printer is what was
 * sent, and text the code page lacks goes as an image; an order number that does not fit
 * is refused with a message naming the label, other text shrinks, wraps or is shortened.
 */
#include "config.h"

#include "ofc-printing-test.h"

typedef struct
{
  OfcPrintJobKind kind;
  OfcPrinterLanguage language;
  const char *media;
  guint dpi;
  const char *golden;
} GoldenCase;

static const GoldenCase golden_cases[] = {
  { OFC_PRINT_JOB_ORDER_STICKER, OFC_PRINTER_LANGUAGE_ZPL, "58x40", 203, "sticker-58x40-zpl.zpl" },
  { OFC_PRINT_JOB_ORDER_STICKER, OFC_PRINTER_LANGUAGE_TSPL, "58x40", 203,
    "sticker-58x40-tspl.bin" },
  { OFC_PRINT_JOB_ORDER_STICKER, OFC_PRINTER_LANGUAGE_EPL, "58x40", 203, "sticker-58x40-epl.bin" },
  { OFC_PRINT_JOB_ORDER_STICKER, OFC_PRINTER_LANGUAGE_TSPL, "40x30", 300,
    "sticker-40x30-tspl-300.bin" },
  { OFC_PRINT_JOB_ORDER_STICKER, OFC_PRINTER_LANGUAGE_BROTHER_QL, "62", 300,
    "sticker-62-brother-ql.bin" },
  { OFC_PRINT_JOB_CLIENT_CARD, OFC_PRINTER_LANGUAGE_ZPL, "58x40", 203, "card-58x40-zpl.zpl" },
  { OFC_PRINT_JOB_INTAKE_RECEIPT, OFC_PRINTER_LANGUAGE_ESCPOS, NULL, 0,
    "intake-80-escpos-epson-cp866.bin" },
  { OFC_PRINT_JOB_TEST_PAGE, OFC_PRINTER_LANGUAGE_ESCPOS, NULL, 0, "test-page-escpos.bin" },
  { OFC_PRINT_JOB_TEST_PAGE, OFC_PRINTER_LANGUAGE_TSPL, "58x40", 203, "test-page-tspl.bin" },
  { OFC_PRINT_JOB_INTAKE_RECEIPT, OFC_PRINTER_LANGUAGE_SYSTEM, NULL, 0, "intake-a4.pdf" },
  { OFC_PRINT_JOB_ACT, OFC_PRINTER_LANGUAGE_SYSTEM, NULL, 0, "act-a4.pdf" },
};

static OfcPrintData *
data_for (OfcPrintJobKind kind)
{
  if (kind == OFC_PRINT_JOB_TEST_PAGE)
    return NULL;
  return kind == OFC_PRINT_JOB_CLIENT_CARD ? ofc_printing_test_client_data ()
                                           : ofc_printing_test_order_data ();
}

static OfcPrinter *
printer_for (OfcPrinterLanguage language, const char *media, guint dpi)
{
  OfcPrinter *printer = ofc_printing_test_printer (language, "tcp://127.0.0.1:9100", media);

  if (dpi > 0)
    ofc_printer_set_dpi (printer, dpi);
  return printer;
}

START_TEST (test_golden)
{
  const GoldenCase *c = &golden_cases[_i];
  g_autoptr (OfcPrinter) printer = printer_for (c->language, c->media, c->dpi);
  g_autoptr (OfcPrintData) data = data_for (c->kind);
  g_autoptr (OfcPrintOutput) output = ofc_printing_test_render (c->kind, printer, NULL, data);

  ofc_printing_test_check_golden (ofc_print_output_get_payload (output), c->golden);
}
END_TEST

START_TEST (test_golden_xprinter_58)
{
  g_autoptr (OfcPrinter) printer =
      ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_ESCPOS, "usb:///dev/usb/lp0", NULL);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output = NULL;

  ofc_printer_set_paper_width (printer, 58);
  ofc_printer_set_profile (printer, "xprinter");
  ofc_printer_set_code_page (printer, "cp1251");
  output = ofc_printing_test_render (OFC_PRINT_JOB_INTAKE_RECEIPT, printer, NULL, data);
  ofc_printing_test_check_golden (ofc_print_output_get_payload (output),
                                  "intake-58-escpos-xprinter-cp1251.bin");
}
END_TEST

static const struct
{
  OfcPrinterLanguage language;
  OfcEmulatorLanguage emulated;
  const char *media;
  guint dpi;
  guint offset;
} label_cases[] = {
  { OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL, "58x40", 203, 0 },
  { OFC_PRINTER_LANGUAGE_ZPL, OFC_EMULATOR_ZPL, "40x30", 300, 0 },
  { OFC_PRINTER_LANGUAGE_TSPL, OFC_EMULATOR_TSPL, "58x40", 203, 0 },
  { OFC_PRINTER_LANGUAGE_EPL, OFC_EMULATOR_EPL, "58x40", 203, 0 },
  { OFC_PRINTER_LANGUAGE_BROTHER_QL, OFC_EMULATOR_BROTHER_QL, "62", 300, 12 },
};

static OfcEmulator *
print (OfcPrintOutput *output, OfcEmulatorLanguage emulated, guint dpi)
{
  OfcEmulator *emulator = ofc_emulator_new (emulated);
  g_autoptr (GByteArray) replies = NULL;

  if (dpi > 0)
    ofc_emulator_set_dpi (emulator, dpi);
  ofc_emulator_set_paper (emulator, OFC_PAPER_80MM);
  replies = ofc_test_run_emulator (emulator, ofc_print_output_get_payload (output));
  if (ofc_emulator_count_errors (emulator) > 0)
    ofc_test_dump_events (emulator);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  return emulator;
}

/* the printed page holds the preview at @offset (Brother's left margin), nothing else */
static void
assert_printed_as_previewed (OfcBitmap *page, OfcBitmap *preview, guint offset)
{
  ck_assert_uint_eq (ofc_bitmap_get_height (page), ofc_bitmap_get_height (preview));
  for (guint y = 0; y < ofc_bitmap_get_height (page); y++)
    for (guint x = 0; x < ofc_bitmap_get_width (page); x++)
      {
        gboolean expected = x >= offset && x - offset < ofc_bitmap_get_width (preview) &&
                            ofc_bitmap_get_pixel (preview, x - offset, y);

        ck_assert_msg (ofc_bitmap_get_pixel (page, x, y) == expected, "dot %u,%u differs", x, y);
      }
}

START_TEST (test_preview_is_what_prints)
{
  g_autoptr (OfcPrinter) printer =
      printer_for (label_cases[_i].language, label_cases[_i].media, label_cases[_i].dpi);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output =
      ofc_printing_test_render (OFC_PRINT_JOB_ORDER_STICKER, printer, NULL, data);
  g_autoptr (OfcEmulator) emulator = print (output, label_cases[_i].emulated, label_cases[_i].dpi);
  g_autoptr (OfcBitmap) page = ofc_emulator_get_page (emulator, 0);

  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  assert_printed_as_previewed (page, ofc_print_output_get_preview (output), label_cases[_i].offset);
}
END_TEST

/* zbarimg reads both symbols of a sticker printed with Code 128 and a QR code */
START_TEST (test_sticker_codes_decode)
{
  g_autoptr (OfcPrinter) printer = printer_for (OFC_PRINTER_LANGUAGE_TSPL, "58x40", 203);
  g_autoptr (OfcPrintTemplate) template_ =
      ofc_printing_test_template (OFC_PRINT_JOB_ORDER_STICKER, printer);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output = NULL;
  g_autoptr (OfcEmulator) emulator = NULL;
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *png = NULL;
  g_autofree char *found = NULL;

  ofc_print_template_set_symbology (template_, OFC_PRINT_SYMBOLOGY_BOTH);
  output = ofc_printing_test_render (OFC_PRINT_JOB_ORDER_STICKER, printer, template_, data);
  emulator = ofc_emulator_new (OFC_EMULATOR_TSPL);
  ofc_emulator_set_out_dir (emulator, folder);
  g_byte_array_unref (ofc_test_run_emulator (emulator, ofc_print_output_get_payload (output)));
  png = ofc_emulator_get_page_path (emulator, 0);
  found = ofc_test_zbar (png);
  ck_assert_str_eq (found, OFC_TEST_ORDER "\n" OFC_TEST_ORDER);
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_receipt_cyrillic_round_trip)
{
  g_autoptr (OfcPrinter) printer =
      ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_ESCPOS, "usb:///dev/usb/lp0", NULL);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output =
      ofc_printing_test_render (OFC_PRINT_JOB_INTAKE_RECEIPT, printer, NULL, data);
  g_autoptr (OfcEmulator) emulator = print (output, OFC_EMULATOR_ESCPOS, 0);
  g_autoptr (GPtrArray) raster = ofc_emulator_find_events (emulator, "RASTER");

  ck_assert (ofc_test_has_event (emulator, "TABLE 17 CP866"));
  ck_assert (ofc_test_has_event (emulator, "TEXT[C]: ул. Ленина, 1"));
  ck_assert (ofc_test_has_event (emulator, "TEXT[bhC]: Intake receipt No. " OFC_TEST_ORDER));
  ck_assert (
      ofc_test_has_event (emulator, "TEXT[L]: Client                      Иванов Иван Иванович"));
  ck_assert (
      ofc_test_has_event (emulator, "TEXT[L]: Malfunction: Не включается после падения, разбит"));
  ck_assert (ofc_test_has_event (emulator, "TEXT[L]: экран"));
  ck_assert (ofc_test_has_event (emulator, "BARCODE CODE128 {B" OFC_TEST_ORDER));
  /* the header's « » and the estimate's "₽" are not in CP866: those lines print as
   * images, the rest as text */
  ck_assert_uint_eq (raster->len, 2);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
}
END_TEST

START_TEST (test_code_page_without_letters)
{
  g_autoptr (OfcPrinter) printer =
      ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_ESCPOS, "usb:///dev/usb/lp0", NULL);
  g_autoptr (OfcPrintOutput) on_866 =
      ofc_printing_test_render (OFC_PRINT_JOB_TEST_PAGE, printer, NULL, NULL);
  g_autoptr (OfcEmulator) first = print (on_866, OFC_EMULATOR_ESCPOS, 0);
  g_autoptr (OfcPrintOutput) on_1251 = NULL;
  g_autoptr (OfcEmulator) second = NULL;

  /* Ukrainian і and ґ: an image on CP866, text on CP1251 */
  ck_assert (!ofc_test_has_event (first, "TEXT[L]: Їжак і ґава"));
  ck_assert (ofc_test_has_event (first, "TEXT[bL]: ЁЖИК № 5"));
  ofc_printer_set_code_page (printer, "cp1251");
  on_1251 = ofc_printing_test_render (OFC_PRINT_JOB_TEST_PAGE, printer, NULL, NULL);
  second = print (on_1251, OFC_EMULATOR_ESCPOS, 0);
  ck_assert (ofc_test_has_event (second, "TEXT[L]: Їжак і ґава"));
}
END_TEST

START_TEST (test_number_never_cut)
{
  g_autoptr (OfcPrinter) printer = printer_for (OFC_PRINTER_LANGUAGE_ZPL, "40x30", 203);
  g_autoptr (OfcPrintTemplate) template_ =
      ofc_printing_test_template (OFC_PRINT_JOB_ORDER_STICKER, printer);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  OfcPrintRenderRequest request = { .kind = OFC_PRINT_JOB_ORDER_STICKER,
                                    .printer = printer,
                                    .template_ = template_ };
  g_autoptr (OfcPrintOutput) output = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_print_template_set_field (template_, "number", TRUE, 25, TRUE, 1));
  output = ofc_print_render_data (&request, &data, 1, &error);
  ck_assert_ptr_null (output);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT);
  ck_assert_ptr_nonnull (strstr (error->message, "40x30 mm label"));
  ck_assert_ptr_nonnull (strstr (error->message, OFC_TEST_ORDER));
}
END_TEST

START_TEST (test_long_fields_shrink_and_shorten)
{
  g_autoptr (OfcPrinter) printer = printer_for (OFC_PRINTER_LANGUAGE_ZPL, "40x30", 203);
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) output = NULL;
  const char *const *warnings;

  ofc_print_data_set (data, "malfunction",
                      "Не включается после падения в воду, разбит экран, не работает камера, "
                      "сломан разъём зарядки, нет звука в динамике");
  output = ofc_printing_test_render (OFC_PRINT_JOB_ORDER_STICKER, printer, NULL, data);
  warnings = ofc_print_output_get_warnings (output);
  ck_assert_ptr_nonnull (warnings[0]);
  ck_assert_ptr_nonnull (strstr (warnings[0], "was shortened"));
  for (guint i = 0; warnings[i] != NULL; i++)
    ck_assert_ptr_null (strstr (warnings[i], "“" OFC_TEST_ORDER "”"));
}
END_TEST

START_TEST (test_sticker_elsewhere)
{
  g_autoptr (OfcPrinter) receipts =
      ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_ESCPOS, "usb:///dev/usb/lp0", NULL);
  g_autoptr (OfcPrinter) office =
      ofc_printing_test_printer (OFC_PRINTER_LANGUAGE_SYSTEM, "Office", "58x40");
  g_autoptr (OfcPrintData) data = ofc_printing_test_order_data ();
  g_autoptr (OfcPrintOutput) roll =
      ofc_printing_test_render (OFC_PRINT_JOB_ORDER_STICKER, receipts, NULL, data);
  g_autoptr (OfcPrintOutput) pdf =
      ofc_printing_test_render (OFC_PRINT_JOB_ORDER_STICKER, office, NULL, data);
  g_autoptr (OfcEmulator) emulator = print (roll, OFC_EMULATOR_ESCPOS, 0);
  gsize size;
  const char *bytes = g_bytes_get_data (ofc_print_output_get_payload (pdf), &size);

  /* on receipt paper: the sticker as a picture (in slices), then a cut */
  ck_assert (ofc_test_has_event (emulator, "RASTER 576x256"));
  ck_assert (ofc_test_has_event (emulator, "RASTER 576x64"));
  ck_assert (ofc_test_has_event (emulator, "CUT partial"));
  ck_assert_str_eq (ofc_print_output_get_format (pdf), "pdf");
  ck_assert (size > 4 && memcmp (bytes, "%PDF", 4) == 0);
  ck_assert_ptr_nonnull (memmem (bytes, size, "/MediaBox [ 0 0 164.409", 23));
}
END_TEST

START_TEST (test_card_code_not_ean13)
{
  g_autoptr (OfcPrinter) printer = printer_for (OFC_PRINTER_LANGUAGE_ZPL, "58x40", 203);
  g_autoptr (OfcPrintData) data = ofc_printing_test_client_data ();
  g_autoptr (OfcPrintOutput) output = NULL;
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (folder, "card.png", NULL);
  g_autofree char *found = NULL;
  g_autoptr (GError) error = NULL;

  ofc_print_data_set (data, "card-code", "VIP-0042");
  output = ofc_printing_test_render (OFC_PRINT_JOB_CLIENT_CARD, printer, NULL, data);
  ck_assert (ofc_print_output_write_preview (output, png, &error));
  found = ofc_test_zbar (png);
  ck_assert_str_eq (found, "VIP-0042");
  ofc_test_remove_tree (folder);
}
END_TEST

static Suite *
templates_suite (void)
{
  Suite *suite = suite_create ("print-templates");
  TCase *golden = tcase_create ("golden");
  TCase *round_trip = tcase_create ("round-trip");
  TCase *fitting = tcase_create ("fitting");

  tcase_add_loop_test (golden, test_golden, 0, G_N_ELEMENTS (golden_cases));
  tcase_add_test (golden, test_golden_xprinter_58);
  tcase_add_loop_test (round_trip, test_preview_is_what_prints, 0, G_N_ELEMENTS (label_cases));
  tcase_add_test (round_trip, test_sticker_codes_decode);
  tcase_add_test (round_trip, test_receipt_cyrillic_round_trip);
  tcase_add_test (round_trip, test_code_page_without_letters);
  tcase_add_test (round_trip, test_sticker_elsewhere);
  tcase_add_test (round_trip, test_card_code_not_ean13);
  tcase_add_test (fitting, test_number_never_cut);
  tcase_add_test (fitting, test_long_fields_shrink_and_shorten);
  suite_add_tcase (suite, golden);
  suite_add_tcase (suite, round_trip);
  suite_add_tcase (suite, fitting);
  return suite;
}

int
main (void)
{
  return ofc_test_run (templates_suite ());
}
