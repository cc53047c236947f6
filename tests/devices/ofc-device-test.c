/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Shared helpers of the devices suites.
 */
#include "config.h"

#include <string.h>

#include "ofc-device-test.h"

/**
 * ofc_test_pattern:
 *
 * Returns: (transfer full): a deterministic bitmap (border, diagonal, checkerboard) that
 *   stands in for a logo without depending on fonts
 */
OfcBitmap *
ofc_test_pattern (guint width, guint height)
{
  OfcBitmap *pattern = ofc_bitmap_new (width, height);

  for (guint y = 0; y < height; y++)
    for (guint x = 0; x < width; x++)
      {
        gboolean border = x < 2 || y < 2 || x + 2 >= width || y + 2 >= height;
        gboolean diagonal = x * height / width == y;
        gboolean checker = ((x / 8) + (y / 8)) % 2 == 0 && x > width / 2;

        ofc_bitmap_set_pixel (pattern, x, y, border || diagonal || checker);
      }
  return pattern;
}

/**
 * ofc_test_sample_receipt:
 *
 * Every block kind, Cyrillic text CP866 and CP1251 both have, nothing that needs a font:
 * the golden files stay the same on every machine.
 */
OfcReceiptDocument *
ofc_test_sample_receipt (OfcPaperWidth paper)
{
  OfcReceiptDocument *receipt = ofc_receipt_document_new (paper);
  g_autoptr (OfcBitmap) logo = ofc_test_pattern (120, 40);

  ofc_receipt_document_add_image (receipt, logo, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_text (receipt, "Мастерская \"Оффицина\"", OFC_TEXT_BOLD,
                                 OFC_ALIGN_CENTER);
  ofc_receipt_document_add_text (receipt, "ЗАКАЗ " OFC_TEST_ORDER,
                                 OFC_TEXT_DOUBLE_WIDTH | OFC_TEXT_DOUBLE_HEIGHT, OFC_ALIGN_CENTER);
  ofc_receipt_document_add_separator (receipt, '-');
  ofc_receipt_document_add_columns (receipt, "Замена дисплея iPhone 12", "8 500,00",
                                    OFC_TEXT_PLAIN);
  ofc_receipt_document_add_columns (receipt, "Защитное стекло", "990,00", OFC_TEXT_PLAIN);
  ofc_receipt_document_add_separator (receipt, '=');
  ofc_receipt_document_add_columns (receipt, "ИТОГО", "9 490,00", OFC_TEXT_BOLD);
  ofc_receipt_document_add_fiscal (receipt, 1021, "Кассир", "Иванова А.");
  ofc_receipt_document_add_text (receipt, "Гарантия 90 дней. Сохраняйте чек.", OFC_TEXT_UNDERLINE,
                                 OFC_ALIGN_LEFT);
  ofc_receipt_document_add_code128 (receipt, OFC_TEST_ORDER, 60);
  ofc_receipt_document_add_qr (receipt, OFC_TEST_QR_URL, 5);
  ofc_receipt_document_add_feed (receipt, 2);
  ofc_receipt_document_add_cut (receipt, TRUE);
  ofc_receipt_document_add_drawer_kick (receipt, 2);
  return receipt;
}

/**
 * ofc_test_sample_layout:
 * @with_text: add text boxes (which need fonts: not for golden files)
 *
 * A repair-order sticker: frame, order number, Code 128 and QR code.
 */
OfcLabelLayout *
ofc_test_sample_layout (const OfcLabelMedia *media, gboolean with_text)
{
  OfcLabelLayout *layout = ofc_label_layout_new (media);
  OfcTextFitOptions title = { .font = "Sans Bold", .max_size = 5, .must_fit = OFC_TEST_ORDER };
  OfcTextFitOptions body = { .max_size = 3, .min_size = 2, .wrap = TRUE };

  ofc_label_layout_add_frame (layout, 1, 1, 56, 38, 0.3);
  if (with_text)
    {
      ofc_label_layout_add_text (layout, 3, 2.5, 52, 6, "Заказ " OFC_TEST_ORDER, &title);
      ofc_label_layout_add_text (layout, 3, 9, 30, 9, "Иванов И. И. — iPhone 12, замена дисплея",
                                 &body);
    }
  ofc_label_layout_add_code128 (layout, 3, 19, 34, 16, OFC_TEST_ORDER, with_text);
  ofc_label_layout_add_qr (layout, 38, 18, 18, OFC_TEST_QR_URL);
  return layout;
}

static void
save_actual (GBytes *actual, const char *name)
{
  g_autofree char *folder =
      g_build_filename (ofc_test_build_path ("devices"), "golden-actual", NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_mkdir_with_parents (folder, 0755);
  g_file_set_contents (path, g_bytes_get_data (actual, NULL), g_bytes_get_size (actual), NULL);
}

/**
 * ofc_test_check_golden:
 * @name: the file name in tests/devices/golden
 *
 * Compares @actual with the golden file. With OFC_UPDATE_GOLDEN=1 in the environment the
 * golden file is rewritten instead (see tests/devices/golden/README.md). On a mismatch the
 * actual bytes are saved under golden-actual/ in the build folder for review.
 */
void
ofc_test_check_golden (GBytes *actual, const char *name)
{
  g_autofree char *path = g_build_filename (ofc_test_source_path ("devices"), "golden", name, NULL);
  g_autoptr (GBytes) expected = NULL;

  if (g_strcmp0 (g_getenv ("OFC_UPDATE_GOLDEN"), "1") == 0)
    {
      ck_assert (g_file_set_contents (path, g_bytes_get_data (actual, NULL),
                                      g_bytes_get_size (actual), NULL));
      return;
    }
  expected = ofc_test_read_file (path);
  if (expected == NULL || !g_bytes_equal (expected, actual))
    save_actual (actual, name);
  ck_assert_msg (expected != NULL, "golden file %s is missing; see golden/README.md", name);
  ck_assert_msg (g_bytes_equal (expected, actual),
                 "%s differs from the golden file (%zu vs %zu bytes); the output is in "
                 "golden-actual/, see golden/README.md",
                 name, g_bytes_get_size (actual), g_bytes_get_size (expected));
}

/**
 * ofc_test_run_emulator:
 *
 * Feeds @job in small pieces (commands split across reads must work) and ends the job.
 *
 * Returns: (transfer full): the replies
 */
GByteArray *
ofc_test_run_emulator (OfcEmulator *emulator, GBytes *job)
{
  GByteArray *replies = g_byte_array_new ();
  gsize size;
  const guint8 *data = g_bytes_get_data (job, &size);

  for (gsize offset = 0; offset < size; offset += 61)
    ofc_emulator_feed (emulator, data + offset, MIN (61, size - offset), replies);
  ofc_emulator_finish (emulator);
  return replies;
}

gboolean
ofc_test_has_event (OfcEmulator *emulator, const char *event)
{
  g_autoptr (GPtrArray) events = ofc_emulator_get_events (emulator);

  for (guint i = 0; i < events->len; i++)
    if (g_str_equal (g_ptr_array_index (events, i), event))
      return TRUE;
  return FALSE;
}

/* the transcript on stderr, for diagnosing a failure */
void
ofc_test_dump_events (OfcEmulator *emulator)
{
  g_autoptr (GPtrArray) events = ofc_emulator_get_events (emulator);

  for (guint i = 0; i < events->len; i++)
    g_printerr ("  %s\n", (char *)g_ptr_array_index (events, i));
}

/**
 * ofc_test_zbar:
 *
 * Returns: (transfer full): the symbols zbarimg finds in @png, one per line, or "" for none
 */
char *
ofc_test_zbar (const char *png)
{
  const char *argv[] = { "zbarimg", "--quiet", "--raw", png, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL))
    return g_strdup ("");
  return g_strdup (g_strstrip (out));
}
