/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Rendering: Code 128 and QR matrices, text fitting, receipt rasters, label layouts.
 */
#include "config.h"

#include "ofc-device-test.h"

typedef struct
{
  cairo_surface_t *surface;
  cairo_t *cr;
} Canvas;

static void
canvas_init (Canvas *canvas, int width, int height)
{
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  canvas->cr = cairo_create (canvas->surface);
}

static void
canvas_clear (Canvas *canvas)
{
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

START_TEST (test_code128_matrix)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (OFC_TEST_ORDER, &error);
  guint width;

  ofc_assert_no_error (error);
  width = ofc_bitmap_get_width (modules);
  /* start, "A-" in set B, a switch to set C, "000123" as three pairs, check, stop */
  ck_assert_uint_eq (width, 11 * 8 + 13);
  ck_assert (ofc_bitmap_get_pixel (modules, 0, 0));
  ck_assert (ofc_bitmap_get_pixel (modules, width - 1, 0) &&
             ofc_bitmap_get_pixel (modules, width - 2, 0));
  ck_assert (ofc_code128_encode ("Заказ", &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  ck_assert (ofc_code128_encode ("", &error) == NULL);
}
END_TEST

START_TEST (test_qr_matrix)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) modules = ofc_qr_encode (OFC_TEST_QR_URL, &error);
  g_autofree char *huge = g_strnfill (8000, 'x');
  guint width;

  ofc_assert_no_error (error);
  width = ofc_bitmap_get_width (modules);
  ck_assert_uint_eq (width, ofc_bitmap_get_height (modules));
  ck_assert_uint_eq ((width - 17) % 4, 0);
  /* finder pattern corners */
  ck_assert (ofc_bitmap_get_pixel (modules, 0, 0) && ofc_bitmap_get_pixel (modules, 6, 6));
  ck_assert (!ofc_bitmap_get_pixel (modules, 1, 1) && !ofc_bitmap_get_pixel (modules, 7, 7));
  ck_assert (ofc_qr_encode (huge, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT);
}
END_TEST

START_TEST (test_symbols_render)
{
  Canvas canvas;
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (OFC_TEST_ORDER, NULL);
  g_autoptr (OfcBitmap) scaled = ofc_symbol_scale (modules, 3, 40);
  g_autoptr (OfcBitmap) drawn = NULL;
  double width = 0, size = 0;

  canvas_init (&canvas, 600, 300);
  ck_assert (ofc_render_code128 (canvas.cr, 30, 10, OFC_TEST_ORDER, 3, 40, &width, &error));
  ck_assert (ofc_render_qr (canvas.cr, 30, 100, OFC_TEST_QR_URL, 4, &size, &error));
  ofc_assert_no_error (error);
  ck_assert_double_eq (width, ofc_bitmap_get_width (modules) * 3.0);
  cairo_surface_flush (canvas.surface);
  drawn = ofc_bitmap_new_from_surface (canvas.surface, OFC_BITMAP_DEFAULT_THRESHOLD);
  /* the drawn bars are exactly the integer-scaled matrix */
  for (guint x = 0; x < ofc_bitmap_get_width (scaled); x++)
    ck_assert_int_eq (ofc_bitmap_get_pixel (drawn, 30 + x, 25),
                      ofc_bitmap_get_pixel (scaled, x, 0));
  ck_assert (!ofc_render_qr (canvas.cr, 0, 0, "", 4, NULL, &error));
  canvas_clear (&canvas);
}
END_TEST

START_TEST (test_text_fit)
{
  Canvas canvas;
  OfcTextFitOptions options = { .max_size = 30, .min_size = 10 };
  OfcTextFit fit = { 0 };
  g_autoptr (GError) error = NULL;

  canvas_init (&canvas, 400, 100);
  ck_assert (ofc_text_fit_measure (canvas.cr, 300, 40, "A-1", &options, &fit, &error));
  ck_assert (!fit.shrunk && !fit.truncated);
  ck_assert_double_eq (fit.size, 30);
  ck_assert_double_le (fit.width, 300);
  ofc_text_fit_clear (&fit);

  /* longer: smaller, still whole */
  ck_assert (
      ofc_text_fit_measure (canvas.cr, 300, 40, "Иванов Иван Иванович", &options, &fit, &error));
  ck_assert (fit.shrunk && !fit.truncated);
  ck_assert_double_lt (fit.size, 30);
  ck_assert_double_le (fit.width, 300);
  ofc_text_fit_clear (&fit);

  /* far too long: shortened at the minimum size, the order number kept whole at the end */
  options.must_fit = OFC_TEST_ORDER;
  ck_assert (ofc_render_text_box (canvas.cr, 0, 0, 300, 40,
                                  "Заказ на ремонт ноутбука Lenovo IdeaPad с заменой матрицы "
                                  "и клавиатуры " OFC_TEST_ORDER " от 12.03",
                                  &options, &fit, &error));
  ofc_assert_no_error (error);
  ck_assert (fit.truncated);
  ck_assert_double_eq (fit.size, 10);
  ck_assert_ptr_nonnull (strstr (fit.shown, OFC_TEST_ORDER));
  ck_assert_ptr_nonnull (strstr (fit.shown, "…"));
  ofc_text_fit_clear (&fit);

  /* the must-fit part alone is wider than the box */
  ck_assert (
      !ofc_text_fit_measure (canvas.cr, 20, 40, "Заказ " OFC_TEST_ORDER, &options, &fit, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT);
  ck_assert_ptr_nonnull (strstr (error->message, OFC_TEST_ORDER));
  canvas_clear (&canvas);
}
END_TEST

START_TEST (test_text_wrap)
{
  Canvas canvas;
  OfcTextFitOptions options = { .max_size = 20, .min_size = 12, .wrap = TRUE };
  OfcTextFit fit = { 0 };
  g_autoptr (GError) error = NULL;

  canvas_init (&canvas, 200, 200);
  ck_assert (ofc_text_fit_measure (canvas.cr, 150, 80, "Иванов И. И. — iPhone 12, замена дисплея",
                                   &options, &fit, &error));
  ck_assert (!fit.truncated);
  ck_assert_double_gt (fit.height, 20); /* several lines */
  ck_assert_double_le (fit.height, 80);
  ck_assert_double_le (fit.width, 150);
  ofc_text_fit_clear (&fit);
  canvas_clear (&canvas);
}
END_TEST

START_TEST (test_receipt_raster)
{
  g_autoptr (OfcReceiptDocument) small = ofc_test_sample_receipt (OFC_PAPER_58MM);
  g_autoptr (OfcReceiptDocument) large = ofc_test_sample_receipt (OFC_PAPER_80MM);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) a = ofc_receipt_raster_document (small, &error);
  g_autoptr (OfcBitmap) b = ofc_receipt_raster_document (large, &error);
  g_autoptr (OfcBitmap) line =
      ofc_receipt_raster_line ("Привет", 0, OFC_ALIGN_LEFT, OFC_PAPER_58MM);
  g_autoptr (OfcBitmap) tall =
      ofc_receipt_raster_line ("Привет", OFC_TEXT_DOUBLE_HEIGHT, OFC_ALIGN_RIGHT, OFC_PAPER_58MM);
  g_autoptr (OfcBitmap) full = ofc_receipt_raster_line ("12345678901234567890123456789012", 0,
                                                        OFC_ALIGN_LEFT, OFC_PAPER_58MM);

  ofc_assert_no_error (error);
  ck_assert_uint_eq (ofc_bitmap_get_width (a), 384);
  ck_assert_uint_eq (ofc_bitmap_get_width (b), 576);
  ck_assert_uint_gt (ofc_bitmap_get_height (a), 500);
  ck_assert_uint_eq (ofc_bitmap_get_height (line), OFC_RECEIPT_LINE_DOTS);
  ck_assert_uint_eq (ofc_bitmap_get_height (tall), 2 * OFC_RECEIPT_LINE_DOTS);
  ck_assert_uint_gt (ofc_bitmap_count_black (line), 50);
  /* right-aligned: ink near the right edge, none at the left */
  ck_assert (!ofc_bitmap_get_pixel (tall, 2, 30));
  /* a full line of 32 characters fits the 384 dots without wrapping */
  for (guint y = 0; y < OFC_RECEIPT_LINE_DOTS; y++)
    if (ofc_bitmap_get_pixel (full, 375, y))
      return;
  ck_abort_msg ("the 32nd character is not near the right edge");
}
END_TEST

START_TEST (test_label_layout)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) label = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) warnings = NULL;
  const OfcTextFit *fit;

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  layout = ofc_test_sample_layout (&media, TRUE);
  label = ofc_label_layout_render (layout, 0, &error);
  ofc_assert_no_error (error);
  ck_assert_uint_eq (ofc_bitmap_get_width (ofc_label_document_get_bitmap (label)), 464);
  ck_assert_uint_eq (ofc_bitmap_get_height (ofc_label_document_get_bitmap (label)), 320);
  ck_assert_uint_eq (ofc_label_document_get_n_native (label), 0);
  fit = ofc_label_layout_get_fit (layout, 1);
  ck_assert_ptr_nonnull (fit);
  ck_assert (!fit->truncated);
  ck_assert_ptr_null (ofc_label_layout_get_fit (layout, 0));
  warnings = ofc_label_layout_get_warnings (layout);
  ck_assert_uint_eq (g_strv_length (warnings), 0);
}
END_TEST

