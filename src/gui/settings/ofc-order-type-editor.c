/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderTypeEditor: a one-field form; Enter in the name saves.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-order-type-editor.h"

struct _OfcOrderTypeEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  AdwEntryRow *name_row;
};

G_DEFINE_FINAL_TYPE (OfcOrderTypeEditor, ofc_order_type_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcOrderTypeEditor, name_row),
};

static GObject *
ofc_order_type_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_order_type_new (""));
}

static GObject *
ofc_order_type_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_order_type_load (ofc_reference_editor_get_context (editor),
                                        ofc_order_type_get_id (OFC_ORDER_TYPE (item)), error));
}

static void
ofc_order_type_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcOrderTypeEditor *self = OFC_ORDER_TYPE_EDITOR (editor);

  ofc_reference_editor_set_heading (editor, _ ("New Order Type"), _ ("Order Type"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         ofc_order_type_get_name (OFC_ORDER_TYPE (item)));
}

static gboolean
ofc_order_type_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcOrderTypeEditor *self = OFC_ORDER_TYPE_EDITOR (editor);

  ofc_order_type_set_name (OFC_ORDER_TYPE (item),
                           gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  return ofc_order_type_save (ofc_reference_editor_get_context (editor), OFC_ORDER_TYPE (item),
                              error);
}

static GtkWidget *
ofc_order_type_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

static void
ofc_order_type_editor_class_init (OfcOrderTypeEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  editor_class->create = ofc_order_type_editor_create;
  editor_class->reload = ofc_order_type_editor_reload;
  editor_class->load = ofc_order_type_editor_load;
  editor_class->save = ofc_order_type_editor_save;
  editor_class->get_field_widget = ofc_order_type_editor_get_field_widget;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-order-type-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderTypeEditor, name_row);
}

static void
ofc_order_type_editor_init (OfcOrderTypeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_order_type_editor_new:
 * @type: (nullable): the type to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_order_type_editor_new (OfcContext *context, OfcOrderType *type)
{
  return g_object_new (OFC_TYPE_ORDER_TYPE_EDITOR, "context", context, "item", type, NULL);
}
