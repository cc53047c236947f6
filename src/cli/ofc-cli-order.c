/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli order create | show | list | search, and the verb table of "order" (the
 * editing verbs are in ofc-cli-order-edit.c).
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-order-private.h"

typedef struct
{
  char *client;
  char *device_type;
  char *brand;
  char *model;
  char *serial;
  char *malfunction;
  char *appearance;
  char *completeness;
  char *notes;
  char *deadline;
  char *estimate;
  char *executor;
  char *manager;
  char *type;
  char *location;
  gboolean urgent;
} CreateOptions;

static void
create_options_clear (CreateOptions *options)
{
  char **texts[] = { &options->client,     &options->device_type,  &options->brand,
                     &options->model,      &options->serial,       &options->malfunction,
                     &options->appearance, &options->completeness, &options->notes,
                     &options->deadline,   &options->estimate,     &options->executor,
                     &options->manager,    &options->type,         &options->location };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    g_clear_pointer (texts[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CreateOptions, create_options_clear)

/* --client of "order create" and "order list" */
static gboolean
parse_client_id (const char *text, OfcUuid *id, GError **error)
{
  if (ofc_uuid_parse (text, id))
    return TRUE;
  g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("--client needs a client id, not “%s”"),
               text);
  return FALSE;
}

/* employees, types and locations by name or id */
gboolean
ofc_cli_order_set_refs (
    OfcCli *cli, OfcOrder *order, const char *executor, const char *manager, GError **error)
{
  g_autoptr (OfcEmployee) found_executor = NULL;
  g_autoptr (OfcEmployee) found_manager = NULL;

  if (executor != NULL &&
      (found_executor = ofc_employee_find (cli->context, executor, error)) == NULL)
    return FALSE;
  if (manager != NULL && (found_manager = ofc_employee_find (cli->context, manager, error)) == NULL)
    return FALSE;
  if (found_executor != NULL)
    ofc_order_set_executor_id (order, ofc_employee_get_id (found_executor));
  if (found_manager != NULL)
    ofc_order_set_manager_id (order, ofc_employee_get_id (found_manager));
  return TRUE;
}

static gboolean
set_place (OfcCli *cli, OfcOrder *order, const CreateOptions *options, GError **error)
{
  g_autoptr (OfcOrderType) type = NULL;
  g_autoptr (OfcLocation) location = NULL;
  g_autoptr (OfcDeviceType) device_type = NULL;

  if (options->type != NULL &&
      (type = ofc_order_type_find (cli->context, options->type, error)) == NULL)
    return FALSE;
  if (options->location != NULL &&
      (location = ofc_location_find (cli->context, options->location, error)) == NULL)
    return FALSE;
  device_type = ofc_device_type_find_or_add (cli->context, options->device_type, error);
  if (device_type == NULL)
    return FALSE;
  ofc_order_set_device_type_id (order, ofc_device_type_get_id (device_type));
  if (type != NULL)
    ofc_order_set_type_id (order, ofc_order_type_get_id (type));
  if (location != NULL)
    ofc_order_set_location_id (order, ofc_location_get_id (location));
  return TRUE;
}

static gboolean
fill_order (OfcCli *cli, OfcOrder *order, const CreateOptions *options, GError **error)
{
  OfcUuid client_id;
  gint64 deadline = 0, estimate = 0;

  if (!parse_client_id (options->client, &client_id, error) ||
      (options->deadline != NULL &&
       !ofc_cli_parse_deadline (options->deadline, &deadline, error)) ||
      (options->estimate != NULL &&
       !ofc_cli_parse_money (cli, "--estimate", options->estimate, &estimate, error)) ||
      !set_place (cli, order, options, error) ||
      !ofc_cli_order_set_refs (cli, order, options->executor, options->manager, error))
    return FALSE;
  ofc_order_set_client_id (order, &client_id);
  ofc_order_set_brand (order, options->brand);
  ofc_order_set_model (order, options->model);
  ofc_order_set_serial (order, options->serial);
  ofc_order_set_malfunction (order, options->malfunction);
  ofc_order_set_appearance (order, options->appearance);
  ofc_order_set_completeness (order, options->completeness);
  ofc_order_set_receiver_notes (order, options->notes);
  ofc_order_set_urgent (order, options->urgent);
  ofc_order_set_deadline (order, deadline);
  ofc_order_set_estimate (order, estimate);
  return TRUE;
}

static void
report_created (OfcCli *cli, OfcOrder *order)
{
  g_auto (GStrv) warnings = ofc_order_check_warnings (order);

  for (guint i = 0; !cli->json && warnings[i] != NULL; i++)
    fprintf (stderr, "officina-cli: %s\n", warnings[i]);
  if (cli->json)
    {
      cJSON *object = ofc_cli_order_to_json (cli, order);

      cJSON_AddItemToObject (
          object, "warnings",
          cJSON_CreateStringArray ((const char *const *) warnings, (int) g_strv_length (warnings)));
      ofc_cli_print_json (object);
    }
  else
    printf (_ ("Created order %s\n"), ofc_order_get_number (order));
}

static int
create_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (CreateOptions) options = { NULL };
  const GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &options.client, N_ ("The client"), "ID" },
    { "device-type", 0, 0, G_OPTION_ARG_STRING, &options.device_type, N_ ("Device type"), "T" },
    { "brand", 0, 0, G_OPTION_ARG_STRING, &options.brand, N_ ("Brand"), "B" },
    { "model", 0, 0, G_OPTION_ARG_STRING, &options.model, N_ ("Model"), "M" },
    { "serial", 0, 0, G_OPTION_ARG_STRING, &options.serial, N_ ("Serial number or IMEI"), "S" },
    { "malfunction", 0, 0, G_OPTION_ARG_STRING, &options.malfunction, N_ ("What is wrong"),
      "TEXT" },
    { "appearance", 0, 0, G_OPTION_ARG_STRING, &options.appearance, N_ ("Appearance"), "TEXT" },
    { "completeness", 0, 0, G_OPTION_ARG_STRING, &options.completeness, N_ ("What came with it"),
      "TEXT" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &options.notes, N_ ("Receiver’s notes"), "TEXT" },
    { "urgent", 0, 0, G_OPTION_ARG_NONE, &options.urgent, N_ ("Urgent order"), NULL },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &options.deadline, N_ ("Due date"), "DATE" },
    { "estimate", 0, 0, G_OPTION_ARG_STRING, &options.estimate, N_ ("Estimated price"), "AMOUNT" },
    { "executor", 0, 0, G_OPTION_ARG_STRING, &options.executor, N_ ("Technician"), "ID" },
    { "manager", 0, 0, G_OPTION_ARG_STRING, &options.manager, N_ ("Responsible manager"), "ID" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &options.type, N_ ("Order type"), "TYPE" },
    { "location", 0, 0, G_OPTION_ARG_STRING, &options.location, N_ ("Location"), "LOCATION" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_order_new ();

  if (!ofc_cli_parse_options (cli, "— take a device in", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (options.client == NULL || options.device_type == NULL || options.brand == NULL ||
      options.model == NULL || options.malfunction == NULL || argc != 1)
    return ofc_cli_usage_error (cli, _ ("“order create” needs --client, --device-type, --brand, "
                                        "--model and --malfunction"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !fill_order (cli, order, &options, &error) || !ofc_order_save (cli->context, order, &error))
    return ofc_cli_fail (cli, error);
  report_created (cli, order);
  return 0;
}

static int
show_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;

  if (!ofc_cli_parse_options (cli, "NUMBER — show an order with its works and comments", NULL,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“order show” needs an order number"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (order = ofc_cli_find_order (cli, argv[1], &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_order (cli, order, TRUE);
  return 0;
}

typedef struct
{
  char *client;
  char *status;
  char *group;
  char *executor;
  char *sort;
  gboolean overdue;
  gboolean urgent;
  gboolean ascending;
  int limit;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_clear_pointer (&options->client, g_free);
  g_clear_pointer (&options->status, g_free);
  g_clear_pointer (&options->group, g_free);
  g_clear_pointer (&options->executor, g_free);
  g_clear_pointer (&options->sort, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

static gboolean
fill_filter (OfcCli *cli, const ListOptions *options, OfcOrderFilter *filter, GError **error)
{
  g_autoptr (OfcOrderStatus) status = NULL;
  g_autoptr (OfcEmployee) executor = NULL;
  OfcStatusGroup group;

  if (options->client != NULL && !parse_client_id (options->client, &filter->client_id, error))
    return FALSE;
  if (options->status != NULL &&
      (status = ofc_order_status_find (cli->context, options->status, error)) == NULL)
    return FALSE;
  if (options->executor != NULL &&
      (executor = ofc_employee_find (cli->context, options->executor, error)) == NULL)
    return FALSE;
  if (options->group != NULL && g_strcmp0 (options->group, "open") != 0 &&
      !ofc_status_group_from_code (options->group, &group))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                   _ ("Unknown status group “%s”; known: open, new, in-progress, waiting, ready, "
                      "closed-success, closed-failure"),
                   options->group);
      return FALSE;
    }
  if (options->sort != NULL && !ofc_order_sort_from_code (options->sort, &filter->sort))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID, _ ("Unknown sort “%s”"), options->sort);
      return FALSE;
    }
  if (options->group != NULL)
    filter->status_groups =
        g_strcmp0 (options->group, "open") == 0 ? OFC_STATUS_GROUPS_OPEN : 1u << group;
  if (status != NULL)
    filter->status_id = *ofc_order_status_get_id (status);
  if (executor != NULL)
    filter->executor_id = *ofc_employee_get_id (executor);
  filter->overdue_only = options->overdue;
  filter->urgent_only = options->urgent;
  filter->descending = !options->ascending;
  return TRUE;
}

static int
list_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (ListOptions) options = { .limit = 50 };
  const GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &options.client, N_ ("Only this client’s orders"),
      "ID" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status, N_ ("Only this status"), "S" },
    { "group", 0, 0, G_OPTION_ARG_STRING, &options.group, N_ ("Only this status group, or open"),
      "G" },
    { "executor", 0, 0, G_OPTION_ARG_STRING, &options.executor, N_ ("Only this technician"), "ID" },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &options.overdue, N_ ("Only overdue orders"), NULL },
    { "urgent", 0, 0, G_OPTION_ARG_NONE, &options.urgent, N_ ("Only urgent orders"), NULL },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &options.sort, N_ ("Sort by: created, number, deadline …"),
      "COLUMN" },
    { "ascending", 0, 0, G_OPTION_ARG_NONE, &options.ascending, N_ ("Smallest first"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &options.limit, N_ ("At most this many orders"), "N" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GListModel) orders = NULL;

  if (!ofc_cli_parse_options (cli, "— list orders", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1 || options.limit < 1)
    return ofc_cli_usage_error (cli, _ ("“order list” takes only options; --limit must be "
                                        "positive"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      !fill_filter (cli, &options, filter, &error) ||
      (orders = ofc_order_search (cli->context, filter, (guint) options.limit, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_orders (cli, orders);
  return 0;
}

static int
search_run (OfcCli *cli, int argc, char **argv)
{
  int limit = 50;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_ ("At most this many orders"), "N" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GListModel) orders = NULL;

  if (!ofc_cli_parse_options (cli,
                              "QUERY — find orders by number, client, phone, serial or "
                              "device",
                              entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2 || limit < 1)
    return ofc_cli_usage_error (cli, _ ("“order search” needs what to search for"));
  ofc_order_filter_set_search (filter, argv[1]);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (orders = ofc_order_search (cli->context, filter, (guint) limit, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_orders (cli, orders);
  return 0;
}

static const OfcCliCommand verbs[] = {
  { "create", NULL, create_run },
  { "show", NULL, show_run },
  { "list", NULL, list_run },
  { "search", NULL, search_run },
  { "status", NULL, ofc_cli_order_status_run },
  { "add-work", NULL, ofc_cli_order_add_work_run },
  { "comment", NULL, ofc_cli_order_comment_run },
  { "history", NULL, ofc_cli_order_history_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_order_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "order", verbs, argc, argv);
}
