/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli demo [--clients N] [--orders N] [--seed S]: fills a database with realistic
 * generated data (clients first, then repair orders for them),
 * the same for the same seed, so a newcomer sees a living shop and benchmarks have a
 * reproducible dataset.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "ofc-cli-private.h"

typedef struct
{
  const char *what;
  gint64 last_print;
} Progress;

/* progress goes to a terminal only, at most a few times a second */
static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  Progress *progress = user_data;
  gint64 now = g_get_monotonic_time ();

  if (!isatty (STDERR_FILENO) || (now - progress->last_print < 250000 && done < total))
    return;
  progress->last_print = now;
  fprintf (stderr, "\r%s: %u / %u", progress->what, done, total);
  if (done == total)
    fputc ('\n', stderr);
}

static void
report (OfcCli *cli,
        int     clients,
        int     orders,
        double  seconds)
{
  if (cli->json)
    {
      cJSON *result = cJSON_CreateObject ();

      cJSON_AddNumberToObject (result, "clients", clients);
      cJSON_AddNumberToObject (result, "orders", orders);
      cJSON_AddNumberToObject (result, "seconds", seconds);
      ofc_cli_print_json (result);
      return;
    }
  if (clients > 0)
    printf (_("Generated %d clients\n"), clients);
  if (orders > 0)
    printf (_("Generated %d orders\n"), orders);
  printf (_("Done in %.1f s\n"), seconds);
}

static gboolean
generate (OfcContext *context,
          int         clients,
          int         orders,
          guint32     seed,
          GError    **error)
{
  Progress client_progress = { _("Clients"), 0 };
  Progress order_progress = { _("Orders"), 0 };

  if (clients > 0
      && !ofc_demo_generate_clients (context, (guint) clients, seed, on_progress_cb,
                                     &client_progress, NULL, error))
    return FALSE;
  return orders <= 0
         || ofc_demo_generate_orders (ofc_context_get_database (context), (guint) orders, seed,
                                      on_progress_cb, &order_progress, NULL, error);
}

int
ofc_cli_demo_run (OfcCli *cli,
                  int     argc,
                  char  **argv)
{
  int clients = 0;
  int orders = 0;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    { "clients", 0, 0, G_OPTION_ARG_INT, &clients, N_("Generate N clients"), N_("N") },
    { "orders", 0, 0, G_OPTION_ARG_INT, &orders, N_("Generate N repair orders for the clients"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the generator; the same seed gives the same data"), N_("S") },
    { NULL },
  };
  g_autoptr(GError) error = NULL;
  OfcContext *context;
  gint64 start;

  if (!ofc_cli_parse_options (cli, N_("— fill the database with generated demo data"), entries,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1 || clients < 0 || orders < 0 || clients + orders == 0 || seed < 0
      || seed > G_MAXUINT32)
    return ofc_cli_usage_error (cli, _("“demo” needs --clients N or --orders N with N above zero"));
  context = ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error);
  start = g_get_monotonic_time ();
  if (context == NULL || !generate (context, clients, orders, (guint32) seed, &error))
    return ofc_cli_fail (cli, error);
  report (cli, clients, orders, (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
