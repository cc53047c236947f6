/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli employee list | add and service list | add.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-client-fields.h"
#include "ofc-cli-private.h"

/*
 * Employees
 */

static cJSON *
employee_to_json (OfcCli *cli, OfcEmployee *employee)
{
  cJSON *object = cJSON_CreateObject ();
  g_autofree char *codes = ofc_employee_roles_to_codes (ofc_employee_get_roles (employee));
  g_auto (GStrv) roles = g_strsplit (codes, ",", -1);

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_employee_get_id (employee)));
  cJSON_AddStringToObject (object, "name", ofc_employee_get_name (employee));
  cJSON_AddStringToObject (object, "phone", ofc_employee_get_phone (employee));
  cJSON_AddItemToObject (
      object, "roles",
      cJSON_CreateStringArray ((const char *const *) roles,
                               *codes != '\0' ? (int) g_strv_length (roles) : 0));
  cJSON_AddBoolToObject (object, "active", ofc_employee_get_active (employee));
  cJSON_AddItemToObject (object, "daily_rate",
                         ofc_cli_json_minor (cli, ofc_employee_get_daily_rate (employee)));
  cJSON_AddNumberToObject (object, "works_percent",
                           ofc_employee_get_works_percent (employee) / 100.0);
  cJSON_AddNumberToObject (object, "sales_percent",
                           ofc_employee_get_sales_percent (employee) / 100.0);
  cJSON_AddItemToObject (object, "per_order",
                         ofc_cli_json_minor (cli, ofc_employee_get_per_order (employee)));
  return object;
}

