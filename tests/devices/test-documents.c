/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Bitmaps, receipt documents and their line layout, label media geometry.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ofc-device-test.h"

START_TEST (test_bitmap_basics)
{
  g_autoptr (OfcBitmap) bitmap = ofc_bitmap_new (13, 4);
  g_autoptr (OfcBitmap) copy = NULL;
  g_autoptr (GPtrArray) strips = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (OfcBitmap) stacked = NULL;
  const guint8 raw[] = { 0xFF, 0xFF, 0x00, 0x00 };

  ck_assert_uint_eq (ofc_bitmap_get_stride (bitmap), 2);
  ofc_bitmap_set_pixel (bitmap, 0, 0, TRUE);
  ofc_bitmap_set_pixel (bitmap, 12, 3, TRUE);
  ofc_bitmap_set_pixel (bitmap, 13, 3, TRUE); /* outside: ignored */
  ck_assert_uint_eq (ofc_bitmap_get_row (bitmap, 0)[0], 0x80);
  ck_assert_uint_eq (ofc_bitmap_get_row (bitmap, 3)[1], 0x08);
  ck_assert_uint_eq (ofc_bitmap_count_black (bitmap), 2);
  ofc_bitmap_fill_rect (bitmap, -5, -5, 7, 7, TRUE);
  ck_assert_uint_eq (ofc_bitmap_count_black (bitmap), 5);

  /* padding bits of foreign data are cleared */
  copy = ofc_bitmap_new_from_data (12, 2, 2, raw);
  ck_assert_uint_eq (ofc_bitmap_get_row (copy, 0)[1], 0xF0);
  ck_assert_uint_eq (ofc_bitmap_count_black (copy), 12);

  g_ptr_array_add (strips, g_object_ref (copy));
  g_ptr_array_add (strips, g_object_ref (bitmap));
  stacked = ofc_bitmap_stack (strips, 20);
  ck_assert_uint_eq (ofc_bitmap_get_height (stacked), 6);
  ck_assert_uint_eq (ofc_bitmap_count_black (stacked), 17);
  ck_assert (ofc_bitmap_get_pixel (stacked, 12, 5));
  ck_assert (!ofc_bitmap_equal (stacked, bitmap));
}
END_TEST

START_TEST (test_bitmap_from_surface)
{
  cairo_surface_t *a8 = cairo_image_surface_create (CAIRO_FORMAT_A8, 40, 10);
  cairo_surface_t *argb = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 10);
  cairo_t *cr = cairo_create (a8);
  g_autoptr (OfcBitmap) from_a8 = NULL;
  g_autoptr (OfcBitmap) from_argb = NULL;

  /* coverage 0.6 prints, 0.4 does not */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
  cairo_rectangle (cr, 0, 0, 10, 10);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.4);
  cairo_rectangle (cr, 10, 0, 10, 10);
  cairo_fill (cr);
  cairo_destroy (cr);
  from_a8 = ofc_bitmap_new_from_surface (a8, OFC_BITMAP_DEFAULT_THRESHOLD);
  ck_assert_uint_eq (ofc_bitmap_count_black (from_a8), 100);
  ck_assert (ofc_bitmap_get_pixel (from_a8, 9, 9) && !ofc_bitmap_get_pixel (from_a8, 10, 0));

  /* colour: dark grey prints, light grey and transparent do not */
  cr = cairo_create (argb);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_rectangle (cr, 0, 0, 10, 10);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_rectangle (cr, 10, 0, 10, 10);
  cairo_fill (cr);
  cairo_destroy (cr);
  from_argb = ofc_bitmap_new_from_surface (argb, OFC_BITMAP_DEFAULT_THRESHOLD);
  ck_assert (ofc_bitmap_equal (from_a8, from_argb));
  cairo_surface_destroy (a8);
  cairo_surface_destroy (argb);
}
END_TEST

