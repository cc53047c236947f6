/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli order status | add-work | comment | history.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-order-private.h"

int
ofc_cli_order_status_run (OfcCli *cli, int argc, char **argv)
{
  g_autofree char *verdict = NULL;
  const GOptionEntry entries[] = {
    { "verdict", 0, 0, G_OPTION_ARG_STRING, &verdict, N_ ("The verdict, needed to close"), "TEXT" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcOrderStatus) status = NULL;

  if (!ofc_cli_parse_options (cli, "NUMBER STATUS — move an order to another status", entries,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 3)
    return ofc_cli_usage_error (cli, _ ("“order status” needs an order number and a status"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (order = ofc_cli_find_order (cli, argv[1], &error)) == NULL ||
      (status = ofc_order_status_find (cli->context, argv[2], &error)) == NULL)
    return ofc_cli_fail (cli, error);
  if (verdict != NULL)
    ofc_order_set_verdict (order, verdict);
  if (!ofc_order_change_status (cli->context, order, ofc_order_status_get_id (status), &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_order (cli, order, FALSE);
  else
    printf (_ ("Order %s is now “%s”\n"), ofc_order_get_number (order),
            ofc_order_get_status_name (order));
  return 0;
}

typedef struct
{
  char *service;
  char *price;
  char *executor;
  int quantity;
} WorkOptions;

static void
work_options_clear (WorkOptions *options)
{
  g_clear_pointer (&options->service, g_free);
  g_clear_pointer (&options->price, g_free);
  g_clear_pointer (&options->executor, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WorkOptions, work_options_clear)

static OfcOrderWork *
make_work (OfcCli *cli, const WorkOptions *options, GError **error)
{
  g_autoptr (OfcService) service = ofc_service_find (cli->context, options->service, error);
  g_autoptr (OfcEmployee) executor = NULL;
  g_autoptr (OfcOrderWork) work = NULL;
  gint64 price = 0;

  if (service == NULL ||
      (options->price != NULL &&
       !ofc_cli_parse_money (cli, "--price", options->price, &price, error)) ||
      (options->executor != NULL &&
       (executor = ofc_employee_find (cli->context, options->executor, error)) == NULL))
    return NULL;
  work = ofc_order_work_new_from_service (service);
  ofc_order_work_set_quantity (work, options->quantity);
  if (options->price != NULL)
    ofc_order_work_set_price (work, price);
  if (executor != NULL)
    ofc_order_work_set_executor_id (work, ofc_employee_get_id (executor));
  return g_steal_pointer (&work);
}

int
ofc_cli_order_add_work_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (WorkOptions) options = { .quantity = 1 };
  const GOptionEntry entries[] = {
    { "service", 0, 0, G_OPTION_ARG_STRING, &options.service, N_ ("The work from the price list"),
      "ID" },
    { "qty", 0, 0, G_OPTION_ARG_INT, &options.quantity, N_ ("Quantity (1)"), "N" },
    { "price", 0, 0, G_OPTION_ARG_STRING, &options.price, N_ ("Price instead of the list’s"),
      "AMOUNT" },
    { "executor", 0, 0, G_OPTION_ARG_STRING, &options.executor,
      N_ ("Technician (the order’s by default)"), "ID" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcOrderWork) work = NULL;

  if (!ofc_cli_parse_options (cli, "NUMBER — add a work to an order", entries, &argc, &argv,
                              &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2 || options.service == NULL)
    return ofc_cli_usage_error (cli, _ ("“order add-work” needs an order number and --service"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (order = ofc_cli_find_order (cli, argv[1], &error)) == NULL ||
      (work = make_work (cli, &options, &error)) == NULL ||
      !ofc_order_add_work (cli->context, order, work, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_order (cli, order, TRUE);
  else
    printf (_ ("Added “%s” to order %s\n"), ofc_order_work_get_name (work),
            ofc_order_get_number (order));
  return 0;
}

int
ofc_cli_order_comment_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (OfcOrderComment) comment = NULL;

  if (!ofc_cli_parse_options (cli, "NUMBER TEXT — comment on an order", NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 3)
    return ofc_cli_usage_error (cli, _ ("“order comment” needs an order number and the text"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (order = ofc_cli_find_order (cli, argv[1], &error)) == NULL ||
      (comment = ofc_order_add_comment (cli->context, order, argv[2], &error)) == NULL)
    return ofc_cli_fail (cli, error);
  if (cli->json)
    {
      cJSON *object = cJSON_CreateObject ();

      cJSON_AddStringToObject (object, "order", ofc_order_get_number (order));
      cJSON_AddStringToObject (object, "author", ofc_order_comment_get_author (comment));
      cJSON_AddStringToObject (object, "text", ofc_order_comment_get_text (comment));
      cJSON_AddItemToObject (object, "created_at",
                             ofc_cli_json_time (ofc_order_comment_get_created_at (comment)));
      ofc_cli_print_json (object);
    }
  else
    printf (_ ("Commented on order %s\n"), ofc_order_get_number (order));
  return 0;
}

int
ofc_cli_order_history_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;
  g_autoptr (GListModel) history = NULL;

  if (!ofc_cli_parse_options (cli, "NUMBER — every change of an order", NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“order history” needs an order number"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (order = ofc_cli_find_order (cli, argv[1], &error)) == NULL ||
      (history = ofc_order_list_history (cli->context, order, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_history (cli, history);
  return 0;
}
