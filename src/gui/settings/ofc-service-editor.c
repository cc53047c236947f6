/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcServiceEditor: the price is typed as people write amounts and read in the shop
 * currency; a price that is not an amount is refused on the price row before the store
 * is asked.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-money-row.h"
#include "ofc-service-editor.h"

struct _OfcServiceEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  AdwEntryRow *category_row;
  AdwEntryRow *name_row;
  OfcMoneyRow *price_row;
  GtkSpinButton *warranty_spin;
};

G_DEFINE_FINAL_TYPE (OfcServiceEditor, ofc_service_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcServiceEditor, name_row),
  OFC_EDITOR_FIELD ("category", OfcServiceEditor, category_row),
  OFC_EDITOR_FIELD ("price", OfcServiceEditor, price_row),
  OFC_EDITOR_FIELD ("warranty-days", OfcServiceEditor, warranty_spin),
};

static GObject *
ofc_service_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_service_new ("", 0));
}

static GObject *
ofc_service_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_service_load (ofc_reference_editor_get_context (editor),
                                     ofc_service_get_id (OFC_SERVICE (item)), error));
}

static void
ofc_service_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcServiceEditor *self = OFC_SERVICE_EDITOR (editor);
  OfcService *service = OFC_SERVICE (item);

  ofc_reference_editor_set_heading (editor, _ ("New Service"), _ ("Service"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ofc_service_get_name (service));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), ofc_service_get_category (service));
  ofc_money_row_set_currency (self->price_row,
                              ofc_context_get_currency (ofc_reference_editor_get_context (editor)));
  ofc_money_row_set_value (self->price_row, ofc_service_get_price (service));
  gtk_spin_button_set_value (self->warranty_spin, ofc_service_get_warranty_days (service));
}

static gboolean
ofc_service_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcServiceEditor *self = OFC_SERVICE_EDITOR (editor);
  OfcService *service = OFC_SERVICE (item);
  gint64 price;

  if (!ofc_money_row_get_value (self->price_row, "price", &price, error))
    return FALSE;
  ofc_service_set_name (service, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  ofc_service_set_category (service, gtk_editable_get_text (GTK_EDITABLE (self->category_row)));
  ofc_service_set_price (service, price);
  ofc_service_set_warranty_days (service, gtk_spin_button_get_value_as_int (self->warranty_spin));
  return ofc_service_save (ofc_reference_editor_get_context (editor), service, error);
}

static GtkWidget *
ofc_service_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

static void
ofc_service_editor_class_init (OfcServiceEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  editor_class->create = ofc_service_editor_create;
  editor_class->reload = ofc_service_editor_reload;
  editor_class->load = ofc_service_editor_load;
  editor_class->save = ofc_service_editor_save;
  editor_class->get_field_widget = ofc_service_editor_get_field_widget;

  g_type_ensure (OFC_TYPE_MONEY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-service-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcServiceEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, OfcServiceEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcServiceEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, OfcServiceEditor, warranty_spin);
}

static void
ofc_service_editor_init (OfcServiceEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_service_editor_new:
 * @service: (nullable): the service to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_service_editor_new (OfcContext *context, OfcService *service)
{
  return g_object_new (OFC_TYPE_SERVICE_EDITOR, "context", context, "item", service, NULL);
}