START_TEST (test_label_layout_problems)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) label = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) warnings = NULL;
  OfcTextFitOptions options = { .max_size = 4, .min_size = 3, .must_fit = OFC_TEST_ORDER };

  ofc_label_media_init_preset (&media, OFC_LABEL_40X30, 203);
  layout = ofc_label_layout_new (&media);
  ofc_label_layout_add_text (layout, 1, 1, 38, 5,
                             "Ремонт ноутбука с заменой матрицы, клавиатуры " OFC_TEST_ORDER,
                             &options);
  label = ofc_label_layout_render (layout, 0, &error);
  ofc_assert_no_error (error);
  warnings = ofc_label_layout_get_warnings (layout);
  ck_assert_uint_eq (g_strv_length (warnings), 1);
  ck_assert_ptr_nonnull (strstr (ofc_label_layout_get_fit (layout, 0)->shown, OFC_TEST_ORDER));
  g_clear_object (&label);
  g_clear_object (&layout);

  /* a barcode too long for its box and an order number too wide are refused */
  layout = ofc_label_layout_new (&media);
  ofc_label_layout_add_code128 (layout, 1, 1, 5, 10, "A-000123-000456-000789", FALSE);
  ck_assert (ofc_label_layout_render (layout, 0, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT);
  g_clear_error (&error);
  g_clear_object (&layout);
  layout = ofc_label_layout_new (&media);
  ofc_label_layout_add_text (layout, 1, 1, 5, 5, "Заказ " OFC_TEST_ORDER, &options);
  ck_assert (ofc_label_layout_render (layout, 0, &error) == NULL);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT);
}
END_TEST

