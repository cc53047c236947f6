/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Helpers every officina-cli command shares: opening the database, one-line errors on
 * stderr, option parsing, JSON output.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

/**
 * ofc_cli_open:
 * @flags: how to open; commands that write use %OFC_DATABASE_OPEN_DEFAULT
 *
 * Returns: (transfer none) (nullable): the context on the chosen database
 */
OfcContext *
ofc_cli_open (OfcCli              *cli,
              OfcDatabaseOpenFlags flags,
              GError             **error)
{
  g_autoptr(OfcDatabase) database = NULL;

  if (cli->context != NULL)
    return cli->context;
  database = ofc_database_open (cli->database_path, flags, error);
  if (database == NULL)
    return NULL;
  ofc_database_set_actor (database, NULL, g_get_real_name ());
  cli->context = ofc_context_new (database);
  return cli->context;
}

/* the message on one line, so scripts can log it */
int
ofc_cli_fail (OfcCli       *cli,
              const GError *error)
{
  g_autofree char *message = g_strdup (error->message);

  g_strdelimit (message, "\n\r", ' ');
  fprintf (stderr, "officina-cli: %s\n", message);
  return OFC_CLI_EXIT_FAILURE;
}

int
ofc_cli_usage_error (OfcCli     *cli,
                     const char *format,
                     ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "officina-cli: %s\n", message);
  return OFC_CLI_EXIT_USAGE;
}

/**
 * ofc_cli_parse_options:
 * @usage: the parameter string shown by --help, e.g. "client add"
 * @entries: the verb's options
 *
 * Parses and removes the verb's options from @argc/@argv; what remains are the positional
 * arguments, argv[0] first.
 */
gboolean
ofc_cli_parse_options (OfcCli              *cli,
                       const char          *usage,
                       const GOptionEntry  *entries,
                       int                 *argc,
                       char              ***argv,
                       GError             **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (usage);

  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return g_option_context_parse (context, argc, argv, error);
}

void
ofc_cli_print_json (cJSON *value)
{
  char *text = cJSON_Print (value);

  puts (text);
  cJSON_free (text);
  cJSON_Delete (value);
}

cJSON *
ofc_cli_json_uuid (const OfcUuid *id)
{
  char text[OFC_UUID_STRING_LEN + 1];

  if (id == NULL || ofc_uuid_is_nil (id))
    return cJSON_CreateNull ();
  ofc_uuid_to_string (id, text);
  return cJSON_CreateString (text);
}

/* {"amount": "1234.50", "minor": 123450, "currency": "RUB"}: exact, and easy for scripts */
cJSON *
ofc_cli_json_money (OfcMoney money)
{
  cJSON *object = cJSON_CreateObject ();
  g_autofree char *amount = ofc_money_format (money, ofc_number_format_get_en (),
                                              OFC_MONEY_FORMAT_NO_GROUPING);

  cJSON_AddStringToObject (object, "amount", amount);
  cJSON_AddNumberToObject (object, "minor", (double) money.minor);
  cJSON_AddStringToObject (object, "currency", money.currency);
  return object;
}

/* ISO 8601 in UTC, or null for 0 */
cJSON *
ofc_cli_json_time (gint64 us)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (us == 0)
    return cJSON_CreateNull ();
  time = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  text = g_date_time_format_iso8601 (time);
  return cJSON_CreateString (text);
}

/**
 * ofc_cli_run_verb:
 * @noun: for messages
 * @verbs: (array zero-terminated=1): the verbs of @noun
 * @argv: argv[0] is @noun, argv[1] the verb
 */
int
ofc_cli_run_verb (OfcCli              *cli,
                  const char          *noun,
                  const OfcCliCommand *verbs,
                  int                  argc,
                  char               **argv)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (gsize i = 0; verbs[i].noun != NULL; i++)
    {
      if (argc > 1 && g_strcmp0 (argv[1], verbs[i].noun) == 0)
        return verbs[i].run (cli, argc - 1, argv + 1);
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", verbs[i].noun);
    }
  if (argc < 2)
    return ofc_cli_usage_error (cli, _("“%s” needs a command: %s"), noun, known->str);
  return ofc_cli_usage_error (cli, _("Unknown command “%s %s”; known: %s"), noun, argv[1],
                              known->str);
}
