/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Running the built officina-cli (its path comes from $OFC_TEST_CLI) in tests.
 */
#include "config.h"

#include "ofc-cli-test.h"

/**
 * ofc_cli_test_run_argv:
 * @database: (nullable): passed as --db
 * @arguments: (array zero-terminated=1): the rest of the command line
 *
 * Returns: (transfer full): what the command did
 */
OfcCliResult *
ofc_cli_test_run_argv (const char  *database,
                       const char **arguments)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  OfcCliResult *result = g_new0 (OfcCliResult, 1);
  const char *cli = g_getenv ("OFC_TEST_CLI");
  int wait_status = 0;

  ck_assert_msg (cli != NULL, "OFC_TEST_CLI is not set");
  g_ptr_array_add (argv, (gpointer) cli);
  if (database != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--db");
      g_ptr_array_add (argv, (gpointer) database);
    }
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);
  ck_assert_msg (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error),
                 "cannot run %s: %s", cli, error != NULL ? error->message : "");
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;
  return result;
}

/**
 * ofc_cli_test_run:
 * @database: (nullable): passed as --db
 * @...: the rest of the command line, %NULL-terminated
 */
OfcCliResult *
ofc_cli_test_run (const char *database,
                  ...)
{
  g_autoptr(GPtrArray) arguments = g_ptr_array_new ();
  va_list args;
  const char *argument;

  va_start (args, database);
  while ((argument = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (arguments, (gpointer) argument);
  va_end (args);
  g_ptr_array_add (arguments, NULL);
  return ofc_cli_test_run_argv (database, (const char **) arguments->pdata);
}

/* parses stdout as JSON or fails the test */
cJSON *
ofc_cli_test_json (OfcCliResult *result)
{
  cJSON *json = cJSON_Parse (result->out);

  ck_assert_msg (json != NULL, "stdout is not JSON: %s", result->out);
  return json;
}

void
ofc_cli_result_free (OfcCliResult *result)
{
  if (result == NULL)
    return;
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}
