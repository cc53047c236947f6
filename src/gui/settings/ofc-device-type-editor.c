/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceTypeEditor: the editor keeps one preset per type, the first the store lists
 * (the counter uses it to fill the intake form). A type without a preset gets one only
 * when something is filled in; the estimate is read before anything is saved, so a
 * refused amount changes nothing.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-device-type-editor.h"
#include "ofc-money-row.h"

struct _OfcDeviceTypeEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  GtkTextView *appearance_view;
  GtkTextView *completeness_view;
  GtkSpinButton *deadline_spin;
  OfcMoneyRow *estimate_row;
  GtkTextView *malfunctions_view;
  AdwEntryRow *name_row;

  /* Owned references */
  OfcIntakePreset *preset; /* NULL until the type has one */
};

G_DEFINE_FINAL_TYPE (OfcDeviceTypeEditor, ofc_device_type_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcDeviceTypeEditor, name_row),
  OFC_EDITOR_FIELD ("malfunctions", OfcDeviceTypeEditor, malfunctions_view),
  OFC_EDITOR_FIELD ("appearance", OfcDeviceTypeEditor, appearance_view),
  OFC_EDITOR_FIELD ("completeness", OfcDeviceTypeEditor, completeness_view),
  OFC_EDITOR_FIELD ("estimate", OfcDeviceTypeEditor, estimate_row),
  OFC_EDITOR_FIELD ("deadline-days", OfcDeviceTypeEditor, deadline_spin),
};

/*
 * Auxiliary methods
 */

static void
set_view_text (GtkTextView *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
load_preset (OfcDeviceTypeEditor *self, OfcDeviceType *type)
{
  OfcContext *context = ofc_reference_editor_get_context (OFC_REFERENCE_EDITOR (self));
  g_autoptr (GListModel) presets = NULL;
  OfcIntakePreset *preset;

  g_clear_object (&self->preset);
  if (!ofc_reference_editor_is_new (OFC_REFERENCE_EDITOR (self)))
    presets = ofc_intake_preset_list (context, ofc_device_type_get_id (type), NULL);
  if (presets != NULL && g_list_model_get_n_items (presets) > 0)
    self->preset = g_list_model_get_item (presets, 0);
  preset = self->preset;
  ofc_money_row_set_currency (self->estimate_row, ofc_context_get_currency (context));
  set_view_text (self->malfunctions_view,
                 preset != NULL ? ofc_intake_preset_get_malfunctions (preset) : "");
  set_view_text (self->appearance_view,
                 preset != NULL ? ofc_intake_preset_get_appearance (preset) : "");
  set_view_text (self->completeness_view,
                 preset != NULL ? ofc_intake_preset_get_completeness (preset) : "");
  ofc_money_row_set_value (self->estimate_row,
                           preset != NULL ? ofc_intake_preset_get_estimate (preset) : 0);
  gtk_spin_button_set_value (self->deadline_spin,
                             preset != NULL ? ofc_intake_preset_get_deadline_days (preset) : 0);
}

/* fills @preset from the form; returns whether the form says anything at all */
static gboolean
collect_preset (OfcDeviceTypeEditor *self, OfcIntakePreset *preset, gint64 estimate)
{
  g_autofree char *malfunctions = dup_view_text (self->malfunctions_view);
  g_autofree char *appearance = dup_view_text (self->appearance_view);
  g_autofree char *completeness = dup_view_text (self->completeness_view);
  int days;

  gtk_spin_button_update (self->deadline_spin);
  days = gtk_spin_button_get_value_as_int (self->deadline_spin);
  ofc_intake_preset_set_malfunctions (preset, malfunctions);
  ofc_intake_preset_set_appearance (preset, appearance);
  ofc_intake_preset_set_completeness (preset, completeness);
  ofc_intake_preset_set_estimate (preset, estimate);
  ofc_intake_preset_set_deadline_days (preset, days);
  return !ofc_text_is_blank (malfunctions) || !ofc_text_is_blank (appearance) ||
         !ofc_text_is_blank (completeness) || estimate != 0 || days != 0;
}

static gboolean
save_preset (OfcDeviceTypeEditor *self, OfcDeviceType *type, gint64 estimate, GError **error)
{
  OfcContext *context = ofc_reference_editor_get_context (OFC_REFERENCE_EDITOR (self));
  g_autoptr (OfcIntakePreset) preset = NULL;

  preset = self->preset != NULL ? g_object_ref (self->preset)
                                : ofc_intake_preset_new (ofc_device_type_get_id (type),
                                                         ofc_device_type_get_name (type));
  if (!collect_preset (self, preset, estimate) && self->preset == NULL)
    return TRUE;
  if (!ofc_intake_preset_save (context, preset, error))
    return FALSE;
  g_set_object (&self->preset, preset);
  return TRUE;
}

/*
 * OfcReferenceEditor overrides
 */

static GObject *
ofc_device_type_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_device_type_new (""));
}

static GObject *
ofc_device_type_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_device_type_load (ofc_reference_editor_get_context (editor),
                                         ofc_device_type_get_id (OFC_DEVICE_TYPE (item)), error));
}

static void
ofc_device_type_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcDeviceTypeEditor *self = OFC_DEVICE_TYPE_EDITOR (editor);

  ofc_reference_editor_set_heading (editor, _ ("New Device Type"), _ ("Device Type"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         ofc_device_type_get_name (OFC_DEVICE_TYPE (item)));
  load_preset (self, OFC_DEVICE_TYPE (item));
}

static gboolean
ofc_device_type_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcDeviceTypeEditor *self = OFC_DEVICE_TYPE_EDITOR (editor);
  OfcDeviceType *type = OFC_DEVICE_TYPE (item);
  gint64 estimate;

  if (!ofc_money_row_get_value (self->estimate_row, "estimate", &estimate, error))
    return FALSE;
  ofc_device_type_set_name (type, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  return ofc_device_type_save (ofc_reference_editor_get_context (editor), type, error) &&
         save_preset (self, type, estimate, error);
}

static GtkWidget *
ofc_device_type_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

/*
 * GObject overrides
 */

static void
ofc_device_type_editor_dispose (GObject *object)
{
  g_clear_object (&OFC_DEVICE_TYPE_EDITOR (object)->preset);

  G_OBJECT_CLASS (ofc_device_type_editor_parent_class)->dispose (object);
}

static void
ofc_device_type_editor_class_init (OfcDeviceTypeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  object_class->dispose = ofc_device_type_editor_dispose;
  editor_class->create = ofc_device_type_editor_create;
  editor_class->reload = ofc_device_type_editor_reload;
  editor_class->load = ofc_device_type_editor_load;
  editor_class->save = ofc_device_type_editor_save;
  editor_class->get_field_widget = ofc_device_type_editor_get_field_widget;

  g_type_ensure (OFC_TYPE_MONEY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-device-type-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, appearance_view);
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, completeness_view);
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, deadline_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, malfunctions_view);
  gtk_widget_class_bind_template_child (widget_class, OfcDeviceTypeEditor, name_row);
}

static void
ofc_device_type_editor_init (OfcDeviceTypeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_device_type_editor_new:
 * @type: (nullable): the device type to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_device_type_editor_new (OfcContext *context, OfcDeviceType *type)
{
  return g_object_new (OFC_TYPE_DEVICE_TYPE_EDITOR, "context", context, "item", type, NULL);
}
