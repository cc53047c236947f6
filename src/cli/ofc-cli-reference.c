/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli status list | add and location list | add.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

/*
 * Statuses
 */

static cJSON *
status_to_json (OfcCli *cli, OfcOrderStatus *status)
{
  cJSON *object = cJSON_CreateObject ();
  cJSON *next = cJSON_CreateArray ();
  g_autoptr (GListModel) statuses = ofc_order_status_list_next (cli->context, status, NULL);

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_order_status_get_id (status)));
  cJSON_AddStringToObject (object, "code", ofc_order_status_get_code (status));
  cJSON_AddStringToObject (object, "name", ofc_order_status_get_name (status));
  cJSON_AddStringToObject (object, "group",
                           ofc_status_group_to_code (ofc_order_status_get_group (status)));
  cJSON_AddStringToObject (object, "color", ofc_order_status_get_color (status));
  cJSON_AddNumberToObject (object, "norm_hours", ofc_order_status_get_norm_hours (status));
  cJSON_AddNumberToObject (object, "position", ofc_order_status_get_position (status));
  for (guint i = 0; statuses != NULL && i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr (OfcOrderStatus) item = g_list_model_get_item (statuses, i);

      cJSON_AddItemToArray (next, cJSON_CreateString (ofc_order_status_get_name (item)));
    }
  cJSON_AddItemToObject (object, "next", next);
  return object;
}

static void
print_statuses (OfcCli *cli, GListModel *statuses)
{
  cJSON *array = cli->json ? cJSON_CreateArray () : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr (OfcOrderStatus) status = g_list_model_get_item (statuses, i);
      g_autofree char *name = ofc_cli_pad (ofc_order_status_get_name (status), 24);
      g_autofree char *group =
          ofc_cli_pad (ofc_status_group_get_label (ofc_order_status_get_group (status)), 16);

      if (array != NULL)
        cJSON_AddItemToArray (array, status_to_json (cli, status));
      else
        printf ("%s %s %s %4dh\n", name, group, ofc_order_status_get_color (status),
                ofc_order_status_get_norm_hours (status));
    }
  if (array != NULL)
    ofc_cli_print_json (array);
}

