/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusEditor: the allowed next statuses are a checklist of every other active
 * status, built when the editor loads. The status is saved first (a new one needs its id)
 * and its transitions right after; each is journaled.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-color-palette.h"
#include "ofc-gui-error.h"
#include "ofc-status-editor.h"

struct _OfcStatusEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  OfcColorPalette *color_palette;
  AdwComboRow *group_row;
  AdwEntryRow *name_row;
  GtkListBox *next_list;
  GtkSpinButton *norm_spin;

  /* Owned references */
  GPtrArray *next_checks; /* GtkCheckButton, each with its status as "ofc-status" */
};

G_DEFINE_FINAL_TYPE (OfcStatusEditor, ofc_status_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcStatusEditor, name_row),
  OFC_EDITOR_FIELD ("group", OfcStatusEditor, group_row),
  OFC_EDITOR_FIELD ("color", OfcStatusEditor, color_palette),
  OFC_EDITOR_FIELD ("norm-hours", OfcStatusEditor, norm_spin),
};

#define STATUS_KEY "ofc-status"

/*
 * Auxiliary methods
 */

static gboolean
contains_status (GListModel *statuses, OfcOrderStatus *status)
{
  for (guint i = 0; statuses != NULL && i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr (OfcOrderStatus) other = g_list_model_get_item (statuses, i);

      if (ofc_uuid_equal (ofc_order_status_get_id (other), ofc_order_status_get_id (status)))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_next_row (OfcStatusEditor *self, OfcOrderStatus *status, gboolean allowed)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *name = g_strdup_printf ("next-%s", ofc_order_status_get_name (status));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ofc_order_status_get_name (status));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               ofc_status_group_get_label (ofc_order_status_get_group (status)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), allowed);
  gtk_widget_set_name (check, name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* one Tab stop per status: the check box, not the row around it */
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data_full (G_OBJECT (check), STATUS_KEY, g_object_ref (status), g_object_unref);
  g_ptr_array_add (self->next_checks, check);
  return row;
}

static void
clear_next_list (OfcStatusEditor *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->next_list, 0)) != NULL)
    gtk_list_box_remove (self->next_list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->next_checks, 0);
}

/* every other active status, checked where an order in @status may go now */
static void
load_next (OfcStatusEditor *self, OfcOrderStatus *status)
{
  OfcContext *context = ofc_reference_editor_get_context (OFC_REFERENCE_EDITOR (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) all = ofc_order_status_list (context, FALSE, &error);
  g_autoptr (GListModel) next = NULL;

  clear_next_list (self);
  if (!ofc_reference_editor_is_new (OFC_REFERENCE_EDITOR (self)))
    next = ofc_order_status_list_next (context, status, &error);
  if (all == NULL || error != NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self->next_list), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (OfcOrderStatus) other = g_list_model_get_item (all, i);

      if (!ofc_uuid_equal (ofc_order_status_get_id (other), ofc_order_status_get_id (status)))
        gtk_list_box_append (self->next_list,
                             make_next_row (self, other, contains_status (next, other)));
    }
}

static GPtrArray *
dup_checked_next (OfcStatusEditor *self)
{
  GPtrArray *next = g_ptr_array_new ();

  for (guint i = 0; i < self->next_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->next_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (next, g_object_get_data (G_OBJECT (check), STATUS_KEY));
    }
  return next;
}

static GListModel *
make_group_model (void)
{
  GtkStringList *groups = gtk_string_list_new (NULL);

  for (guint i = 0; i < OFC_N_STATUS_GROUPS; i++)
    gtk_string_list_append (groups, ofc_status_group_get_label ((OfcStatusGroup) i));
  return G_LIST_MODEL (groups);
}

/*
 * OfcReferenceEditor overrides
 */

static GObject *
ofc_status_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_order_status_new ("", OFC_STATUS_GROUP_IN_PROGRESS));
}

static GObject *
ofc_status_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_order_status_load (ofc_reference_editor_get_context (editor),
                                          ofc_order_status_get_id (OFC_ORDER_STATUS (item)),
                                          error));
}

static void
ofc_status_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcStatusEditor *self = OFC_STATUS_EDITOR (editor);
  OfcOrderStatus *status = OFC_ORDER_STATUS (item);

  ofc_reference_editor_set_heading (editor, _ ("New Status"), _ ("Status"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ofc_order_status_get_name (status));
  adw_combo_row_set_selected (self->group_row, ofc_order_status_get_group (status));
  ofc_color_palette_set_color (self->color_palette, ofc_order_status_get_color (status));
  gtk_spin_button_set_value (self->norm_spin, ofc_order_status_get_norm_hours (status));
  load_next (self, status);
}

static gboolean
ofc_status_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcStatusEditor *self = OFC_STATUS_EDITOR (editor);
  OfcContext *context = ofc_reference_editor_get_context (editor);
  OfcOrderStatus *status = OFC_ORDER_STATUS (item);
  g_autoptr (GPtrArray) next = dup_checked_next (self);

  ofc_order_status_set_name (status, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  ofc_order_status_set_group (status,
                              (OfcStatusGroup) adw_combo_row_get_selected (self->group_row));
  ofc_order_status_set_color (status, ofc_color_palette_get_color (self->color_palette));
  ofc_order_status_set_norm_hours (status, gtk_spin_button_get_value_as_int (self->norm_spin));
  return ofc_order_status_save (context, status, error) &&
         ofc_order_status_set_next (context, status, next, error);
}

static GtkWidget *
ofc_status_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

/*
 * GObject overrides
 */

static void
ofc_status_editor_dispose (GObject *object)
{
  OfcStatusEditor *self = OFC_STATUS_EDITOR (object);

  g_clear_pointer (&self->next_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (ofc_status_editor_parent_class)->dispose (object);
}

static void
ofc_status_editor_class_init (OfcStatusEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  object_class->dispose = ofc_status_editor_dispose;
  editor_class->create = ofc_status_editor_create;
  editor_class->reload = ofc_status_editor_reload;
  editor_class->load = ofc_status_editor_load;
  editor_class->save = ofc_status_editor_save;
  editor_class->get_field_widget = ofc_status_editor_get_field_widget;

  g_type_ensure (OFC_TYPE_COLOR_PALETTE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-status-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcStatusEditor, color_palette);
  gtk_widget_class_bind_template_child (widget_class, OfcStatusEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, OfcStatusEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcStatusEditor, next_list);
  gtk_widget_class_bind_template_child (widget_class, OfcStatusEditor, norm_spin);
}

static void
ofc_status_editor_init (OfcStatusEditor *self)
{
  g_autoptr (GListModel) groups = make_group_model ();

  self->next_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->group_row, groups);
}

/**
 * ofc_status_editor_new:
 * @status: (nullable): the status to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_status_editor_new (OfcContext *context, OfcOrderStatus *status)
{
  return g_object_new (OFC_TYPE_STATUS_EDITOR, "context", context, "item", status, NULL);
}
