/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test utilities shared by every suite.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ofc-test.h"

/**
 * ofc_test_make_tmpdir:
 *
 * Returns: (transfer full): a new empty folder under the system temporary folder
 */
char *
ofc_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("officina-test-XXXXXX", &error);

  ck_assert_msg (path != NULL, "cannot make a temporary folder: %s",
                 error != NULL ? error->message : "");
  return path;
}

void
ofc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ofc_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

gint64
ofc_test_clock_now (gpointer clock)
{
  return ((OfcTestClock *) clock)->now_us;
}

/**
 * ofc_test_open_database:
 * @folder: where to create "officina.db"
 * @clock: (nullable): a fixed clock to install
 *
 * Returns: (transfer full): a fresh database at the latest schema, or fails the test
 */
OfcDatabase *
ofc_test_open_database (const char   *folder,
                        OfcTestClock *clock)
{
  g_autofree char *path = g_build_filename (folder, "officina.db", NULL);
  g_autoptr(GError) error = NULL;
  OfcDatabase *database = ofc_database_open (path, OFC_DATABASE_OPEN_DEFAULT, &error);

  ofc_assert_no_error (error);
  ofc_database_set_actor (database, NULL, "Test User");
  if (clock != NULL)
    ofc_database_set_clock (database, ofc_test_clock_now, clock);
  return database;
}

GBytes *
ofc_test_read_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

gboolean
ofc_test_files_equal (const char *a,
                      const char *b)
{
  g_autoptr(GBytes) first = ofc_test_read_file (a);
  g_autoptr(GBytes) second = ofc_test_read_file (b);

  return first != NULL && second != NULL && g_bytes_equal (first, second);
}

/* a path inside the tests' build folder, valid until the next call */
const char *
ofc_test_build_path (const char *relative)
{
  static char *path;

  g_free (path);
  path = g_build_filename (g_getenv ("OFC_TEST_BUILDDIR") != NULL ? g_getenv ("OFC_TEST_BUILDDIR")
                                                                  : ".",
                           relative, NULL);
  return path;
}

/* a path inside the tests' source folder, valid until the next call */
const char *
ofc_test_source_path (const char *relative)
{
  static char *path;

  g_free (path);
  path = g_build_filename (g_getenv ("OFC_TEST_SRCDIR") != NULL ? g_getenv ("OFC_TEST_SRCDIR")
                                                                : ".",
                           relative, NULL);
  return path;
}

/**
 * ofc_test_run:
 * @suite: (transfer full): the suite
 *
 * Returns: the process exit status: 0 when every test passed
 */
int
ofc_test_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  setlocale (LC_ALL, "");
  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