START_TEST (test_bitmap_png)
{
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (folder, "pattern.png", NULL);
  g_autoptr (OfcBitmap) pattern = ofc_test_pattern (97, 31);
  g_autoptr (OfcBitmap) loaded = NULL;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_bitmap_write_png (pattern, path, &error));
  loaded = ofc_bitmap_new_from_png (path, &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_bitmap_equal (pattern, loaded));
  ck_assert (ofc_bitmap_new_from_png ("/nonexistent.png", &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  ck_assert (!ofc_bitmap_write_png (pattern, "/nonexistent/x.png", &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_IO);
  ofc_test_remove_tree (folder);
}
END_TEST

static char **
lines_of (OfcReceiptDocument *receipt, guint index)
{
  return ofc_receipt_block_format_lines (ofc_receipt_document_get_block (receipt, index),
                                         ofc_receipt_document_get_paper (receipt));
}

START_TEST (test_receipt_lines)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_58MM);
  g_auto (GStrv) text = NULL;
  g_auto (GStrv) total = NULL;
  g_auto (GStrv) wrapped = NULL;
  g_auto (GStrv) wide = NULL;
  g_auto (GStrv) rule = NULL;

  ofc_receipt_document_add_text (receipt, "Замена дисплея и аккумулятора на телефоне\nГотово",
                                 OFC_TEXT_PLAIN, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_columns (receipt, "Итого", "1 200,00", OFC_TEXT_BOLD);
  ofc_receipt_document_add_columns (receipt, "Замена дисплея и аккумулятора", "12 500,00", 0);
  ofc_receipt_document_add_text (receipt, "ОЧЕНЬДЛИННОЕСЛОВОБЕЗПРОБЕЛОВ", OFC_TEXT_DOUBLE_WIDTH,
                                 OFC_ALIGN_CENTER);
  ofc_receipt_document_add_separator (receipt, '=');

  text = lines_of (receipt, 0);
  ck_assert_uint_eq (g_strv_length (text), 3);
  ck_assert_str_eq (text[0], "Замена дисплея и аккумулятора на");
  ck_assert_str_eq (text[1], "телефоне");
  ck_assert_str_eq (text[2], "Готово");

  total = lines_of (receipt, 1);
  ck_assert_uint_eq (g_utf8_strlen (total[0], -1), 32);
  ck_assert (g_str_has_prefix (total[0], "Итого ") && g_str_has_suffix (total[0], " 1 200,00"));

  wrapped = lines_of (receipt, 2);
  ck_assert_uint_eq (g_strv_length (wrapped), 2);
  ck_assert_str_eq (wrapped[0], "Замена дисплея и");
  ck_assert (g_str_has_suffix (wrapped[1], " 12 500,00"));
  ck_assert_uint_eq (g_utf8_strlen (wrapped[1], -1), 32);

  /* double width halves the columns; a word longer than a line is split */
  wide = lines_of (receipt, 3);
  ck_assert_uint_eq (g_strv_length (wide), 2);
  ck_assert_uint_eq (g_utf8_strlen (wide[0], -1), 16);

  rule = lines_of (receipt, 4);
  ck_assert_str_eq (rule[0], "================================");
}
END_TEST

START_TEST (test_receipt_sanitizes)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_receipt_document_new (OFC_PAPER_80MM);
  const OfcReceiptBlock *block;

  /* a client name carrying ESC @ and a cut command must not reach the printer as commands */
  ofc_receipt_document_add_text (receipt, "Ivan\x1b@\x1dV\x01\tPetrov\xff", 0, OFC_ALIGN_LEFT);
  ofc_receipt_document_add_fiscal (receipt, 1021, "Кассир\n", "Петрова\r");
  block = ofc_receipt_document_get_block (receipt, 0);
  ck_assert_str_eq (block->text, "Ivan@V Petrov\xef\xbf\xbd");
  block = ofc_receipt_document_get_block (receipt, 1);
  ck_assert_uint_eq (block->tag, 1021);
  ck_assert_str_eq (block->text, "Кассир ");
  ck_assert_str_eq (block->value, "Петрова");
  ck_assert_uint_eq (ofc_paper_width_get_dots (OFC_PAPER_80MM), 576);
  ck_assert_uint_eq (ofc_paper_width_get_columns (OFC_PAPER_80MM), 48);
}
END_TEST