START_TEST (test_label_layout_native)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) drawn = NULL;
  g_autoptr (OfcLabelDocument) native = NULL;
  g_autoptr (GError) error = NULL;
  const OfcLabelNative *element;

  ofc_label_media_init_preset (&media, OFC_LABEL_58X40, 203);
  layout = ofc_test_sample_layout (&media, TRUE);
  drawn = ofc_label_layout_render (layout, 0, &error);
  native = ofc_label_layout_render (layout, ofc_label_language_get_native (OFC_LABEL_ZPL), &error);
  ofc_assert_no_error (error);
  /* title (one line), barcode and QR go native; the wrapped text stays in the image */
  ck_assert_uint_eq (ofc_label_document_get_n_native (native), 3);
  element = ofc_label_document_get_native (native, 0);
  ck_assert_int_eq (element->kind, OFC_LABEL_NATIVE_TEXT);
  ck_assert_str_eq (element->data, "Заказ " OFC_TEST_ORDER);
  element = ofc_label_document_get_native (native, 1);
  ck_assert_int_eq (element->kind, OFC_LABEL_NATIVE_CODE128);
  ck_assert_uint_ge (element->module, 2);
  ck_assert_uint_lt (ofc_bitmap_count_black (ofc_label_document_get_bitmap (native)),
                     ofc_bitmap_count_black (ofc_label_document_get_bitmap (drawn)) / 2);
}
END_TEST

START_TEST (test_label_continuous)
{
  OfcLabelMedia media;
  g_autoptr (OfcLabelLayout) layout = NULL;
  g_autoptr (OfcLabelDocument) label = NULL;
  g_autoptr (GError) error = NULL;

  ofc_label_media_init_preset (&media, OFC_LABEL_62_CONTINUOUS, 0);
  layout = ofc_test_sample_layout (&media, TRUE);
  label = ofc_label_layout_render (layout, 0, &error);
  ofc_assert_no_error (error);
  /* 39 mm of content plus a 2 mm margin at 300 dpi */
  ck_assert_uint_eq (ofc_bitmap_get_width (ofc_label_document_get_bitmap (label)), 696);
  ck_assert_uint_eq (ofc_bitmap_get_height (ofc_label_document_get_bitmap (label)), 484);
}
END_TEST

static Suite *
render_suite (void)
{
  Suite *suite = suite_create ("render");
  TCase *symbols = tcase_create ("symbols");
  TCase *text = tcase_create ("text");
  TCase *layouts = tcase_create ("layouts");

  tcase_add_test (symbols, test_code128_matrix);
  tcase_add_test (symbols, test_qr_matrix);
  tcase_add_test (symbols, test_symbols_render);
  tcase_add_test (text, test_text_fit);
  tcase_add_test (text, test_text_wrap);
  tcase_add_test (text, test_receipt_raster);
  tcase_add_test (layouts, test_label_layout);
  tcase_add_test (layouts, test_label_layout_problems);
  tcase_add_test (layouts, test_label_layout_native);
  tcase_add_test (layouts, test_label_continuous);
  suite_add_tcase (suite, symbols);
  suite_add_tcase (suite, text);
  suite_add_tcase (suite, layouts);
  return suite;
}

int
main (void)
{
  return ofc_test_run (render_suite ());
}
