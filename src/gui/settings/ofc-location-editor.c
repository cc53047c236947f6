/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocationEditor: making a location the default is a switch, applied after the save
 * in its own journaled step; the default location's switch cannot be turned off, since
 * some location must be the default — another one is made the default instead.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-location-editor.h"

struct _OfcLocationEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  AdwEntryRow *address_row;
  GtkSwitch *default_switch;
  AdwEntryRow *name_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *prefix_row;
  AdwComboRow *type_row;

  /* Owned references */
  GListStore *types; /* OfcOrderType offered by type_row, after "Not set" */
};

G_DEFINE_FINAL_TYPE (OfcLocationEditor, ofc_location_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcLocationEditor, name_row),
  OFC_EDITOR_FIELD ("address", OfcLocationEditor, address_row),
  OFC_EDITOR_FIELD ("phone", OfcLocationEditor, phone_row),
  OFC_EDITOR_FIELD ("series-prefix", OfcLocationEditor, prefix_row),
  OFC_EDITOR_FIELD ("order-type-id", OfcLocationEditor, type_row),
  OFC_EDITOR_FIELD ("is-default", OfcLocationEditor, default_switch),
};

/*
 * Auxiliary methods
 */

/* the active types, and the location's own even when archived, so it is shown as it is */
static void
load_types (OfcLocationEditor *self, OfcLocation *location)
{
  OfcContext *context = ofc_reference_editor_get_context (OFC_REFERENCE_EDITOR (self));
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GListModel) types = ofc_order_type_list (context, TRUE, NULL);
  const OfcUuid *selected = ofc_location_get_order_type_id (location);
  guint position = 0;

  g_list_store_remove_all (self->types);
  gtk_string_list_append (names, _ ("Not set"));
  for (guint i = 0; types != NULL && i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr (OfcOrderType) type = g_list_model_get_item (types, i);
      gboolean chosen = ofc_uuid_equal (ofc_order_type_get_id (type), selected);

      if (ofc_order_type_get_archived (type) && !chosen)
        continue;
      g_list_store_append (self->types, type);
      gtk_string_list_append (names, ofc_order_type_get_name (type));
      if (chosen)
        position = g_list_model_get_n_items (G_LIST_MODEL (self->types));
    }
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->type_row, position);
}

static const OfcUuid *
get_selected_type_id (OfcLocationEditor *self)
{
  guint position = adw_combo_row_get_selected (self->type_row);
  g_autoptr (OfcOrderType) type = NULL;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  type = g_list_model_get_item (G_LIST_MODEL (self->types), position - 1);
  /* the store holds a reference: the id stays valid after this one is dropped */
  return ofc_order_type_get_id (type);
}

/*
 * OfcReferenceEditor overrides
 */

static GObject *
ofc_location_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_location_new (""));
}

static GObject *
ofc_location_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_location_load (ofc_reference_editor_get_context (editor),
                                      ofc_location_get_id (OFC_LOCATION (item)), error));
}

static void
ofc_location_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcLocationEditor *self = OFC_LOCATION_EDITOR (editor);
  OfcLocation *location = OFC_LOCATION (item);
  gboolean is_default = ofc_location_get_is_default (location);

  ofc_reference_editor_set_heading (editor, _ ("New Location"), _ ("Location"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ofc_location_get_name (location));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), ofc_location_get_address (location));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), ofc_location_get_phone (location));
  gtk_editable_set_text (GTK_EDITABLE (self->prefix_row),
                         ofc_location_get_series_prefix (location));
  load_types (self, location);
  gtk_switch_set_active (self->default_switch, is_default);
  gtk_widget_set_sensitive (GTK_WIDGET (self->default_switch), !is_default);
}

static gboolean
ofc_location_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcLocationEditor *self = OFC_LOCATION_EDITOR (editor);
  OfcContext *context = ofc_reference_editor_get_context (editor);
  OfcLocation *location = OFC_LOCATION (item);

  ofc_location_set_name (location, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  ofc_location_set_address (location, gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
  ofc_location_set_phone (location, gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  ofc_location_set_series_prefix (location,
                                  gtk_editable_get_text (GTK_EDITABLE (self->prefix_row)));
  ofc_location_set_order_type_id (location, get_selected_type_id (self));
  if (!ofc_location_save (context, location, error))
    return FALSE;
  if (gtk_switch_get_active (self->default_switch) && !ofc_location_get_is_default (location))
    return ofc_location_make_default (context, location, error);
  return TRUE;
}

static GtkWidget *
ofc_location_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

/*
 * GObject overrides
 */

static void
ofc_location_editor_dispose (GObject *object)
{
  g_clear_object (&OFC_LOCATION_EDITOR (object)->types);

  G_OBJECT_CLASS (ofc_location_editor_parent_class)->dispose (object);
}

static void
ofc_location_editor_class_init (OfcLocationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  object_class->dispose = ofc_location_editor_dispose;
  editor_class->create = ofc_location_editor_create;
  editor_class->reload = ofc_location_editor_reload;
  editor_class->load = ofc_location_editor_load;
  editor_class->save = ofc_location_editor_save;
  editor_class->get_field_widget = ofc_location_editor_get_field_widget;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-location-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, default_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, OfcLocationEditor, type_row);
}

static void
ofc_location_editor_init (OfcLocationEditor *self)
{
  self->types = g_list_store_new (OFC_TYPE_ORDER_TYPE);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_location_editor_new:
 * @location: (nullable): the location to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_location_editor_new (OfcContext *context, OfcLocation *location)
{
  return g_object_new (OFC_TYPE_LOCATION_EDITOR, "context", context, "item", location, NULL);
}
