/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli order-type and device-type (with its intake preset).
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

static OfcContext *
open_shop (OfcCli *cli, GError **error)
{
  return ofc_cli_open (cli, OFC_DATABASE_OPEN_DEFAULT, error);
}

/*
 * Listing, adding, archiving and restoring: the same for order types and device types. A
 * CatalogKind holds what differs, so each verb is written once for both.
 */

typedef struct
{
  const char *list_usage; /* N_() */
  const char *add_usage;
  const char *archive_usage;
  const char *restore_usage;
  GListModel *(*list) (OfcContext *context, gboolean with_archived, GError **error);
  const char *(*get_name) (GObject *item);
  /* these return the name stored, or %NULL with @error set */
  char *(*add) (OfcContext *context, const char *name, GError **error);
  char *(*set_archived) (OfcContext *context, const char *name, gboolean archived, GError **error);
} CatalogKind;

static int
catalog_list (OfcCli *cli, const CatalogKind *kind, int argc, char **argv)
{
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived ones"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) items = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  int status = 0;

  if (!ofc_cli_parse_args (cli, kind->list_usage, entries, &argc, &argv, 0, &status))
    return status;
  if (open_shop (cli, &error) == NULL
      || (items = kind->list (cli->context, archived, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (items, i);

      g_ptr_array_add (names, (gpointer) kind->get_name (item));
    }
  g_ptr_array_add (names, NULL);
  ofc_cli_print_names (cli, (const char *const *) names->pdata);
  return 0;
}

static int
catalog_add (OfcCli *cli, const CatalogKind *kind, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, kind->add_usage, NULL, &argc, &argv, 1, &status))
    return status;
  if (open_shop (cli, &error) == NULL
      || (name = kind->add (cli->context, argv[1], &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_report_done (cli, _("added"), name);
  return 0;
}

static int
catalog_archive (OfcCli *cli, const CatalogKind *kind, int argc, char **argv, gboolean archive)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, archive ? kind->archive_usage : kind->restore_usage, NULL, &argc,
                           &argv, 1, &status))
    return status;
  if (open_shop (cli, &error) == NULL
      || (name = kind->set_archived (cli->context, argv[1], archive, &error)) == NULL)
    return ofc_cli_fail (cli, error);
  ofc_cli_report_done (cli, archive ? _("archived") : _("restored"), name);
  return 0;
}

/*
 * Order types
 */

static const char *
order_type_get_name (GObject *type)
{
  return ofc_order_type_get_name (OFC_ORDER_TYPE (type));
}

static char *
order_type_add (OfcContext *context, const char *name, GError **error)
{
  g_autoptr (OfcOrderType) type = ofc_order_type_new (name);

  if (!ofc_order_type_save (context, type, error))
    return NULL;
  return g_strdup (ofc_order_type_get_name (type));
}

static char *
order_type_set_archived (OfcContext *context, const char *name, gboolean archived, GError **error)
{
  g_autoptr (OfcOrderType) type = ofc_order_type_find (context, name, error);

  if (type == NULL
      || !(archived ? ofc_order_type_archive (context, type, error)
                    : ofc_order_type_restore (context, type, error)))
    return NULL;
  return g_strdup (ofc_order_type_get_name (type));
}

static const CatalogKind order_types = {
  N_("— the order types"),
  N_("NAME — add an order type"),
  N_("NAME — stop offering an order type"),
  N_("NAME — offer an archived order type again"),
  ofc_order_type_list,
  order_type_get_name,
  order_type_add,
  order_type_set_archived,
};

static int
order_type_list_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_list (cli, &order_types, argc, argv);
}

static int
order_type_add_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_add (cli, &order_types, argc, argv);
}

static int
order_type_archive_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_archive (cli, &order_types, argc, argv, TRUE);
}

static int
order_type_restore_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_archive (cli, &order_types, argc, argv, FALSE);
}

