/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientSourcesDialog: active sources are entry rows (edit and press Enter to rename)
 * with an archive button; archived ones are listed apart with a restore button. Every
 * change goes through OfcClientStore, which journals it and announces
 * "changed::client_source"; the dialog rebuilds its lists on that signal, like any other
 * view of the sources.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-sources-dialog.h"
#include "ofc-gui-error.h"

struct _OfcClientSourcesDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkListBox *active_list;
  AdwPreferencesGroup *archived_group;
  GtkListBox *archived_list;
  AdwEntryRow *new_row;

  /* Owned references */
  OfcClientStore *store;
};

G_DEFINE_FINAL_TYPE (OfcClientSourcesDialog, ofc_client_sources_dialog, ADW_TYPE_WINDOW)

/*
 * Auxiliary methods
 */

static OfcClientSource *
row_get_source (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ofc-source");
}

static void
row_set_source (GtkWidget *row, OfcClientSource *source)
{
  g_object_set_data_full (G_OBJECT (row), "ofc-source", g_object_ref (source), g_object_unref);
}

static GtkWidget *
make_suffix_button (const char *icon_name, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void on_rename_apply_cb (OfcClientSourcesDialog *self, AdwEntryRow *row);
static void on_archive_clicked_cb (OfcClientSourcesDialog *self, GtkButton *button);
static void on_restore_clicked_cb (OfcClientSourcesDialog *self, GtkButton *button);

static GtkWidget *
make_active_row (OfcClientSourcesDialog *self, OfcClientSource *source)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *button = make_suffix_button ("user-trash-symbolic", _ ("Archive"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Source"));
  gtk_editable_set_text (GTK_EDITABLE (row), ofc_client_source_get_name (source));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  row_set_source (row, source);
  row_set_source (button, source);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_rename_apply_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_archive_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
make_archived_row (OfcClientSourcesDialog *self, OfcClientSource *source)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = make_suffix_button ("edit-undo-symbolic", _ ("Restore"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ofc_client_source_get_name (source));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  row_set_source (button, source);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* the source of the row holding the focus, so a rebuild can put the focus back */
static OfcClientSource *
dup_focused_source (OfcClientSourcesDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  OfcClientSource *source = NULL;

  for (GtkWidget *w = focus; w != NULL && w != row && source == NULL; w = gtk_widget_get_parent (w))
    source = row_get_source (w);
  if (source == NULL && row != NULL)
    source = row_get_source (row);
  return source != NULL ? g_object_ref (source) : NULL;
}

static void
focus_source (GtkListBox *list, OfcClientSource *source)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      OfcClientSource *other = row_get_source (row);

      if (other != NULL &&
          ofc_uuid_equal (ofc_client_source_get_id (other), ofc_client_source_get_id (source)))
        gtk_widget_grab_focus (row);
    }
}

static void
reload (OfcClientSourcesDialog *self)
{
  g_autoptr (OfcClientSource) focused = dup_focused_source (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (self->store, TRUE, &error);
  gboolean any_archived = FALSE;

  clear_list (self->active_list);
  clear_list (self->archived_list);
  if (sources == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self->active_list), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, i);
      gboolean archived = ofc_client_source_get_archived (source);

      any_archived = any_archived || archived;
      if (archived)
        gtk_list_box_append (self->archived_list, make_archived_row (self, source));
      else
        gtk_list_box_append (self->active_list, make_active_row (self, source));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->archived_group), any_archived);
  if (focused != NULL)
    focus_source (self->active_list, focused);
}

/*
 * Callbacks
 */

static void
on_sources_changed_cb (OfcClientSourcesDialog *self)
{
  reload (self);
}

static void
on_new_row_apply_cb (OfcClientSourcesDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientSource) source = NULL;

  source = ofc_client_store_add_source (
      self->store, gtk_editable_get_text (GTK_EDITABLE (self->new_row)), &error);
  if (source == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self->new_row), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
}

static void
on_rename_apply_cb (OfcClientSourcesDialog *self, AdwEntryRow *row)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientSource) renamed = NULL;

  renamed = ofc_client_store_rename_source (self->store, row_get_source (GTK_WIDGET (row)),
                                            gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  if (renamed == NULL)
    ofc_gui_show_error (GTK_WIDGET (row), error);
}

static void
on_archive_clicked_cb (OfcClientSourcesDialog *self, GtkButton *button)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_client_store_archive_source (self->store, row_get_source (GTK_WIDGET (button)), &error))
    ofc_gui_show_error (GTK_WIDGET (self->active_list), error);
}

static void
on_restore_clicked_cb (OfcClientSourcesDialog *self, GtkButton *button)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_client_store_restore_source (self->store, row_get_source (GTK_WIDGET (button)), &error))
    ofc_gui_show_error (GTK_WIDGET (self->active_list), error);
}

/*
 * GObject overrides
 */

static void
ofc_client_sources_dialog_dispose (GObject *object)
{
  OfcClientSourcesDialog *self = OFC_CLIENT_SOURCES_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ofc_client_sources_dialog_parent_class)->dispose (object);
}

static void
ofc_client_sources_dialog_class_init (OfcClientSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_client_sources_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/clients/ofc-client-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientSourcesDialog, active_list);
  gtk_widget_class_bind_template_child (widget_class, OfcClientSourcesDialog, archived_group);
  gtk_widget_class_bind_template_child (widget_class, OfcClientSourcesDialog, archived_list);
  gtk_widget_class_bind_template_child (widget_class, OfcClientSourcesDialog, new_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_row_apply_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ofc_client_sources_dialog_init (OfcClientSourcesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_client_sources_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
OfcClientSourcesDialog *
ofc_client_sources_dialog_new (GtkWindow *parent, OfcClientStore *store)
{
  OfcClientSourcesDialog *self;

  g_return_val_if_fail (OFC_IS_CLIENT_STORE (store), NULL);

  self = g_object_new (OFC_TYPE_CLIENT_SOURCES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (ofc_client_store_get_context (store), "changed::client_source",
                           G_CALLBACK (on_sources_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  /* adding is what the dialog is opened for most; renaming starts from a click or Tab */
  gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
  return self;
}
