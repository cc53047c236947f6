/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli printer list | add | edit | remove | test | status.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-print-private.h"

typedef struct
{
  char *language;
  char *uri;
  char *media;
  double gap;
  char *codepage;
  int table;
  int dpi;
  char *profile;
  int width;
  char **defaults;
  gboolean disabled;
  gboolean enabled;
} Settings;

static void
settings_clear (Settings *settings)
{
  g_free (settings->language);
  g_free (settings->uri);
  g_free (settings->media);
  g_free (settings->codepage);
  g_free (settings->profile);
  g_strfreev (settings->defaults);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Settings, settings_clear)

#define SETTINGS_ENTRIES(s)                                                                         \
  { "language",                                                                                     \
    0,                                                                                              \
    0,                                                                                              \
    G_OPTION_ARG_STRING,                                                                            \
    &(s).language,                                                                                  \
    N_ ("escpos, zpl, tspl, epl, brother-ql or system"),                                            \
    N_ ("LANGUAGE") },                                                                              \
      { "uri",                                                                                      \
        0,                                                                                          \
        0,                                                                                          \
        G_OPTION_ARG_STRING,                                                                        \
        &(s).uri,                                                                                   \
        N_ ("serial:///dev/ttyUSB0?baud=9600, usb:///dev/usb/lp0, tcp://HOST:PORT, or a CUPS "      \
            "queue"),                                                                               \
        N_ ("ADDRESS") },                                                                           \
      { "media",    0,                                                                              \
        0,          G_OPTION_ARG_STRING,                                                            \
        &(s).media, N_ ("Labels: WIDTHxHEIGHT in mm, or the width of continuous tape"),             \
        N_ ("SIZE") },                                                                              \
      { "gap",    0, 0, G_OPTION_ARG_DOUBLE, &(s).gap, N_ ("Labels: the gap between labels in mm"), \
        N_ ("MM") },                                                                                \
      { "dpi", 0, 0, G_OPTION_ARG_INT, &(s).dpi, N_ ("Labels: 203, 300 or 600"), N_ ("DPI") },      \
      { "codepage",     0, 0, G_OPTION_ARG_STRING, &(s).codepage, N_ ("Receipts: cp866 or cp1251"), \
        N_ ("CODEPAGE") },                                                                          \
      { "table",    0,                                                                              \
        0,          G_OPTION_ARG_INT,                                                               \
        &(s).table, N_ ("Receipts: the ESC t number of the code page, when the model’s is wrong"),  \
        N_ ("N") },                                                                                 \
      { "profile",                                                                                  \
        0,                                                                                          \
        0,                                                                                          \
        G_OPTION_ARG_STRING,                                                                        \
        &(s).profile,                                                                               \
        N_ ("Receipts: the printer model (epson, xprinter, rongta, star…)"),                        \
        N_ ("MODEL") },                                                                             \
      { "width",  0, 0, G_OPTION_ARG_INT, &(s).width, N_ ("Receipts: paper width, 58 or 80 mm"),    \
        N_ ("MM") },                                                                                \
      { "default",                                                                                  \
        0,                                                                                          \
        0,                                                                                          \
        G_OPTION_ARG_STRING_ARRAY,                                                                  \
        &(s).defaults,                                                                              \
        N_ ("Make it the default receipt, label or document (A4) printer; repeatable"),             \
        N_ ("ROLE") },                                                                              \
      { "disabled",                                                                                 \
        0,                                                                                          \
        0,                                                                                          \
        G_OPTION_ARG_NONE,                                                                          \
        &(s).disabled,                                                                              \
        N_ ("Keep its jobs waiting (a printer away for repair)"),                                   \
        NULL },                                                                                     \
      { "enabled", 0, 0, G_OPTION_ARG_NONE, &(s).enabled, N_ ("Print its jobs again"), NULL },      \
  {                                                                                                 \
    NULL                                                                                            \
  }

static gboolean
apply_roles (Settings *settings, OfcPrinter *printer, GError **error)
{
  OfcPrinterRoles roles = OFC_PRINTER_ROLE_NONE;

  if (settings->defaults == NULL)
    return TRUE;
  for (guint i = 0; settings->defaults[i] != NULL; i++)
    {
      OfcPrinterRoles role;

      if (!ofc_printer_role_from_string (settings->defaults[i], &role))
        {
          g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                       _ ("Unknown printer role “%s”; use receipt, label or document"),
                       settings->defaults[i]);
          return FALSE;
        }
      roles |= role;
    }
  ofc_printer_set_roles (printer, roles);
  return TRUE;
}

