/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test utilities shared by every suite: temporary folders and databases, a fixed clock,
 * assertions on GError, running a Check suite.
 */
#pragma once

#include <check.h>
#include <ofc-core.h>

G_BEGIN_DECLS

/* fails the test with the error's message, which Check alone would not show */
#define ofc_assert_no_error(err)                                                              \
  ck_assert_msg ((err) == NULL, "unexpected error: %s", (err) != NULL ? (err)->message : "")

#define ofc_assert_error(err, dom, c)                                                         \
  ck_assert_msg ((err) != NULL && (err)->domain == (dom) && (err)->code == (int) (c),        \
                 "expected error %s/%d, got %s", g_quark_to_string (dom), (int) (c),          \
                 (err) != NULL ? (err)->message : "no error")

typedef struct
{
  gint64 now_us;
} OfcTestClock;

char        *ofc_test_make_tmpdir       (void);
void         ofc_test_remove_tree       (const char   *path);
OfcDatabase *ofc_test_open_database     (const char   *folder,
                                         OfcTestClock *clock);
gint64       ofc_test_clock_now         (gpointer      clock);
GBytes      *ofc_test_read_file         (const char   *path);
gboolean     ofc_test_files_equal       (const char   *a,
                                         const char   *b);
int          ofc_test_run               (Suite        *suite);
const char  *ofc_test_build_path        (const char   *relative);
const char  *ofc_test_source_path       (const char   *relative);

G_END_DECLS
