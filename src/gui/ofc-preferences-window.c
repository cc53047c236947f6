/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPreferencesWindow: where the database lives, where backups go, and "Back Up Now",
 * which copies the database in a worker thread on its own connection so the counter keeps
 * working meanwhile; and which documents print by themselves when an order is taken in,
 * a setting kept in the database so officina-cli follows it too.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-preferences-window.h"

struct _OfcPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkSwitch *auto_receipt_switch;
  GtkSwitch *auto_sticker_switch;
  AdwActionRow *backup_folder_row;
  GtkButton *backup_button;
  AdwActionRow *database_row;
  AdwPreferencesGroup *printing_group;

  /* Owned references */
  OfcContext *context;
  GSettings *settings;
  GCancellable *cancellable;

  /* Borrowed references */
  OfcApplication *application;

  gboolean loading;
};

G_DEFINE_FINAL_TYPE (OfcPreferencesWindow, ofc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static char *
dup_backup_folder (OfcPreferencesWindow *self)
{
  if (self->context == NULL)
    return g_strdup ("");
  return ofc_paths_dup_backup_folder (ofc_database_get_path (ofc_context_get_database (self->context)));
}

static void
update_rows (OfcPreferencesWindow *self)
{
  g_autofree char *folder = dup_backup_folder (self);
  g_autofree char *fallback = ofc_paths_dup_default_database ();
  const char *database = self->context != NULL
                           ? ofc_database_get_path (ofc_context_get_database (self->context))
                           : fallback;

  adw_action_row_set_subtitle (self->database_row, database);
  adw_action_row_set_subtitle (self->backup_folder_row, folder);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.backup-now", self->context != NULL);
}

/* runs in a worker thread: a connection of its own, never the main thread's */
static void
back_up_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OfcDatabase *main_database = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open_another (main_database, &error);
  g_autofree char *folder = ofc_paths_dup_backup_folder (ofc_database_get_path (main_database));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "officina-%Y%m%d-%H%M%S.db");
  g_autofree char *destination = g_build_filename (folder, name, NULL);

  if (database == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno),
                               _("Cannot create the folder “%s”"), folder);
      return;
    }
  if (!ofc_database_backup_to (database, destination, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&destination), g_free);
}

static void
on_back_up_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OfcPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *destination = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_button), TRUE);
  message = error != NULL ? g_strdup (error->message)
                          : g_strdup_printf (_("Backed up to %s"), destination);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
on_folder_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  OfcPreferencesWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (folder);

      g_settings_set_string (self->settings, "backup-folder", path);
      update_rows (self);
    }
  g_object_unref (dialog);
}

static void
load_auto_print (OfcPreferencesWindow *self)
{
  OfcPrintAuto documents = self->context != NULL ? ofc_print_settings_get_auto (self->context)
                                                 : OFC_PRINT_AUTO_NONE;

  self->loading = TRUE;
  gtk_switch_set_active (self->auto_sticker_switch, (documents & OFC_PRINT_AUTO_STICKER) != 0);
  gtk_switch_set_active (self->auto_receipt_switch,
                         (documents & OFC_PRINT_AUTO_INTAKE_RECEIPT) != 0);
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->printing_group), self->context != NULL);
}

static void
on_auto_print_changed_cb (OfcPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  OfcPrintAuto documents = OFC_PRINT_AUTO_NONE;

  if (self->loading || self->context == NULL)
    return;
  if (gtk_switch_get_active (self->auto_sticker_switch))
    documents |= OFC_PRINT_AUTO_STICKER;
  if (gtk_switch_get_active (self->auto_receipt_switch))
    documents |= OFC_PRINT_AUTO_INTAKE_RECEIPT;
  if (ofc_print_settings_set_auto (self->context, documents, &error))
    return;
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  load_auto_print (self);
}

/*
 * Actions
 */

static void
choose_database_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "app.choose-database", NULL);
  gtk_window_close (GTK_WINDOW (widget));
}

static void
choose_backup_folder_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Choose a Backup Folder"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"),
                                 _("_Cancel"));

  g_signal_connect (dialog, "response", G_CALLBACK (on_folder_chosen_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
backup_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ofc_preferences_window_back_up (OFC_PREFERENCES_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
ofc_preferences_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (ofc_preferences_window_parent_class)->constructed (object);
  update_rows (OFC_PREFERENCES_WINDOW (object));
  load_auto_print (OFC_PREFERENCES_WINDOW (object));
}

static void
ofc_preferences_window_dispose (GObject *object)
{
  OfcPreferencesWindow *self = OFC_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ofc_preferences_window_parent_class)->dispose (object);
}

static void
ofc_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OfcPreferencesWindow *self = OFC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_preferences_window_class_init (OfcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_preferences_window_constructed;
  object_class->dispose = ofc_preferences_window_dispose;
  object_class->set_property = ofc_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ofc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, auto_receipt_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, auto_sticker_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, backup_button);
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPreferencesWindow, printing_group);
  gtk_widget_class_bind_template_callback (widget_class, on_auto_print_changed_cb);

  gtk_widget_class_install_action (widget_class, "prefs.choose-database", NULL,
                                   choose_database_action);
  gtk_widget_class_install_action (widget_class, "prefs.choose-backup-folder", NULL,
                                   choose_backup_folder_action);
  gtk_widget_class_install_action (widget_class, "prefs.backup-now", NULL, backup_now_action);
}

static void
ofc_preferences_window_init (OfcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_ID);
  self->cancellable = g_cancellable_new ();
}

/*
 * Public API
 */

OfcPreferencesWindow *
ofc_preferences_window_new (OfcApplication *application,
                            OfcContext     *context)
{
  OfcPreferencesWindow *self = g_object_new (OFC_TYPE_PREFERENCES_WINDOW, "context", context,
                                             "application", application, NULL);

  self->application = application;
  return self;
}

/**
 * ofc_preferences_window_back_up:
 *
 * Starts a backup into the backup folder; a toast reports where it went or why it failed.
 */
void
ofc_preferences_window_back_up (OfcPreferencesWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OFC_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (self->context != NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_button), FALSE);
  task = g_task_new (NULL, self->cancellable, on_back_up_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, ofc_preferences_window_back_up);
  g_task_set_task_data (task, g_object_ref (ofc_context_get_database (self->context)),
                        g_object_unref);
  g_task_run_in_thread (task, back_up_thread);
}