static int
status_list_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) statuses = NULL;

  if (!ofc_cli_parse_options (cli, "— the order statuses", NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (statuses = ofc_order_status_list (cli->context, FALSE, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  print_statuses (cli, statuses);
  return 0;
}

/* "Diagnostics,ready" → the statuses, each by name, code or id */
static GPtrArray *
find_statuses (OfcCli *cli, const char *names, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (names != NULL ? names : "", ",", -1);
  g_autoptr (GPtrArray) statuses = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      OfcOrderStatus *status;

      if (ofc_text_is_blank (parts[i]))
        continue;
      status = ofc_order_status_find (cli->context, g_strstrip (parts[i]), error);
      if (status == NULL)
        return NULL;
      g_ptr_array_add (statuses, status);
    }
  return g_steal_pointer (&statuses);
}

/* each of @from may now move to @status */
static gboolean
link_from (OfcCli *cli, OfcOrderStatus *status, GPtrArray *from, GError **error)
{
  for (guint i = 0; i < from->len; i++)
    {
      OfcOrderStatus *source = g_ptr_array_index (from, i);
      g_autoptr (GListModel) current = ofc_order_status_list_next (cli->context, source, error);
      g_autoptr (GPtrArray) next = g_ptr_array_new_with_free_func (g_object_unref);

      if (current == NULL)
        return FALSE;
      for (guint k = 0; k < g_list_model_get_n_items (current); k++)
        g_ptr_array_add (next, g_list_model_get_item (current, k));
      g_ptr_array_add (next, g_object_ref (status));
      if (!ofc_order_status_set_next (cli->context, source, next, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char *group;
  char *color;
  char *next;
  char *from;
  int norm;
} StatusOptions;

static void
status_options_clear (StatusOptions *options)
{
  g_clear_pointer (&options->group, g_free);
  g_clear_pointer (&options->color, g_free);
  g_clear_pointer (&options->next, g_free);
  g_clear_pointer (&options->from, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StatusOptions, status_options_clear)

static gboolean
add_status (OfcCli *cli,
            const char *name,
            const StatusOptions *options,
            OfcOrderStatus **out,
            GError **error)
{
  g_autoptr (GPtrArray) next = find_statuses (cli, options->next, error);
  g_autoptr (GPtrArray) from = next != NULL ? find_statuses (cli, options->from, error) : NULL;
  g_autoptr (OfcOrderStatus) status = NULL;
  OfcStatusGroup group;

  if (next == NULL || from == NULL)
    return FALSE;
  if (!ofc_status_group_from_code (options->group, &group))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
                   _ ("Unknown status group “%s”; known: new, in-progress, waiting, ready, "
                      "closed-success, closed-failure"),
                   options->group);
      return FALSE;
    }
  status = ofc_order_status_new (name, group);
  if (options->color != NULL)
    ofc_order_status_set_color (status, options->color);
  ofc_order_status_set_norm_hours (status, options->norm);
  if (!ofc_order_status_save (cli->context, status, error) ||
      !ofc_order_status_set_next (cli->context, status, next, error) ||
      !link_from (cli, status, from, error))
    return FALSE;
  *out = g_steal_pointer (&status);
  return TRUE;
}

static int
status_add_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (StatusOptions) options = { NULL };
  const GOptionEntry entries[] = {
    { "group", 0, 0, G_OPTION_ARG_STRING, &options.group,
      N_ ("new, in-progress, waiting, ready, closed-success or closed-failure"), "GROUP" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &options.color, N_ ("Colour, #rrggbb"), "COLOR" },
    { "norm", 0, 0, G_OPTION_ARG_INT, &options.norm, N_ ("Time norm in hours"), "HOURS" },
    { "next", 0, 0, G_OPTION_ARG_STRING, &options.next, N_ ("Statuses it may move to"), "A,B" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_ ("Statuses that may move to it"),
      "A,B" },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderStatus) status = NULL;

  if (!ofc_cli_parse_options (cli, "NAME — add an order status", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2 || options.group == NULL)
    return ofc_cli_usage_error (cli, _ ("“status add” needs a name and --group"));
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !add_status (cli, argv[1], &options, &status, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_json (status_to_json (cli, status));
  else
    printf (_ ("Added the status “%s”\n"), ofc_order_status_get_name (status));
  return 0;
}

static const OfcCliCommand status_verbs[] = {
  { "list", NULL, status_list_run },
  { "add", NULL, status_add_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_status_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "status", status_verbs, argc, argv);
}

/*
 * Locations
 */

static cJSON *
location_to_json (OfcLocation *location)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_location_get_id (location)));
  cJSON_AddStringToObject (object, "name", ofc_location_get_name (location));
  cJSON_AddStringToObject (object, "address", ofc_location_get_address (location));
  cJSON_AddStringToObject (object, "phone", ofc_location_get_phone (location));
  cJSON_AddStringToObject (object, "prefix", ofc_location_get_series_prefix (location));
  cJSON_AddItemToObject (object, "order_type_id",
                         ofc_cli_json_uuid (ofc_location_get_order_type_id (location)));
  cJSON_AddBoolToObject (object, "default", ofc_location_get_is_default (location));
  return object;
}

static int
location_list_run (OfcCli *cli, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) locations = NULL;
  cJSON *array;

  if (!ofc_cli_parse_options (cli, "— the locations", NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_NO_CREATE, &error) == NULL ||
      (locations = ofc_location_list (cli->context, FALSE, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  array = cli->json ? cJSON_CreateArray () : NULL;
  for (guint i = 0; i < g_list_model_get_n_items (locations); i++)
    {
      g_autoptr (OfcLocation) location = g_list_model_get_item (locations, i);
      g_autofree char *prefix = ofc_cli_pad (ofc_location_get_series_prefix (location), 6);

      if (array != NULL)
        cJSON_AddItemToArray (array, location_to_json (location));
      else
        printf ("%s %s%s\n", prefix, ofc_location_get_name (location),
                ofc_location_get_is_default (location) ? _ (" (default)") : "");
    }
  if (array != NULL)
    ofc_cli_print_json (array);
  return 0;
}

typedef struct
{
  char *prefix;
  char *address;
  char *phone;
  char *type;
  gboolean make_default;
} LocationOptions;

static void
location_options_clear (LocationOptions *options)
{
  g_clear_pointer (&options->prefix, g_free);
  g_clear_pointer (&options->address, g_free);
  g_clear_pointer (&options->phone, g_free);
  g_clear_pointer (&options->type, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LocationOptions, location_options_clear)

static gboolean
add_location (OfcCli *cli, OfcLocation *location, const LocationOptions *options, GError **error)
{
  g_autoptr (OfcOrderType) type = NULL;

  if (options->type != NULL &&
      (type = ofc_order_type_find (cli->context, options->type, error)) == NULL)
    return FALSE;
  ofc_location_set_series_prefix (location, options->prefix);
  ofc_location_set_address (location, options->address);
  ofc_location_set_phone (location, options->phone);
  if (type != NULL)
    ofc_location_set_order_type_id (location, ofc_order_type_get_id (type));
  return ofc_location_save (cli->context, location, error) &&
         (!options->make_default || ofc_location_make_default (cli->context, location, error));
}

static int
location_add_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (LocationOptions) options = { NULL };
  const GOptionEntry entries[] = {
    { "prefix", 0, 0, G_OPTION_ARG_STRING, &options.prefix, N_ ("Order number prefix"), "P" },
    { "address", 0, 0, G_OPTION_ARG_STRING, &options.address, N_ ("Address"), "TEXT" },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &options.phone, N_ ("Phone"), "PHONE" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &options.type, N_ ("Default order type"), "TYPE" },
    { "default", 0, 0, G_OPTION_ARG_NONE, &options.make_default, N_ ("Make it the default"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcLocation) location = NULL;

  if (!ofc_cli_parse_options (cli, "NAME — add a location", entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _ ("“location add” needs a name"));
  location = ofc_location_new (argv[1]);
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL ||
      !add_location (cli, location, &options, &error))
    return ofc_cli_fail (cli, error);
  if (cli->json)
    ofc_cli_print_json (location_to_json (location));
  else
    printf (_ ("Added the location “%s”\n"), ofc_location_get_name (location));
  return 0;
}

static const OfcCliCommand location_verbs[] = {
  { "list", NULL, location_list_run },
  { "add", NULL, location_add_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_location_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "location", location_verbs, argc, argv);
}