START_TEST (test_label_media)
{
  OfcLabelMedia media;
  g_autoptr (GError) error = NULL;

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  ck_assert_uint_eq (ofc_label_media_get_width_dots (&media), 464);
  ck_assert_uint_eq (ofc_label_media_get_height_dots (&media), 320);
  ck_assert_uint_eq (ofc_label_media_mm_to_dots (&media, media.gap_mm), 16);
  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 300);
  ck_assert_uint_eq (ofc_label_media_get_width_dots (&media), 685);
  ck_assert_uint_eq (ofc_label_media_get_height_dots (&media), 472);
  ofc_label_media_init_preset (&media, OFC_LABEL_40X30, 203);
  ck_assert_uint_eq (ofc_label_media_get_width_dots (&media), 320);
  ofc_label_media_init_preset (&media, OFC_LABEL_62_CONTINUOUS, 203);
  ck_assert_uint_eq (media.dpi, 300);
  ck_assert_uint_eq (ofc_label_media_get_width_dots (&media), 696);
  ck_assert_uint_eq (ofc_label_media_get_height_dots (&media), 0);
  ck_assert (ofc_label_media_validate (&media, &error));

  ofc_label_media_init_custom (&media, 58, 40, 2, 100);
  ck_assert (!ofc_label_media_validate (&media, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  ofc_label_media_init_custom (&media, 5, 40, 2, 203);
  ck_assert (!ofc_label_media_validate (&media, &error));
  g_clear_error (&error);
  ofc_label_media_init_custom (&media, 58, 40, 30, 203);
  ck_assert (!ofc_label_media_validate (&media, &error));
}
END_TEST

START_TEST (test_label_document)
{
  OfcLabelMedia media;
  g_autoptr (OfcBitmap) bitmap = ofc_test_pattern (464, 320);
  g_autoptr (OfcLabelDocument) label = NULL;
  OfcLabelNative native = { OFC_LABEL_NATIVE_TEXT, 10, 20, 24, 0, (char *)"Line\nbreak\x1b" };

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  label = ofc_label_document_new (&media, bitmap);
  ofc_label_document_add_native (label, &native);
  ofc_label_document_set_copies (label, 0);
  ck_assert_uint_eq (ofc_label_document_get_copies (label), 1);
  ck_assert_uint_eq (ofc_label_document_get_n_native (label), 1);
  ck_assert_str_eq (ofc_label_document_get_native (label, 0)->data, "Line break");
  ck_assert (ofc_label_document_get_bitmap (label) == bitmap);
}
END_TEST

static Suite *
documents_suite (void)
{
  Suite *suite = suite_create ("documents");
  TCase *bitmaps = tcase_create ("bitmaps");
  TCase *receipts = tcase_create ("receipts");
  TCase *labels = tcase_create ("labels");

  tcase_add_test (bitmaps, test_bitmap_basics);
  tcase_add_test (bitmaps, test_bitmap_from_surface);
  tcase_add_test (bitmaps, test_bitmap_png);
  tcase_add_test (receipts, test_receipt_lines);
  tcase_add_test (receipts, test_receipt_sanitizes);
  tcase_add_test (labels, test_label_media);
  tcase_add_test (labels, test_label_document);
  suite_add_tcase (suite, bitmaps);
  suite_add_tcase (suite, receipts);
  suite_add_tcase (suite, labels);
  return suite;
}

int
main (void)
{
  return ofc_test_run (documents_suite ());
}
