/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli client add | search | show | edit | archive | restore | list | history.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-client-fields.h"
#include "ofc-cli-private.h"

static OfcClientStore *
open_store (OfcCli  *cli,
            GError **error)
{
  OfcContext *context = ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, error);

  return context != NULL ? ofc_client_store_new (context, error) : NULL;
}

/* a client by id or by discount-card code, as printed on the card */
static OfcClient *
find_client (OfcClientStore *store,
             const char     *reference,
             GError        **error)
{
  OfcUuid id;

  if (ofc_uuid_parse (reference, &id))
    return ofc_client_store_get (store, &id, error);
  if (strlen (reference) == 13 && strspn (reference, "0123456789") == 13)
    return ofc_client_store_find_by_card_code (store, reference, error);
  g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
               _("“%s” is neither a client id nor a discount card code"), reference);
  return NULL;
}

/* the card; @orders (`client show`): then what the shop knows of the client's orders */
static void
report (OfcCli                *cli,
        OfcClient             *client,
        const char            *warning,
        const OfcClientOrders *orders)
{
  cJSON *object;

  if (warning != NULL)
    fprintf (stderr, "officina-cli: %s: %s\n", _("warning"), warning);
  if (!cli->json)
    {
      ofc_cli_print_client (client);
      if (orders != NULL)
        ofc_cli_print_client_orders (orders);
      return;
    }
  object = ofc_cli_client_to_json (client);
  if (orders != NULL)
    cJSON_AddItemToObject (object, "orders", ofc_cli_client_orders_to_json (orders));
  ofc_cli_print_json (object);
}

static void
report_many (OfcCli    *cli,
             GPtrArray *clients)
{
  cJSON *array;

  if (!cli->json)
    {
      for (guint i = 0; i < clients->len; i++)
        ofc_cli_print_client_line (g_ptr_array_index (clients, i));
      return;
    }
  array = cJSON_CreateArray ();
  for (guint i = 0; i < clients->len; i++)
    cJSON_AddItemToArray (array, ofc_cli_client_to_json (g_ptr_array_index (clients, i)));
  ofc_cli_print_json (array);
}

