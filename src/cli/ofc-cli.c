/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli: global options (--db, --json), then a noun and its verb. Everything a test
 * or a cron job needs is reachable here, over the same libraries as the window.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "ofc-cli-private.h"

#ifdef OFC_CLI_WITH_PRINTING
#include "ofc-cli-print-private.h"
#define PRINTER_RUN ofc_cli_printer_run
#define PRINT_RUN   ofc_cli_print_run
#else
/* officina-cli hands these to officina-cli-print (ofc-cli-helper.c) */
#define PRINTER_RUN ofc_cli_run_printing_helper
#define PRINT_RUN   ofc_cli_run_printing_helper
#endif

static const OfcCliCommand nouns[] = {
  { "client", N_("Add, find, show and edit clients"), ofc_cli_client_run },
  { "db", N_("Check, back up or upgrade the database"), ofc_cli_db_run },
  { "demo", N_("Fill the database with generated demo data"), ofc_cli_demo_run },
  { "order", N_("Take devices in, move orders along, add works and comments"),
    ofc_cli_order_run },
  { "status", N_("List or add order statuses"), ofc_cli_status_run },
  { "employee", N_("List or add employees"), ofc_cli_employee_run },
  { "service", N_("List or add works of the price list"), ofc_cli_service_run },
  { "location", N_("List or add locations"), ofc_cli_location_run },
  { "order-type", N_("List, add, archive or remove order types"), ofc_cli_order_type_run },
  { "device-type", N_("List or add device types; set their intake presets"), ofc_cli_device_type_run },
  { "catalog", N_("Brands, models and the phrases offered at intake"), ofc_cli_catalog_run },
  { "printer", N_("Add, list, test and check printers"), PRINTER_RUN },
  { "print", N_("Print order documents and cards; show the print queue"), PRINT_RUN },
  { NULL, NULL, NULL },
};

static void
print_help (void)
{
  printf ("%s\n\n", _("Usage: officina-cli [--db FILE] [--json] COMMAND [ARGUMENTS…]"));
  printf ("%s\n", _("Commands:"));
  for (gsize i = 0; nouns[i].noun != NULL; i++)
    printf ("  %-10s %s\n", nouns[i].noun, _(nouns[i].summary));
  printf ("\n%s\n", _("Options:"));
  printf ("  --db FILE  %s\n", _("Use this database instead of the default one"));
  printf ("  --json     %s\n", _("Print results as JSON"));
  printf ("  --version  %s\n", _("Show the version"));
  printf ("\n%s\n", _("“officina-cli COMMAND VERB --help” describes a command."));
}

/* consumes the global options before the noun; returns the index of the noun */
static int
parse_globals (OfcCli *cli,
               int     argc,
               char  **argv,
               int    *exit_status)
{
  int i = 1;

  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_strcmp0 (argv[i], "--json") == 0)
        cli->json = TRUE;
      else if (g_strcmp0 (argv[i], "--db") == 0 && i + 1 < argc)
        cli->database_path = g_strdup (argv[++i]);
      else if (g_str_has_prefix (argv[i], "--db="))
        cli->database_path = g_strdup (argv[i] + strlen ("--db="));
      else if (g_strcmp0 (argv[i], "--help") == 0 || g_strcmp0 (argv[i], "-h") == 0)
        {
          print_help ();
          *exit_status = 0;
          return -1;
        }
      else if (g_strcmp0 (argv[i], "--version") == 0)
        {
          printf ("officina-cli %s\n", PACKAGE_VERSION);
          *exit_status = 0;
          return -1;
        }
      else
        {
          *exit_status = ofc_cli_usage_error (cli, _("Unknown option “%s”"), argv[i]);
          return -1;
        }
    }
  return i;
}

static int
run (OfcCli *cli,
     int     argc,
     char  **argv)
{
  int status = 0;
  int first = parse_globals (cli, argc, argv, &status);

  if (first < 0)
    return status;
  if (first >= argc)
    {
      print_help ();
      return OFC_CLI_EXIT_USAGE;
    }
  if (cli->database_path == NULL)
    cli->database_path = ofc_paths_dup_default_database ();
  for (gsize i = 0; nouns[i].noun != NULL; i++)
    if (g_strcmp0 (argv[first], nouns[i].noun) == 0)
      return nouns[i].run (cli, argc - first, argv + first);
  return ofc_cli_usage_error (cli, _("Unknown command “%s”; see officina-cli --help"),
                              argv[first]);
}

int
main (int   argc,
      char *argv[])
{
  OfcCli cli = { NULL };
  int status;

  cli.argv = argv;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = run (&cli, argc, argv);
  fflush (stdout);
  g_clear_object (&cli.context);
  g_free (cli.database_path);
  return status;
}
