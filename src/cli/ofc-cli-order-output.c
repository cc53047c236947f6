/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Orders on the command line: JSON for scripts, aligned lines for people, and finding an
 * order by what was typed.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

OfcOrder *
ofc_cli_find_order (OfcCli *cli, const char *number, GError **error)
{
  return ofc_order_find (cli->context, number, error);
}

static cJSON *
json_ref (const OfcUuid *id, const char *name)
{
  cJSON *object;

  if (ofc_uuid_is_nil (id))
    return cJSON_CreateNull ();
  object = cJSON_CreateObject ();
  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (id));
  cJSON_AddStringToObject (object, "name", name);
  return object;
}

static void
add_texts (cJSON *object, OfcOrder *order)
{
  cJSON_AddStringToObject (object, "device_type", ofc_order_get_device_type_name (order));
  cJSON_AddStringToObject (object, "brand", ofc_order_get_brand (order));
  cJSON_AddStringToObject (object, "model", ofc_order_get_model (order));
  cJSON_AddStringToObject (object, "serial", ofc_order_get_serial (order));
  cJSON_AddStringToObject (object, "malfunction", ofc_order_get_malfunction (order));
  cJSON_AddStringToObject (object, "appearance", ofc_order_get_appearance (order));
  cJSON_AddStringToObject (object, "completeness", ofc_order_get_completeness (order));
  cJSON_AddStringToObject (object, "receiver_notes", ofc_order_get_receiver_notes (order));
  cJSON_AddStringToObject (object, "executor_notes", ofc_order_get_executor_notes (order));
  cJSON_AddStringToObject (object, "verdict", ofc_order_get_verdict (order));
  cJSON_AddStringToObject (object, "recommendations", ofc_order_get_recommendations (order));
}

static cJSON *
json_client (OfcOrder *order)
{
  cJSON *client = json_ref (ofc_order_get_client_id (order), ofc_order_get_client_name (order));

  cJSON_AddStringToObject (client, "phone", ofc_order_get_client_phone (order));
  return client;
}

cJSON *
ofc_cli_order_to_json (OfcCli *cli, OfcOrder *order)
{
  cJSON *object = cJSON_CreateObject ();
  gint64 now = ofc_database_now (ofc_context_get_database (cli->context));

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_order_get_id (order)));
  cJSON_AddStringToObject (object, "number", ofc_order_get_number (order));
  cJSON_AddStringToObject (object, "status", ofc_order_get_status_name (order));
  cJSON_AddItemToObject (object, "status_id", ofc_cli_json_uuid (ofc_order_get_status_id (order)));
  cJSON_AddStringToObject (object, "status_group",
                           ofc_status_group_to_code (ofc_order_get_status_group (order)));
  cJSON_AddItemToObject (object, "client", json_client (order));
  cJSON_AddStringToObject (object, "type", ofc_order_get_type_name (order));
  cJSON_AddStringToObject (object, "location", ofc_order_get_location_name (order));
  add_texts (object, order);
  cJSON_AddItemToObject (object, "estimate",
                         ofc_cli_json_minor (cli, ofc_order_get_estimate (order)));
  cJSON_AddBoolToObject (object, "urgent", ofc_order_get_urgent (order));
  cJSON_AddBoolToObject (object, "overdue", ofc_order_is_overdue (order, now));
  cJSON_AddItemToObject (object, "deadline", ofc_cli_json_time (ofc_order_get_deadline (order)));
  cJSON_AddItemToObject (
      object, "manager",
      json_ref (ofc_order_get_manager_id (order), ofc_order_get_manager_name (order)));
  cJSON_AddItemToObject (
      object, "executor",
      json_ref (ofc_order_get_executor_id (order), ofc_order_get_executor_name (order)));
  cJSON_AddItemToObject (object, "created_at",
                         ofc_cli_json_time (ofc_order_get_created_at (order)));
  cJSON_AddItemToObject (object, "updated_at",
                         ofc_cli_json_time (ofc_order_get_updated_at (order)));
  cJSON_AddItemToObject (object, "closed_at", ofc_cli_json_time (ofc_order_get_closed_at (order)));
  cJSON_AddNumberToObject (object, "version", (double) ofc_order_get_version (order));
  return object;
}

/*
 * Details: works, totals, comments
 */