static int
employee_list_run (OfcCli *cli, int argc, char **argv)
{
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_ ("Also employees who left"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) employees = NULL;
  cJSON *array;

  if (!ofc_cli_parse_options (cli, "— the employees", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (employees = ofc_employee_list (cli->context, 0, all, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  array = cli->json ? cJSON_CreateArray () : NULL;
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr (OfcEmployee) employee = g_list_model_get_item (employees, i);
      g_autofree char *roles = ofc_employee_roles_to_label (ofc_employee_get_roles (employee));
      g_autofree char *name = ofc_cli_pad (ofc_employee_get_name (employee), 32);

      if (array != NULL)
        cJSON_AddItemToArray (array, employee_to_json (cli, employee));
      else
        printf ("%s %s\n", name, roles);
    }
  if (array != NULL)
    ofc_cli_print_json (array);
  return 0;
}

typedef struct
{
  char *roles;
  char *phone;
  char *daily_rate;
  char *works_percent;
  char *sales_percent;
  char *per_order;
} EmployeeOptions;

static void
employee_options_clear (EmployeeOptions *options)
{
  g_clear_pointer (&options->roles, g_free);
  g_clear_pointer (&options->phone, g_free);
  g_clear_pointer (&options->daily_rate, g_free);
  g_clear_pointer (&options->works_percent, g_free);
  g_clear_pointer (&options->sales_percent, g_free);
  g_clear_pointer (&options->per_order, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EmployeeOptions, employee_options_clear)

static gboolean
fill_employee (OfcCli *cli, OfcEmployee *employee, const EmployeeOptions *options, GError **error)
{
  OfcEmployeeRoles roles = 0;
  gint64 daily_rate = 0, per_order = 0;
  int works = 0, sales = 0;

  if (!ofc_employee_roles_parse (options->roles, &roles, error) ||
      (options->daily_rate != NULL &&
       !ofc_cli_parse_money (cli, "--daily-rate", options->daily_rate, &daily_rate, error)) ||
      (options->per_order != NULL &&
       !ofc_cli_parse_money (cli, "--per-order", options->per_order, &per_order, error)) ||
      (options->works_percent != NULL &&
       !ofc_cli_parse_percent (options->works_percent, &works, error)) ||
      (options->sales_percent != NULL &&
       !ofc_cli_parse_percent (options->sales_percent, &sales, error)))
    return FALSE;
  ofc_employee_set_roles (employee, roles);
  ofc_employee_set_phone (employee, options->phone);
  ofc_employee_set_daily_rate (employee, daily_rate);
  ofc_employee_set_per_order (employee, per_order);
  ofc_employee_set_works_percent (employee, works);
  ofc_employee_set_sales_percent (employee, sales);
  return ofc_employee_save (cli->context, employee, error);
}

static int
employee_add_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (EmployeeOptions) options = { NULL };
  const GOptionEntry entries[] = {
    { "roles", 0, 0, G_OPTION_ARG_STRING, &options.roles,
      N_ ("admin, manager, receiver, technician"), "R,R" },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &options.phone, N_ ("Phone"), "PHONE" },
    { "daily-rate", 0, 0, G_OPTION_ARG_STRING, &options.daily_rate, N_ ("Fixed pay per day"),
      "AMOUNT" },
    { "works-percent", 0, 0, G_OPTION_ARG_STRING, &options.works_percent,
      N_ ("Share of the works executed, %"), "P" },
    { "sales-percent", 0, 0, G_OPTION_ARG_STRING, &options.sales_percent,
      N_ ("Share of the sales, %"), "P" },
    { "per-order", 0, 0, G_OPTION_ARG_STRING, &options.per_order, N_ ("Pay per managed order"),
      "AMOUNT" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmployee) employee = NULL;

  if (!ofc_cli_parse_options (cli, "NAME — add an employee", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“employee add” needs a name"));
  employee = ofc_employee_new (argv[1], 0);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !fill_employee (cli, employee, &options, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_json (employee_to_json (cli, employee));
  else
    printf (_ ("Added the employee “%s”\n"), ofc_employee_get_name (employee));
  return 0;
}

static const OfcCliCommand employee_verbs[] = {
  { "list", NULL, employee_list_run },
  { "add", NULL, employee_add_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_employee_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "employee", employee_verbs, argc, argv);
}

/*
 * The price list
 */

static cJSON *
service_to_json (OfcCli *cli, OfcService *service)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_service_get_id (service)));
  cJSON_AddStringToObject (object, "name", ofc_service_get_name (service));
  cJSON_AddStringToObject (object, "category", ofc_service_get_category (service));
  cJSON_AddItemToObject (object, "price",
                         ofc_cli_json_minor (cli, ofc_service_get_price (service)));
  cJSON_AddNumberToObject (object, "warranty_days", ofc_service_get_warranty_days (service));
  return object;
}

static int
service_list_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) services = NULL;
  cJSON *array;

  if (!ofc_cli_parse_options (cli, "— the price list of works", NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (services = ofc_service_list (cli->context, FALSE, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  array = cli->json ? cJSON_CreateArray () : NULL;
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (OfcService) service = g_list_model_get_item (services, i);
      g_autofree char *price = ofc_cli_format_money (cli, ofc_service_get_price (service));
      g_autofree char *name = ofc_cli_pad (ofc_service_get_name (service), 40);
      g_autofree char *category = ofc_cli_pad (ofc_service_get_category (service), 20);

      if (array != NULL)
        cJSON_AddItemToArray (array, service_to_json (cli, service));
      else
        printf ("%s %s %12s\n", name, category, price);
    }
  if (array != NULL)
    ofc_cli_print_json (array);
  return 0;
}

static int
service_add_run (OfcCli *cli, int argc, char **argv)
{
  g_autofree char *price_text = NULL;
  g_autofree char *category = NULL;
  int warranty = 0;
  const GOptionEntry entries[] = {
    { "price", 0, 0, G_OPTION_ARG_STRING, &price_text, N_ ("Price"), "AMOUNT" },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category, N_ ("Category"), "TEXT" },
    { "warranty", 0, 0, G_OPTION_ARG_INT, &warranty, N_ ("Warranty in days"), "DAYS" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcService) service = NULL;
  gint64 price = 0;

  if (!ofc_cli_parse_options (cli, "NAME — add a work to the price list", entries, &argc, &argv,
                              &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2 || price_text == NULL)
    return ofc_cli_usage_error (cli, _ ("“service add” needs a name and --price"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !ofc_cli_parse_money (cli, "--price", price_text, &price, &error))
    return ofc_cli_fail (cli, error);
  service = ofc_service_new (argv[1], price);
  ofc_service_set_category (service, category);
  ofc_service_set_warranty_days (service, warranty);
  if (!ofc_service_save (cli->context, service, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_json (service_to_json (cli, service));
  else
    printf (_ ("Added “%s” to the price list\n"), ofc_service_get_name (service));
  return 0;
}

static const OfcCliCommand service_verbs[] = {
  { "list", NULL, service_list_run },
  { "add", NULL, service_add_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_service_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "service", service_verbs, argc, argv);
}