static gboolean
apply (Settings *settings, OfcPrinter *printer, GError **error)
{
  if (settings->uri != NULL)
    ofc_printer_set_uri (printer, settings->uri);
  if (settings->media != NULL && !ofc_printer_set_media_text (printer, settings->media, error))
    return FALSE;
  if (settings->gap >= 0)
    ofc_printer_set_media_gap (printer, settings->gap);
  if (settings->dpi > 0)
    ofc_printer_set_dpi (printer, settings->dpi);
  if (settings->codepage != NULL)
    ofc_printer_set_code_page (printer, settings->codepage);
  if (settings->table >= -1 && settings->table != G_MININT)
    ofc_printer_set_code_table (printer, settings->table);
  if (settings->profile != NULL)
    ofc_printer_set_profile (printer, settings->profile);
  if (settings->width > 0)
    ofc_printer_set_paper_width (printer, settings->width);
  if (settings->disabled || settings->enabled)
    ofc_printer_set_enabled (printer, settings->enabled);
  return apply_roles (settings, printer, error);
}

static void
settings_init (Settings *settings)
{
  *settings = (Settings){ .gap = -1, .table = G_MININT };
}

static void
report (OfcCli *cli, OfcPrinter *printer)
{
  if (cli->json)
    ofc_cli_print_json (ofc_cli_printer_to_json (printer));
  else
    printf (_ ("Printer “%s”: %s at %s\n"), ofc_printer_get_name (printer),
            ofc_printer_language_get_label (ofc_printer_get_language (printer)),
            ofc_printer_get_uri (printer));
}

static int
add_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (Settings) settings;
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  OfcPrinterLanguage language;

  settings_init (&settings);
  {
    const GOptionEntry entries[] = { SETTINGS_ENTRIES (settings) };

    if (!ofc_cli_parse_options (cli, N_ ("NAME — add a printer"), entries, &argc, &argv, &error))
      return ofc_cli_usage_error (cli, "%s", error->message);
  }
  if (argc != 2 || settings.language == NULL || settings.uri == NULL)
    return ofc_cli_usage_error (cli, _ ("“printer add” needs a NAME, --language and --uri"));
  if (!ofc_printer_language_from_string (settings.language, &language))
    return ofc_cli_usage_error (
        cli, _ ("Unknown printer language “%s”; use escpos, zpl, tspl, epl, brother-ql or system"),
        settings.language);
  printer = ofc_printer_new (language);
  ofc_printer_set_name (printer, argv[1]);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !apply (&settings, printer, &error) || !ofc_print_check_printer (printer, &error) ||
      !ofc_printer_store_create (cli->context, printer, &error))
    return ofc_cli_fail (cli, error);
  report (cli, printer);
  return 0;
}

static int
edit_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (Settings) settings;
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = NULL;

  settings_init (&settings);
  {
    const GOptionEntry entries[] = { SETTINGS_ENTRIES (settings) };

    if (!ofc_cli_parse_options (cli, N_ ("NAME — change a printer’s settings"), entries, &argc,
                                &argv, &error))
      return ofc_cli_usage_error (cli, "%s", error->message);
  }
  if (argc != 2 || settings.language != NULL)
    return ofc_cli_usage_error (cli, _ ("“printer edit” needs the printer’s NAME; its language "
                                        "cannot change (add another printer)"));
  if ((printer = ofc_cli_find_printer (cli, argv[1], &error)) == NULL ||
      !apply (&settings, printer, &error) || !ofc_print_check_printer (printer, &error) ||
      !ofc_printer_store_update (cli->context, printer, &error))
    return ofc_cli_fail (cli, error);
  report (cli, printer);
  return 0;
}

static void
print_line (OfcPrinter *printer)
{
  g_autofree char *name = ofc_cli_pad (ofc_printer_get_name (printer), 16);
  g_autofree char *language =
      ofc_cli_pad (ofc_printer_language_to_string (ofc_printer_get_language (printer)), 11);
  g_autoptr (GString) notes = g_string_new (NULL);
  OfcPrinterRoles roles = ofc_printer_get_roles (printer);

  if (roles & OFC_PRINTER_ROLE_RECEIPT)
    g_string_append_printf (notes, " [%s]", _ ("default for receipts"));
  if (roles & OFC_PRINTER_ROLE_LABEL)
    g_string_append_printf (notes, " [%s]", _ ("default for labels"));
  if (roles & OFC_PRINTER_ROLE_DOCUMENT)
    g_string_append_printf (notes, " [%s]", _ ("default for A4"));
  if (!ofc_printer_get_enabled (printer))
    g_string_append_printf (notes, " [%s]", _ ("disabled"));
  if (ofc_printer_get_archived (printer))
    g_string_append_printf (notes, " [%s]", _ ("removed"));
  printf ("%s %s %s%s\n", name, language, ofc_printer_get_uri (printer), notes->str);
}