static cJSON *
json_works (OfcCli *cli, GListModel *works)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < g_list_model_get_n_items (works); i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);
      cJSON *line = cJSON_CreateObject ();

      cJSON_AddItemToObject (line, "id", ofc_cli_json_uuid (ofc_order_work_get_id (work)));
      cJSON_AddStringToObject (line, "name", ofc_order_work_get_name (work));
      cJSON_AddNumberToObject (line, "quantity", ofc_order_work_get_quantity (work));
      cJSON_AddItemToObject (line, "price",
                             ofc_cli_json_minor (cli, ofc_order_work_get_price (work)));
      cJSON_AddItemToObject (line, "discount",
                             ofc_cli_json_minor (cli, ofc_order_work_get_discount (work)));
      cJSON_AddItemToObject (line, "total",
                             ofc_cli_json_minor (cli, ofc_order_work_get_total (work)));
      cJSON_AddItemToObject (line, "executor",
                             json_ref (ofc_order_work_get_executor_id (work),
                                       ofc_order_work_get_executor_name (work)));
      cJSON_AddNumberToObject (line, "warranty_days", ofc_order_work_get_warranty_days (work));
      cJSON_AddItemToArray (array, line);
    }
  return array;
}

static cJSON *
json_totals (const OfcOrderTotals *totals)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddItemToObject (object, "works_subtotal", ofc_cli_json_money (totals->works.subtotal));
  cJSON_AddNumberToObject (object, "discount_percent", totals->works.discount_bp / 100.0);
  cJSON_AddItemToObject (object, "works_discount", ofc_cli_json_money (totals->works.discount));
  cJSON_AddItemToObject (object, "works_total", ofc_cli_json_money (totals->works.total));
  cJSON_AddItemToObject (object, "total", ofc_cli_json_money (totals->total));
  cJSON_AddItemToObject (object, "paid", ofc_cli_json_money (totals->paid));
  cJSON_AddItemToObject (object, "due", ofc_cli_json_money (totals->due));
  return object;
}

static cJSON *
json_comments (GListModel *comments)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr (OfcOrderComment) comment = g_list_model_get_item (comments, i);
      cJSON *item = cJSON_CreateObject ();

      cJSON_AddStringToObject (item, "author", ofc_order_comment_get_author (comment));
      cJSON_AddStringToObject (item, "text", ofc_order_comment_get_text (comment));
      cJSON_AddItemToObject (item, "created_at",
                             ofc_cli_json_time (ofc_order_comment_get_created_at (comment)));
      cJSON_AddItemToArray (array, item);
    }
  return array;
}

static void
print_works (OfcCli *cli, GListModel *works, const OfcOrderTotals *totals)
{
  g_autofree char *total = ofc_money_format (totals->total, NULL, OFC_MONEY_FORMAT_SYMBOL);
  g_autofree char *discount =
      ofc_money_format (totals->works.discount, NULL, OFC_MONEY_FORMAT_SYMBOL);

  for (guint i = 0; i < g_list_model_get_n_items (works); i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);
      g_autofree char *price = ofc_cli_format_money (cli, ofc_order_work_get_price (work));
      g_autofree char *line_total = ofc_cli_format_money (cli, ofc_order_work_get_total (work));
      g_autofree char *name = ofc_cli_pad (ofc_order_work_get_name (work), 40);

      printf ("  %s %4d × %12s = %12s\n", name, ofc_order_work_get_quantity (work), price,
              line_total);
    }
  if (totals->works.discount.minor != 0)
    ofc_cli_print_field (_ ("Discount:"), discount);
  ofc_cli_print_field (_ ("Total:"), total);
}

static void
print_details (OfcCli *cli, OfcOrder *order)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) works = ofc_order_list_works (cli->context, order, &error);
  g_autoptr (GListModel) comments = ofc_order_list_comments (cli->context, order, &error);
  OfcOrderTotals totals;

  if (works == NULL || comments == NULL ||
      !ofc_order_totals_compute (cli->context, order, &totals, &error))
    {
      ofc_cli_fail (cli, error);
      return;
    }
  if (cli->json)
    return;
  print_works (cli, works, &totals);
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr (OfcOrderComment) comment = g_list_model_get_item (comments, i);
      g_autofree char *when = ofc_cli_format_time (ofc_order_comment_get_created_at (comment));

      printf ("%s, %s: %s\n", when, ofc_order_comment_get_author (comment),
              ofc_order_comment_get_text (comment));
    }
}

