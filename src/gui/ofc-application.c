/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcApplication: start-up, command-line options, the database and context, app actions.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-application.h"
#include "ofc-bench-probe.h"
#include "ofc-preferences-window.h"
#include "ofc-window.h"

struct _OfcApplication
{
  AdwApplication parent_instance;

  /* Owned references */
  OfcContext *context;
  char *database_option;
  gboolean demo_option;
};

G_DEFINE_FINAL_TYPE (OfcApplication, ofc_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Load a demo shop into an empty database"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

/*
 * Auxiliary methods
 */

/* the print worker of this database: jobs queued from any page print in the background */
static void
start_printing (OfcContext *context)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (ofc_database_get_path (ofc_context_get_database (context)),
                 OFC_DATABASE_MEMORY) == 0)
    return;
  if (!ofc_print_queue_start (ofc_print_queue_get_default (context), &error))
    g_warning ("printing is unavailable: %s", error->message);
}

/* checkpoints and search-index merges wait for a quiet moment in a thread of their own, so
 * an intake's commit only appends to the log instead of now and then copying it back with
 * an extra fsync or rewriting hundreds of index pages */
static void
start_upkeep (OfcDatabase *database)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (ofc_database_get_path (database), OFC_DATABASE_MEMORY) != 0
      && !ofc_database_start_upkeep (database, &error))
    g_warning ("checkpoints stay inside commits, search indexes grow unmerged: %s", error->message);
}

static OfcWindow *
open_window (OfcApplication *self,
             const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, OFC_DATABASE_OPEN_DEFAULT, &error);
  OfcWindow *window;

  g_clear_object (&self->context);
  if (database != NULL)
    {
      ofc_database_set_actor (database, NULL, g_get_real_name ());
      start_upkeep (database);
      self->context = ofc_context_new (database);
      start_printing (self->context);
    }
  window = ofc_window_new (GTK_APPLICATION (self), self->context);
  if (database == NULL)
    {
      g_warning ("cannot open %s: %s", path, error->message);
      ofc_window_show_unavailable (window, error);
    }
  return window;
}

/*
 * Actions
 */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  static const char *developers[] = { "The Officina authors", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Officina"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Point of service and client book for repair workshops"),
                         "developer-name", _("The Officina authors"),
                         "developers", developers,
                         "copyright", "© 2026 The Officina authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  OfcApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  OfcPreferencesWindow *preferences = ofc_preferences_window_new (self, self->context);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_database_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  OfcApplication *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
    }
  g_object_unref (dialog);
  if (path != NULL)
    ofc_application_open_database (self, path);
}

static void
choose_database_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  OfcApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Choose a Database"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Open"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "officina.db");
  g_signal_connect (dialog, "response", G_CALLBACK (on_database_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "choose-database", choose_database_activated },
};

/*
 * GApplication overrides
 */

static int
ofc_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  OfcApplication *self = OFC_APPLICATION (application);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("officina %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "database", "^ay", &self->database_option);
  self->demo_option = g_variant_dict_contains (options, "demo");
  return G_APPLICATION_CLASS (ofc_application_parent_class)->handle_local_options (application,
                                                                                   options);
}

static void
ofc_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (ofc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);
}

static void
ofc_application_activate (GApplication *application)
{
  OfcApplication *self = OFC_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window == NULL)
    {
      path = self->database_option != NULL ? g_strdup (self->database_option)
                                           : ofc_paths_dup_default_database ();
      window = GTK_WINDOW (open_window (self, path));
      ofc_bench_probe_attach (window);
      if (self->demo_option)
        ofc_window_load_demo (OFC_WINDOW (window));
    }
  gtk_window_present (window);
}

static void
ofc_application_finalize (GObject *object)
{
  OfcApplication *self = (OfcApplication *) object;

  g_clear_object (&self->context);
  g_free (self->database_option);

  G_OBJECT_CLASS (ofc_application_parent_class)->finalize (object);
}

static void
ofc_application_class_init (OfcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ofc_application_finalize;
  app_class->handle_local_options = ofc_application_handle_local_options;
  app_class->startup = ofc_application_startup;
  app_class->activate = ofc_application_activate;
}

static void
ofc_application_init (OfcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

/*
 * Public API
 */

OfcApplication *
ofc_application_new (void)
{
  return g_object_new (OFC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ofc_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context of the open database
 */
OfcContext *
ofc_application_get_context (OfcApplication *self)
{
  g_return_val_if_fail (OFC_IS_APPLICATION (self), NULL);
  return self->context;
}

/**
 * ofc_application_open_database:
 * @path: the database file
 *
 * Remembers @path as the database to open from now on, closes the windows on the old one
 * and opens a window on the new one.
 */
void
ofc_application_open_database (OfcApplication *self,
                               const char     *path)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GList) old_windows = NULL;

  g_return_if_fail (OFC_IS_APPLICATION (self));

  g_settings_set_string (settings, "database-path", path);
  g_clear_pointer (&self->database_option, g_free);
  /* the new window opens before the old ones close, or the application would quit */
  old_windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (open_window (self, path)));
  for (GList *l = old_windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
}
