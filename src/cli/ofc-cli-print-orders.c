/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli print sticker | intake-receipt | act | preview: an order's documents, and
 * a preview file of exactly what a printer gets.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-print-private.h"

/* the orders named by number (or id), in the order given */
static GArray *
find_orders (OfcCli *cli, int argc, char **argv, GError **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (OfcUuid));

  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, error) == NULL)
    return NULL;
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (OfcOrder) order = ofc_cli_find_order (cli, argv[i], error);

      if (order == NULL)
        return NULL;
      g_array_append_vals (ids, ofc_order_get_id (order), 1);
    }
  return g_steal_pointer (&ids);
}

static int
print_orders (OfcCli *cli,
              int argc,
              char **argv,
              OfcPrintJobKind kind,
              const char *usage,
              gboolean several)
{
  g_auto (OfcCliPrintOptions) options = { .timeout = OFC_CLI_PRINT_TIMEOUT };
  const GOptionEntry entries[] = { OFC_CLI_PRINT_ENTRIES (options) };
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  if (!ofc_cli_parse_options (cli, usage, entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc < 2 || (!several && argc > 2))
    return ofc_cli_usage_error (cli, several ? _ ("Name one or more orders by number")
                                             : _ ("Name one order by its number"));
  if ((ids = find_orders (cli, argc, argv, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  return ofc_cli_print_jobs (cli, kind, (const OfcUuid *) ids->data, ids->len, TRUE, &options);
}

int
ofc_cli_print_sticker_run (OfcCli *cli, int argc, char **argv)
{
  return print_orders (cli, argc, argv, OFC_PRINT_JOB_ORDER_STICKER,
                       N_ ("NUMBER… — print the stickers of orders"), TRUE);
}

int
ofc_cli_print_intake_run (OfcCli *cli, int argc, char **argv)
{
  return print_orders (cli, argc, argv, OFC_PRINT_JOB_INTAKE_RECEIPT,
                       N_ ("NUMBER — print an order’s intake receipt"), FALSE);
}

int
ofc_cli_print_act_run (OfcCli *cli, int argc, char **argv)
{
  return print_orders (cli, argc, argv, OFC_PRINT_JOB_ACT,
                       N_ ("NUMBER — print an order’s work completion act"), FALSE);
}

/* with no printer of the kind set up, a preview still shows the built-in defaults: a
 * 58 × 40 mm label at 203 dpi, 80 mm receipt paper, or A4 */
static OfcPrinter *
preview_printer (OfcCli *cli, OfcPrintJobKind kind, const char *name, GError **error)
{
  g_autoptr (GError) local = NULL;
  OfcPrinter *printer;

  if (name != NULL)
    return ofc_cli_find_printer (cli, name, error);
  printer = ofc_printer_store_get_default (cli->context, ofc_print_job_kind_get_role (kind), &local);
  if (printer != NULL || !g_error_matches (local, OFC_ERROR, OFC_ERROR_NOT_FOUND))
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      return printer;
    }
  printer = ofc_printer_new (kind == OFC_PRINT_JOB_ACT ? OFC_PRINTER_LANGUAGE_SYSTEM
                             : kind == OFC_PRINT_JOB_INTAKE_RECEIPT ? OFC_PRINTER_LANGUAGE_ESCPOS
                                                                    : OFC_PRINTER_LANGUAGE_ZPL);
  ofc_printer_set_name (printer, _ ("Preview"));
  return printer;
}

static gboolean
find_subject (OfcCli *cli, OfcPrintJobKind kind, const char *reference, OfcUuid *id, GError **error)
{
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcClientStore) store = NULL;
  g_autoptr (OfcClient) client = NULL;

  if (kind != OFC_PRINT_JOB_CLIENT_CARD)
    {
      order = ofc_cli_find_order (cli, reference, error);
      if (order != NULL)
        *id = *ofc_order_get_id (order);
      return order != NULL;
    }
  if ((store = ofc_client_store_new (cli->context, error)) == NULL)
    return FALSE;
  client = ofc_uuid_parse (reference, id) ? ofc_client_store_get (store, id, error)
                                          : ofc_client_store_find_by_card_code (store, reference,
                                                                                error);
  if (client != NULL)
    *id = *ofc_client_get_id (client);
  return client != NULL;
}

static int
write_preview (OfcCli *cli, OfcPrintJobKind kind, const char *reference, const char *printer_name,
               const char *output)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (OfcPrintOutput) rendered = NULL;
  OfcPrintRenderRequest request = { .kind = kind, .n_subjects = 1, .copies = 1 };
  OfcUuid id;

  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !find_subject (cli, kind, reference, &id, &error) ||
      (printer = preview_printer (cli, kind, printer_name, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  request.printer = printer;
  request.subjects = &id;
  if ((rendered = ofc_print_render (cli->context, &request, &error)) == NULL ||
      !ofc_print_output_write_preview (rendered, output, &error))
    return ofc_cli_fail (cli, error);
  for (const char *const *warning = ofc_print_output_get_warnings (rendered); *warning != NULL;
       warning++)
    fprintf (stderr, "officina-cli: %s: %s\n", _ ("warning"), *warning);
  if (!cli->json)
    printf (_ ("Preview written to %s\n"), output);
  return 0;
}

int
ofc_cli_print_preview_run (OfcCli *cli, int argc, char **argv)
{
  g_autofree char *template_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *printer = NULL;
  const GOptionEntry entries[] = {
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_ ("sticker, intake-receipt, act or card"), N_ ("DOCUMENT") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_ ("The file to write: .png, or .pdf for A4 documents"), N_ ("FILE") },
    { "printer", 0, 0, G_OPTION_ARG_STRING, &printer,
      N_ ("Preview for this printer instead of the default one"), N_ ("NAME") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  OfcPrintJobKind kind;

  if (!ofc_cli_parse_options (cli, N_ ("NUMBER — write a preview of what a printer gets"), entries,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2 || template_name == NULL || output == NULL)
    return ofc_cli_usage_error (cli, _ ("“print preview” needs an order number (a client for a "
                                        "card), --template and --output"));
  if (g_strcmp0 (template_name, "sticker") == 0)
    kind = OFC_PRINT_JOB_ORDER_STICKER;
  else if (g_strcmp0 (template_name, "card") == 0)
    kind = OFC_PRINT_JOB_CLIENT_CARD;
  else if (!ofc_print_job_kind_from_string (template_name, &kind) ||
           kind == OFC_PRINT_JOB_TEST_PAGE)
    return ofc_cli_usage_error (cli, _ ("Unknown document “%s”; use sticker, intake-receipt, act "
                                        "or card"),
                                template_name);
  return write_preview (cli, kind, argv[1], printer, output);
}