static int
add_run (OfcCli *cli,
         int     argc,
         char  **argv)
{
  g_autoptr(OfcCliClientFields) fields = ofc_cli_client_fields_new ();
  g_autoptr(GOptionGroup) group = ofc_cli_client_fields_get_group (fields, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(OfcClient) client = NULL;
  g_autofree char *warning = NULL;

  if (!ofc_cli_parse_group (cli, N_("— add a client"), group, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1 || !ofc_cli_client_fields_has_name (fields))
    return ofc_cli_usage_error (cli, _("“client add” needs --name"));
  store = open_store (cli, &error);
  client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  if (store == NULL || !ofc_cli_client_fields_apply (fields, store, client, &error)
      || !ofc_client_store_create (store, client, &warning, &error))
    return ofc_cli_fail (cli, error);
  report (cli, client, warning, NULL);
  return 0;
}

static int
edit_run (OfcCli *cli,
          int     argc,
          char  **argv)
{
  g_autoptr(OfcCliClientFields) fields = ofc_cli_client_fields_new ();
  g_autoptr(GOptionGroup) group = ofc_cli_client_fields_get_group (fields, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(OfcClient) client = NULL;
  g_autofree char *warning = NULL;

  if (!ofc_cli_parse_group (cli, N_("ID — change a client’s fields"), group, &argc, &argv,
                            &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _("“client edit” needs the client’s id"));
  store = open_store (cli, &error);
  if (store == NULL || (client = find_client (store, argv[1], &error)) == NULL
      || !ofc_cli_client_fields_apply (fields, store, client, &error)
      || !ofc_client_store_update (store, client, &warning, &error))
    return ofc_cli_fail (cli, error);
  report (cli, client, warning, NULL);
  return 0;
}

static int
show_run (OfcCli *cli,
          int     argc,
          char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(OfcClient) client = NULL;
  g_auto (OfcClientOrders) orders = { 0 };

  if (!ofc_cli_parse_options (cli, N_ ("ID — show a client and their orders at a glance"), NULL,
                              &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _("“client show” needs the client’s id"));
  store = open_store (cli, &error);
  if (store == NULL || (client = find_client (store, argv[1], &error)) == NULL ||
      !ofc_client_orders_load (cli->context, ofc_client_get_id (client), &orders, &error))
    return ofc_cli_fail (cli, error);
  report (cli, client, NULL, &orders);
  return 0;
}

/* what "client search" and "client list" share: a @query of %NULL lists, newest first */
static int
search_and_report (OfcCli *cli, const char *query, gboolean archived, int offset, int limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = open_store (cli, &error);
  g_autoptr(GPtrArray) clients = NULL;

  if (store == NULL
      || (clients = ofc_client_store_search (store, query,
                                             archived ? OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED : 0,
                                             (guint) offset, (guint) limit, &error))
           == NULL)
    return ofc_cli_fail (cli, error);
  report_many (cli, clients);
  return 0;
}

static int
search_run (OfcCli *cli,
            int     argc,
            char  **argv)
{
  gboolean archived = FALSE;
  int limit = OFC_CLIENT_SEARCH_PAGE;
  int offset = 0;
  const GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived clients"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N clients"), N_("N") },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_("Skip the first N matches"), N_("N") },
    { NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  if (!ofc_cli_parse_options (cli, N_("QUERY — find clients by name, phone, e-mail, tag or card"),
                              entries, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc < 2 || limit < 1 || offset < 0)
    return ofc_cli_usage_error (cli, _("“client search” needs a query"));
  query = g_strjoinv (" ", argv + 1);
  return search_and_report (cli, query, archived, offset, limit);
}

static int
list_run (OfcCli *cli,
          int     argc,
          char  **argv)
{
  gboolean archived = FALSE;
  int limit = 100;
  int offset = 0;
  const GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived clients"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N clients"), N_("N") },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_("Skip the first N clients"), N_("N") },
    { NULL },
  };
  g_autoptr(GError) error = NULL;

  if (!ofc_cli_parse_options (cli, N_("— list clients, newest first"), entries, &argc, &argv,
                              &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 1 || limit < 1 || offset < 0)
    return ofc_cli_usage_error (cli, _("“client list” takes no arguments"));
  return search_and_report (cli, NULL, archived, offset, limit);
}

static int
set_archived (OfcCli  *cli,
              int      argc,
              char   **argv,
              gboolean archive)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(OfcClient) client = NULL;

  if (!ofc_cli_parse_options (cli, archive ? N_("ID — archive a client")
                                           : N_("ID — bring an archived client back"),
                              NULL, &argc, &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _("This command needs the client’s id"));
  store = open_store (cli, &error);
  if (store == NULL || (client = find_client (store, argv[1], &error)) == NULL
      || !(archive ? ofc_client_store_archive (store, client, &error)
                   : ofc_client_store_restore (store, client, &error)))
    return ofc_cli_fail (cli, error);
  report (cli, client, NULL, NULL);
  return 0;
}

static int
archive_run (OfcCli *cli,
             int     argc,
             char  **argv)
{
  return set_archived (cli, argc, argv, TRUE);
}

static int
restore_run (OfcCli *cli,
             int     argc,
             char  **argv)
{
  return set_archived (cli, argc, argv, FALSE);
}

static int
history_run (OfcCli *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(OfcClient) client = NULL;
  g_autoptr(GListModel) history = NULL;

  if (!ofc_cli_parse_options (cli, N_("ID — show who changed a client, and what"), NULL, &argc,
                              &argv, &error))
    return ofc_cli_usage_error (cli, "%s", error->message);
  if (argc != 2)
    return ofc_cli_usage_error (cli, _("“client history” needs the client’s id"));
  store = open_store (cli, &error);
  if (store == NULL || (client = find_client (store, argv[1], &error)) == NULL
      || (history = ofc_journal_list (ofc_context_get_database (cli->context),
                                      ofc_client_get_id (client), &error))
           == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_history (cli, history);
  return 0;
}

static const OfcCliCommand verbs[] = {
  { "add", NULL, add_run },         { "search", NULL, search_run },
  { "show", NULL, show_run },       { "edit", NULL, edit_run },
  { "archive", NULL, archive_run }, { "restore", NULL, restore_run },
  { "list", NULL, list_run },       { "history", NULL, history_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_client_run (OfcCli *cli,
                    int     argc,
                    char  **argv)
{
  return ofc_cli_run_verb (cli, "client", verbs, argc, argv);
}