/* deletes a type, moving its orders to another one in the same transaction */
static int
order_type_remove_run (OfcCli *cli, int argc, char **argv)
{
  char *move_to = NULL;
  const GOptionEntry entries[] = {
    { "move-to", 0, 0, G_OPTION_ARG_STRING, &move_to, N_("Move its orders to this type"), N_("TYPE") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderType) type = NULL;
  g_autoptr (OfcOrderType) replacement = NULL;
  g_autofree char *move_to_owned = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, N_("NAME — delete an order type, moving its orders"), entries, &argc,
                   &argv, 1, &status))
    return status;
  move_to_owned = move_to;
  if (open_shop (cli, &error) == NULL
      || (type = ofc_order_type_find (cli->context, argv[1], &error)) == NULL
      || (move_to != NULL
          && (replacement = ofc_order_type_find (cli->context, move_to, &error)) == NULL)
      || !ofc_order_type_remove (cli->context, type, replacement, &error))
    return ofc_cli_fail (cli, error);
  ofc_cli_report_done (cli, _("removed"), argv[1]);
  return 0;
}

static const OfcCliCommand order_type_verbs[] = {
  { "list", NULL, order_type_list_run },
  { "add", NULL, order_type_add_run },
  { "archive", NULL, order_type_archive_run },
  { "restore", NULL, order_type_restore_run },
  { "remove", NULL, order_type_remove_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_order_type_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "order-type", order_type_verbs, argc, argv);
}

/*
 * Device types and their intake presets
 */

static const char *
device_type_get_name (GObject *type)
{
  return ofc_device_type_get_name (OFC_DEVICE_TYPE (type));
}

static char *
device_type_add (OfcContext *context, const char *name, GError **error)
{
  g_autoptr (OfcDeviceType) type = ofc_device_type_new (name);

  if (!ofc_device_type_save (context, type, error))
    return NULL;
  return g_strdup (ofc_device_type_get_name (type));
}

static char *
device_type_set_archived (OfcContext *context, const char *name, gboolean archived, GError **error)
{
  g_autoptr (OfcDeviceType) type = ofc_device_type_find (context, name, error);

  if (type == NULL
      || !(archived ? ofc_device_type_archive (context, type, error)
                    : ofc_device_type_restore (context, type, error)))
    return NULL;
  return g_strdup (ofc_device_type_get_name (type));
}

static const CatalogKind device_types = {
  N_("— the device types"),
  N_("NAME — add a device type"),
  N_("NAME — stop offering a device type"),
  N_("NAME — offer an archived device type again"),
  ofc_device_type_list,
  device_type_get_name,
  device_type_add,
  device_type_set_archived,
};

static int
device_type_list_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_list (cli, &device_types, argc, argv);
}

static int
device_type_add_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_add (cli, &device_types, argc, argv);
}

static int
device_type_archive_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_archive (cli, &device_types, argc, argv, TRUE);
}

static int
device_type_restore_run (OfcCli *cli, int argc, char **argv)
{
  return catalog_archive (cli, &device_types, argc, argv, FALSE);
}

typedef struct
{
  char **malfunctions;
  char *appearance;
  char *completeness;
  char *estimate;
  int deadline_days;
} PresetOptions;

static void
preset_options_clear (PresetOptions *options)
{
  g_strfreev (options->malfunctions);
  g_free (options->appearance);
  g_free (options->completeness);
  g_free (options->estimate);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PresetOptions, preset_options_clear)

/* the device type's first preset, or a new one named after it */
static OfcIntakePreset *
load_preset (OfcCli *cli, OfcDeviceType *type, GError **error)
{
  g_autoptr (GListModel) presets =
      ofc_intake_preset_list (cli->context, ofc_device_type_get_id (type), error);

  if (presets == NULL)
    return NULL;
  if (g_list_model_get_n_items (presets) > 0)
    return g_list_model_get_item (presets, 0);
  return ofc_intake_preset_new (ofc_device_type_get_id (type), ofc_device_type_get_name (type));
}

static gboolean
apply_preset_options (OfcCli *cli, PresetOptions *options, OfcIntakePreset *preset,
                      GError **error)
{
  gint64 estimate = 0;

  if (options->malfunctions != NULL)
    {
      g_autofree char *lines = g_strjoinv ("\n", options->malfunctions);

      ofc_intake_preset_set_malfunctions (preset, lines);
    }
  if (options->appearance != NULL)
    ofc_intake_preset_set_appearance (preset, options->appearance);
  if (options->completeness != NULL)
    ofc_intake_preset_set_completeness (preset, options->completeness);
  if (options->deadline_days >= 0)
    ofc_intake_preset_set_deadline_days (preset, options->deadline_days);
  if (options->estimate == NULL)
    return TRUE;
  if (!ofc_cli_parse_money (cli, "--estimate", options->estimate, &estimate, error))
    return FALSE;
  ofc_intake_preset_set_estimate (preset, estimate);
  return TRUE;
}

