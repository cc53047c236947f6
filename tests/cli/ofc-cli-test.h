/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Running the built officina-cli in tests: argv in, exit status, stdout and stderr out,
 * and stdout parsed as JSON with cJSON.
 */
#pragma once

#include <cjson/cJSON.h>

#include "ofc-test.h"

G_BEGIN_DECLS

typedef struct
{
  int status;
  char *out;
  char *err;
} OfcCliResult;

OfcCliResult *ofc_cli_test_run      (const char   *database,
                                     ...) G_GNUC_NULL_TERMINATED;
OfcCliResult *ofc_cli_test_run_argv (const char   *database,
                                     const char  **arguments);
cJSON        *ofc_cli_test_json     (OfcCliResult *result);
void          ofc_cli_result_free   (OfcCliResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcCliResult, ofc_cli_result_free)

/* the run succeeded; on failure the message shows the command's stderr */
#define ofc_assert_cli_ok(result)                                                            \
  ck_assert_msg ((result)->status == 0, "exit status %d, stderr: %s", (result)->status,     \
                 (result)->err)

/* the run failed with one line on stderr */
#define ofc_assert_cli_failed(result)                                                        \
  ck_assert_msg ((result)->status != 0 && (result)->err[0] != '\0'                          \
                   && strchr ((result)->err, '\n') == strrchr ((result)->err, '\n'),        \
                 "expected one-line failure, got status %d, stderr: %s", (result)->status,  \
                 (result)->err)

G_END_DECLS
