/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The printing commands run in officina-cli-print, a helper beside officina-cli in the
 * build tree and in LIBEXECDIR/officina once installed. officina-cli itself links only the
 * core, so a search or an intake from a script does not pay for mapping the printing stack
 * at every start.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "ofc-cli-private.h"

#define HELPER_NAME "officina-cli-print"

/* beside this program first, so a build tree runs its own helper, not an installed one */
static char *
find_helper (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *directory = self != NULL ? g_path_get_dirname (self) : NULL;
  g_autofree char *sibling =
      directory != NULL ? g_build_filename (directory, HELPER_NAME, NULL) : NULL;

  if (sibling != NULL && g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&sibling);
  return g_build_filename (LIBEXECDIR, "officina", HELPER_NAME, NULL);
}

/**
 * ofc_cli_run_printing_helper:
 *
 * Replaces this process with the printing helper, given the whole command line.
 *
 * Returns: only when the helper cannot be started: the exit status of the error
 */
int
ofc_cli_run_printing_helper (OfcCli *cli, int argc, char **argv)
{
  g_autofree char *helper = find_helper ();
  g_autoptr (GError) error = NULL;
  int saved;

  fflush (stdout);
  execv (helper, cli->argv);
  saved = errno;
  g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved),
               _ ("The printing commands cannot start: %s: %s"), helper, g_strerror (saved));
  return ofc_cli_fail (cli, error);
}