static cJSON *
json_details (OfcCli *cli, OfcOrder *order)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) works = ofc_order_list_works (cli->context, order, &error);
  g_autoptr (GListModel) comments = ofc_order_list_comments (cli->context, order, &error);
  cJSON *object = ofc_cli_order_to_json (cli, order);
  OfcOrderTotals totals;

  if (works == NULL || comments == NULL ||
      !ofc_order_totals_compute (cli->context, order, &totals, &error))
    {
      ofc_cli_fail (cli, error);
      return object;
    }
  cJSON_AddItemToObject (object, "works", json_works (cli, works));
  cJSON_AddItemToObject (object, "totals", json_totals (&totals));
  cJSON_AddItemToObject (object, "comments", json_comments (comments));
  return object;
}

static void
print_summary (OfcCli *cli, OfcOrder *order)
{
  g_autofree char *device = ofc_order_dup_device_text (order);
  g_autofree char *estimate = ofc_cli_format_money (cli, ofc_order_get_estimate (order));
  g_autofree char *deadline = ofc_cli_format_time (ofc_order_get_deadline (order));
  g_autofree char *created = ofc_cli_format_time (ofc_order_get_created_at (order));

  ofc_cli_print_field (_ ("Number:"), ofc_order_get_number (order));
  ofc_cli_print_field (_ ("Status:"), ofc_order_get_status_name (order));
  ofc_cli_print_field (_ ("Client:"), ofc_order_get_client_name (order));
  ofc_cli_print_field (_ ("Phone:"), ofc_order_get_client_phone (order));
  ofc_cli_print_field (_ ("Device:"), device);
  ofc_cli_print_field (_ ("Serial number / IMEI:"), ofc_order_get_serial (order));
  ofc_cli_print_field (_ ("Malfunction:"), ofc_order_get_malfunction (order));
  ofc_cli_print_field (_ ("Executor:"), ofc_order_get_executor_name (order));
  if (ofc_order_get_estimate (order) != 0)
    ofc_cli_print_field (_ ("Estimated price:"), estimate);
  ofc_cli_print_field (_ ("Deadline:"), deadline);
  ofc_cli_print_field (_ ("Urgent:"), ofc_order_get_urgent (order) ? _ ("yes") : NULL);
  ofc_cli_print_field (_ ("Verdict:"), ofc_order_get_verdict (order));
  ofc_cli_print_field (_ ("Taken in:"), created);
}

/**
 * ofc_cli_print_order:
 * @details: also works, totals and comments
 */
void
ofc_cli_print_order (OfcCli *cli, OfcOrder *order, gboolean details)
{
  if (cli->json)
    {
      ofc_cli_print_json (details ? json_details (cli, order) : ofc_cli_order_to_json (cli, order));
      return;
    }
  print_summary (cli, order);
  if (details)
    print_details (cli, order);
}

/* one order per line for people; a JSON array for scripts */
/* number, taken in, status, client, device: columns in characters, not bytes */
static void
print_order_line (OfcOrder *order, const char *created, const char *device)
{
  g_autofree char *number = ofc_cli_pad (ofc_order_get_number (order), 10);
  g_autofree char *when = ofc_cli_pad (created, 16);
  g_autofree char *status = ofc_cli_pad (ofc_order_get_status_name (order), 18);
  g_autofree char *client = ofc_cli_pad (ofc_order_get_client_name (order), 28);

  printf ("%s %s %s %s %s\n", number, when, status, client, device);
}

void
ofc_cli_print_orders (OfcCli *cli, GListModel *orders)
{
  cJSON *array = cli->json ? cJSON_CreateArray () : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (orders); i++)
    {
      g_autoptr (OfcOrder) order = g_list_model_get_item (orders, i);
      g_autofree char *device = ofc_order_dup_device_text (order);
      g_autofree char *created = ofc_cli_format_time (ofc_order_get_created_at (order));

      if (array != NULL)
        cJSON_AddItemToArray (array, ofc_cli_order_to_json (cli, order));
      else
        print_order_line (order, created, device);
    }
  if (array != NULL)
    ofc_cli_print_json (array);
}
