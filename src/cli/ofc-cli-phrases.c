/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli catalog: the brands and models, and the malfunction, appearance and
 * completeness phrases the intake form offers. Intake learns them from what is typed;
 * these verbs let a manager tidy them up.
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-cli-private.h"

typedef enum
{
  ACTION_LIST,
  ACTION_ADD,
  ACTION_ARCHIVE,
  ACTION_RESTORE,
} Action;

static gboolean
parse_list (const char *name, OfcIntakeList *list, GError **error)
{
  static const char *const names[] = { "malfunction", "appearance", "completeness" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *list = (OfcIntakeList) i;
        return TRUE;
      }
  g_set_error (error, OFC_ERROR, OFC_ERROR_INVALID,
               _ ("Unknown list “%s”; use malfunction, appearance or completeness"), name);
  return FALSE;
}

static const char *
done_word (Action action)
{
  return action == ACTION_ADD ? _ ("added") : action == ACTION_ARCHIVE ? _ ("archived")
                                                                       : _ ("restored");
}

static gboolean
change_phrase (OfcCli *cli, Action action, char **argv, GError **error)
{
  OfcIntakeList list;

  if (!parse_list (argv[1], &list, error))
    return FALSE;
  switch (action)
    {
      case ACTION_ADD:
        return ofc_catalog_add_phrase (cli->context, list, argv[2], error);
      case ACTION_ARCHIVE:
        return ofc_catalog_archive_phrase (cli->context, list, argv[2], error);
      case ACTION_RESTORE:
      case ACTION_LIST:
      default:
        return ofc_catalog_restore_phrase (cli->context, list, argv[2], error);
    }
}

static gboolean
change_brand (OfcCli *cli, Action action, char **argv, GError **error)
{
  if (action == ACTION_ADD)
    return ofc_catalog_add_brand (cli->context, argv[1], error);
  if (action == ACTION_ARCHIVE)
    return ofc_catalog_archive_brand (cli->context, argv[1], error);
  return ofc_catalog_restore_brand (cli->context, argv[1], error);
}

static gboolean
change_model (OfcCli *cli, Action action, char **argv, GError **error)
{
  if (action == ACTION_ADD)
    return ofc_catalog_add_model (cli->context, argv[1], argv[2], error);
  if (action == ACTION_ARCHIVE)
    return ofc_catalog_archive_model (cli->context, argv[1], argv[2], error);
  return ofc_catalog_restore_model (cli->context, argv[1], argv[2], error);
}

typedef struct
{
  const char *kind;   /* "brand", "model", "phrase" */
  const char *usage;  /* untranslated, N_() */
  int n_arguments;    /* for add/archive/restore */
  gboolean (*change) (OfcCli *, Action, char **, GError **);
} Kind;

static const Kind kinds[] = {
  { "brand", N_("BRAND — a brand of devices"), 1, change_brand },
  { "model", N_("BRAND MODEL — a model of a brand"), 2, change_model },
  { "phrase", N_("LIST TEXT — a phrase of the malfunction, appearance or completeness list"), 2,
    change_phrase },
};

static GStrv
list_names (OfcCli *cli, const char *kind, char **argv, gboolean archived, GError **error)
{
  OfcIntakeList list;

  if (g_str_equal (kind, "brand"))
    return ofc_catalog_list_brands (cli->context, archived, error);
  if (g_str_equal (kind, "model"))
    return ofc_catalog_list_models (cli->context, argv[1], archived, error);
  if (!parse_list (argv[1], &list, error))
    return NULL;
  return ofc_catalog_list_phrases (cli->context, list, archived, error);
}

static int
run_list (OfcCli *cli, const char *kind, int argc, char **argv)
{
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_ ("The archived ones instead"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, N_ ("[BRAND | LIST] — list brands, a brand’s models or a list"),
                           entries, &argc, &argv, g_str_equal (kind, "brand") ? 0 : 1, &status))
    return status;
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL
      || (names = list_names (cli, kind, argv, archived, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_print_names (cli, (const char *const *) names);
  return 0;
}

static int
run_change (OfcCli *cli, const Kind *kind, Action action, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, kind->usage, NULL, &argc, &argv, kind->n_arguments, &status))
    return status;
  if (ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, &error) == NULL
      || !kind->change (cli, action, argv, &error))
    return ofc_cli_fail (cli, error);
  name = g_strjoinv (" ", argv + 1);
  ofc_cli_report_done (cli, done_word (action), name);
  return 0;
}

/* "catalog add-brand X", "catalog models BRAND", "catalog archive-phrase LIST TEXT" … */
static int
run_catalog_verb (OfcCli *cli, int argc, char **argv)
{
  static const char *const prefixes[] = { "add-", "archive-", "restore-" };
  static const Action actions[] = { ACTION_ADD, ACTION_ARCHIVE, ACTION_RESTORE };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *plural = g_strconcat (kinds[k].kind, "s", NULL);

      if (g_str_equal (argv[0], plural))
        return run_list (cli, kinds[k].kind, argc, argv);
      for (guint a = 0; a < G_N_ELEMENTS (prefixes); a++)
        {
          g_autofree char *verb = g_strconcat (prefixes[a], kinds[k].kind, NULL);

          if (g_str_equal (argv[0], verb))
            return run_change (cli, &kinds[k], actions[a], argc, argv);
        }
    }
  return -1;
}

int
ofc_cli_catalog_run (OfcCli *cli, int argc, char **argv)
{
  int status;

  if (argc >= 2 && (status = run_catalog_verb (cli, argc - 1, argv + 1)) >= 0)
    return status;
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _ ("Usage: officina-cli catalog brands | models BRAND | phrases LIST\n"
                          "       officina-cli catalog add-brand BRAND | add-model BRAND MODEL |"
                          " add-phrase LIST TEXT\n"
                          "       (and archive-… / restore-… for each)\n"
                          "LIST is malfunction, appearance or completeness."));
      return 0;
    }
  return ofc_cli_usage_error (cli, _ ("Unknown or missing catalog command; see “officina-cli catalog --help”"));
}
