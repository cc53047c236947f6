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

/* the label column of cards (client show, order show) */
#define FIELD_WIDTH 22

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

/**
 * ofc_cli_parse_group:
 * @group: (transfer none): the verb's options as a group, e.g. the client fields
 *
 * Like ofc_cli_parse_options() for options kept in a GOptionGroup.
 */
gboolean
ofc_cli_parse_group (OfcCli         *cli,
                     const char     *usage,
                     GOptionGroup   *group,
                     int            *argc,
                     char         ***argv,
                     GError        **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (usage);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, g_option_group_ref (group));
  return g_option_context_parse (context, argc, argv, error);
}

static cJSON *
history_entry_to_json (OfcJournalEntry *entry)
{
  cJSON *object = cJSON_CreateObject ();
  cJSON *changes = cJSON_CreateArray ();
  GPtrArray *fields = ofc_journal_entry_get_changes (entry);

  cJSON_AddItemToObject (object, "at", ofc_cli_json_time (ofc_journal_entry_get_at (entry)));
  cJSON_AddStringToObject (object, "user", ofc_journal_entry_get_user_name (entry));
  cJSON_AddStringToObject (object, "device", ofc_journal_entry_get_device_name (entry));
  cJSON_AddStringToObject (object, "entity", ofc_journal_entry_get_entity (entry));
  cJSON_AddStringToObject (object, "operation", ofc_journal_entry_get_operation (entry));
  for (guint i = 0; i < fields->len; i++)
    {
      OfcFieldChange *change = g_ptr_array_index (fields, i);
      cJSON *item = cJSON_CreateObject ();

      cJSON_AddStringToObject (item, "field", change->field);
      cJSON_AddStringToObject (item, "label", change->label);
      cJSON_AddItemToObject (item, "old", change->old_text != NULL
                                            ? cJSON_CreateString (change->old_text)
                                            : cJSON_CreateNull ());
      cJSON_AddItemToObject (item, "new", change->new_text != NULL
                                            ? cJSON_CreateString (change->new_text)
                                            : cJSON_CreateNull ());
      cJSON_AddItemToArray (changes, item);
    }
  cJSON_AddItemToObject (object, "changes", changes);
  return object;
}

static void
print_history_entry (OfcJournalEntry *entry)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ofc_journal_entry_get_at (entry)
                                                            / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  g_autofree char *summary = ofc_journal_entry_dup_summary (entry);
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

  printf ("%s  %s  %s\n", when, ofc_journal_entry_get_user_name (entry),
          ofc_journal_get_operation_label (ofc_journal_entry_get_operation (entry)));
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    printf ("    %s\n", lines[i]);
}

/* a record's history, oldest first: JSON array or readable lines */
void
ofc_cli_print_history (OfcCli     *cli,
                       GListModel *history)
{
  cJSON *array = cli->json ? cJSON_CreateArray () : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(OfcJournalEntry) entry = g_list_model_get_item (history, i);

      if (array != NULL)
        cJSON_AddItemToArray (array, history_entry_to_json (entry));
      else
        print_history_entry (entry);
    }
  if (array != NULL)
    ofc_cli_print_json (array);
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
 * ofc_cli_pad:
 * @width: in characters, not bytes, so Cyrillic columns line up
 *
 * Returns: (transfer full): @text cut or padded with spaces to @width characters
 */
char *
ofc_cli_pad (const char *text,
             int         width)
{
  glong length = g_utf8_strlen (text != NULL ? text : "", -1);
  g_autoptr(GString) out = g_string_new (text);

  if (length > width)
    {
      g_string_truncate (out, (gsize) (g_utf8_offset_to_pointer (out->str, width - 1) - out->str));
      g_string_append (out, "…");
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ofc_cli_print_field:
 *
 * Prints "Label:   value" with the values of a card in one column, counted in characters
 * so that Russian labels line up too; nothing when @value is empty. A label longer than
 * the column is not cut.
 */
void
ofc_cli_print_field (const char *label,
                     const char *value)
{
  glong pad = FIELD_WIDTH - g_utf8_strlen (label, -1);

  if (value != NULL && *value != '\0')
    printf ("%s%*s %s\n", label, (int) MAX (pad, 0), "", value);
}

/* a list of names: a JSON array or one per line */
void
ofc_cli_print_names (OfcCli            *cli,
                     const char *const *names)
{
  if (cli->json)
    {
      ofc_cli_print_json (cJSON_CreateStringArray (names, (int) g_strv_length ((GStrv) names)));
      return;
    }
  for (guint i = 0; names[i] != NULL; i++)
    printf ("%s\n", names[i]);
}

/* "NAME: added" or {"name": …, "done": …} */
void
ofc_cli_report_done (OfcCli     *cli,
                     const char *what,
                     const char *name)
{
  if (cli->json)
    {
      cJSON *result = cJSON_CreateObject ();

      cJSON_AddStringToObject (result, "name", name);
      cJSON_AddStringToObject (result, "done", what);
      ofc_cli_print_json (result);
    }
  else
    printf ("%s: %s\n", name, what);
}

/* parses a verb's options and checks it got exactly @wanted positional arguments; on
 * failure @status is the exit status of the usage error already reported */
gboolean
ofc_cli_parse_args (OfcCli     *cli,
                    const char *usage,
                    const GOptionEntry *entries,
                    int        *argc,
                    char     ***argv,
                    int         wanted,
                    int        *status)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_cli_parse_options (cli, usage, entries, argc, argv, &error))
    {
      *status = ofc_cli_usage_error (cli, "%s", error->message);
      return FALSE;
    }
  if (*argc != wanted + 1)
    {
      *status = ofc_cli_usage_error (cli, g_dngettext (GETTEXT_PACKAGE,
                                                  "This command needs %d argument; see --help",
                                                  "This command needs %d arguments; see --help",
                                                  (gulong) wanted),
                                     wanted);
      return FALSE;
    }
  return TRUE;
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

  if (argc > 1 && (g_strcmp0 (argv[1], "--help") == 0 || g_strcmp0 (argv[1], "-h") == 0))
    {
      printf (_("Usage: officina-cli [--db FILE] [--json] %s VERB [ARGUMENTS…]\n"), noun);
      printf ("%s", _("Verbs:"));
      for (gsize i = 0; verbs[i].noun != NULL; i++)
        printf (" %s", verbs[i].noun);
      printf ("\n%s\n", _("“--help” after a verb describes it."));
      return 0;
    }
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