static int
list_run (OfcCli *cli, int argc, char **argv)
{
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_ ("Include removed printers"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) printers = NULL;
  cJSON *array;

  if (!ofc_cli_parse_options (cli, N_ ("— list the printers"), entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1)
    return ofc_cli_usage_error (cli, _ ("“printer list” takes no arguments"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      (printers = ofc_printer_store_list (cli->context, archived, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  array = cJSON_CreateArray ();
  for (guint i = 0; i < g_list_model_get_n_items (printers); i++)
    {
      g_autoptr (OfcPrinter) printer = g_list_model_get_item (printers, i);

      if (cli->json)
        cJSON_AddItemToArray (array, ofc_cli_printer_to_json (printer));
      else
        print_line (printer);
    }
  if (cli->json)
    ofc_cli_print_json (array);
  else
    cJSON_Delete (array);
  return 0;
}

static int
remove_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = NULL;

  if (!ofc_cli_parse_options (cli, N_ ("NAME — remove a printer (its jobs are kept)"), NULL, &argc,
                              &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“printer remove” needs the printer’s NAME"));
  if ((printer = ofc_cli_find_printer (cli, argv[1], &error)) == NULL ||
      !ofc_printer_store_archive (cli->context, printer, &error))
    return ofc_cli_fail (cli, error);
  report (cli, printer);
  return 0;
}

static int
test_run (OfcCli *cli, int argc, char **argv)
{
  OfcCliPrintOptions options = { .timeout = OFC_CLI_PRINT_TIMEOUT };
  const GOptionEntry entries[] = {
    { "no-wait", 0, 0, G_OPTION_ARG_NONE, &options.no_wait, N_ ("Only queue the test page"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &options.timeout,
      N_ ("Wait at most this long for the printer"), N_ ("SECONDS") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  int status;

  if (!ofc_cli_parse_options (cli, N_ ("NAME — print a test page"), entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“printer test” needs the printer’s NAME"));
  options.printer = argv[1];
  status = ofc_cli_print_jobs (cli, OFC_PRINT_JOB_TEST_PAGE, NULL, 0, FALSE, &options);
  options.printer = NULL;
  return status;
}

static char **
status_flags (OfcPrinterStatus status)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint bit = 0; bit < 13; bit++)
    if (status & (1u << bit))
      {
        g_autofree char *one = ofc_printer_status_describe (1u << bit);

        g_strv_builder_add (builder, one);
      }
  return g_strv_builder_end (builder);
}

static void
report_status (OfcCli *cli, gboolean has_status, OfcPrinterStatus status, const GError *problem)
{
  g_auto (GStrv) flags = status_flags (status);
  g_autofree char *described = ofc_printer_status_describe (status);
  gboolean ready = problem == NULL && (status & OFC_PRINTER_STATUS_BLOCKING) == 0;
  cJSON *object;

  if (!cli->json)
    {
      printf ("%s\n", problem != NULL ? problem->message
                      : has_status    ? described
                                      : _ ("This printer cannot report its status"));
      return;
    }
  object = cJSON_CreateObject ();
  cJSON_AddBoolToObject (object, "ready", ready);
  cJSON_AddBoolToObject (object, "has_status", has_status);
  cJSON_AddItemToObject (
      object, "status",
      cJSON_CreateStringArray ((const char *const *) flags, g_strv_length (flags)));
  cJSON_AddStringToObject (object, "message", problem != NULL ? problem->message : described);
  ofc_cli_print_json (object);
}

static int
status_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) problem = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (OfcPrinterLink) link = NULL;
  OfcPrinterStatus status = OFC_PRINTER_STATUS_READY;
  gboolean has_status = FALSE;

  if (!ofc_cli_parse_options (cli, N_ ("NAME — ask a printer whether it is ready"), NULL, &argc,
                              &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“printer status” needs the printer’s NAME"));
  if ((printer = ofc_cli_find_printer (cli, argv[1], &error)) == NULL ||
      (link = ofc_printer_link_new (printer, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  if (ofc_printer_link_open (link, 5000, &problem) &&
      !ofc_printer_link_query (link, 3000, &has_status, &status, &problem))
    has_status = FALSE;

  ofc_printer_link_close (link);
  report_status (cli, has_status, status, problem);
  return problem == NULL && (status & OFC_PRINTER_STATUS_BLOCKING) == 0 ? 0 : OFC_CLI_EXIT_FAILURE;
}

static const OfcCliCommand verbs[] = {
  { "list", NULL, list_run },     { "add", NULL, add_run },   { "edit", NULL, edit_run },
  { "remove", NULL, remove_run }, { "test", NULL, test_run }, { "status", NULL, status_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_printer_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "printer", verbs, argc, argv);
}