static void
print_preset (OfcCli *cli, OfcDeviceType *type, OfcIntakePreset *preset)
{
  g_autofree char *estimate = ofc_cli_format_money (cli, ofc_intake_preset_get_estimate (preset));
  cJSON *object;

  if (!cli->json)
    {
      printf ("%s\n%s\n%s\n%s: %s\n%s: %s\n%s: %s\n%s: %d\n", ofc_device_type_get_name (type),
              _("Malfunctions:"), ofc_intake_preset_get_malfunctions (preset), _("Appearance"),
              ofc_intake_preset_get_appearance (preset), _("Completeness"),
              ofc_intake_preset_get_completeness (preset), _("Estimated price"), estimate,
              _("Days to deadline"), ofc_intake_preset_get_deadline_days (preset));
      return;
    }
  object = cJSON_CreateObject ();
  cJSON_AddStringToObject (object, "device_type", ofc_device_type_get_name (type));
  cJSON_AddStringToObject (object, "malfunctions", ofc_intake_preset_get_malfunctions (preset));
  cJSON_AddStringToObject (object, "appearance", ofc_intake_preset_get_appearance (preset));
  cJSON_AddStringToObject (object, "completeness", ofc_intake_preset_get_completeness (preset));
  cJSON_AddItemToObject (object, "estimate",
                         ofc_cli_json_minor (cli, ofc_intake_preset_get_estimate (preset)));
  cJSON_AddNumberToObject (object, "deadline_days", ofc_intake_preset_get_deadline_days (preset));
  ofc_cli_print_json (object);
}

/* shows the preset of a device type, or changes it when options are given */
static int
device_type_preset_run (OfcCli *cli, int argc, char **argv)
{
  g_auto (PresetOptions) options = { NULL, NULL, NULL, NULL, -1 };
  const GOptionEntry entries[] = {
    { "malfunction", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.malfunctions, N_("A usual malfunction (repeat for several)"), N_("TEXT") },
    { "appearance", 0, 0, G_OPTION_ARG_STRING, &options.appearance, N_("The usual appearance"), N_("TEXT") },
    { "completeness", 0, 0, G_OPTION_ARG_STRING, &options.completeness, N_("What usually comes with it"), N_("TEXT") },
    { "estimate", 0, 0, G_OPTION_ARG_STRING, &options.estimate, N_("Estimated price"), N_("AMOUNT") },
    { "deadline-days", 0, 0, G_OPTION_ARG_INT, &options.deadline_days, N_("Days to deadline"), N_("N") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDeviceType) type = NULL;
  g_autoptr (OfcIntakePreset) preset = NULL;
  int status = 0;

  if (!ofc_cli_parse_args (cli, N_("NAME — show or change the intake preset of a device type"), entries,
                   &argc, &argv, 1, &status))
    return status;
  if (open_shop (cli, &error) == NULL
      || (type = ofc_device_type_find (cli->context, argv[1], &error)) == NULL
      || (preset = load_preset (cli, type, &error)) == NULL
      || !apply_preset_options (cli, &options, preset, &error)
      || !ofc_intake_preset_save (cli->context, preset, &error))
    return ofc_cli_fail (cli, error);
  print_preset (cli, type, preset);
  return 0;
}

static const OfcCliCommand device_type_verbs[] = {
  { "list", NULL, device_type_list_run },
  { "add", NULL, device_type_add_run },
  { "archive", NULL, device_type_archive_run },
  { "restore", NULL, device_type_restore_run },
  { "preset", NULL, device_type_preset_run },
  { NULL, NULL, NULL },
};

int
ofc_cli_device_type_run (OfcCli *cli, int argc, char **argv)
{
  return ofc_cli_run_verb (cli, "device-type", device_type_verbs, argc, argv);
}
