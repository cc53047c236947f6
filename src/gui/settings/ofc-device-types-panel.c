/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceTypesPanel: every preset is read once per reload, in one query, and matched to
 * its device type's row.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-device-type-editor.h"
#include "ofc-device-types-panel.h"

struct _OfcDeviceTypesPanel
{
  OfcReferencePanel parent_instance;

  /* Owned references */
  GHashTable *presets; /* device type id (string) → its first OfcIntakePreset */
};

G_DEFINE_FINAL_TYPE (OfcDeviceTypesPanel, ofc_device_types_panel, OFC_TYPE_REFERENCE_PANEL)

static void
load_presets (OfcDeviceTypesPanel *self)
{
  OfcContext *context = ofc_reference_panel_get_context (OFC_REFERENCE_PANEL (self));
  g_autoptr (GListModel) presets = ofc_intake_preset_list (context, NULL, NULL);

  g_hash_table_remove_all (self->presets);
  for (guint i = 0; presets != NULL && i < g_list_model_get_n_items (presets); i++)
    {
      OfcIntakePreset *preset = g_list_model_get_item (presets, i);
      char *id = ofc_uuid_dup_string (ofc_intake_preset_get_device_type_id (preset));

      if (g_hash_table_contains (self->presets, id))
        {
          g_free (id);
          g_object_unref (preset);
          continue;
        }
      g_hash_table_insert (self->presets, id, preset);
    }
}

static GListModel *
ofc_device_types_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  load_presets (OFC_DEVICE_TYPES_PANEL (panel));
  return ofc_device_type_list (ofc_reference_panel_get_context (panel), with_archived, error);
}

static guint
count_lines (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!ofc_text_is_blank (lines[i]))
      n++;
  return n;
}

static char *
dup_summary (OfcIntakePreset *preset)
{
  guint malfunctions = count_lines (ofc_intake_preset_get_malfunctions (preset));
  int days = ofc_intake_preset_get_deadline_days (preset);
  g_autofree char *offered = g_strdup_printf (
      ngettext ("%u usual malfunction", "%u usual malfunctions", malfunctions), malfunctions);
  g_autofree char *deadline = NULL;

  if (days <= 0)
    return g_steal_pointer (&offered);
  deadline = g_strdup_printf (ngettext ("deadline in %d day", "deadline in %d days", days), days);
  return g_strdup_printf ("%s · %s", offered, deadline);
}

static void
ofc_device_types_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  OfcDeviceTypesPanel *self = OFC_DEVICE_TYPES_PANEL (panel);
  g_autofree char *id = ofc_uuid_dup_string (ofc_device_type_get_id (OFC_DEVICE_TYPE (item)));
  OfcIntakePreset *preset = g_hash_table_lookup (self->presets, id);
  g_autofree char *summary = preset != NULL ? dup_summary (preset) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               summary != NULL ? summary : _ ("No intake preset"));
}

static OfcReferenceEditor *
ofc_device_types_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_device_type_editor_new (ofc_reference_panel_get_context (panel),
                                     item != NULL ? OFC_DEVICE_TYPE (item) : NULL);
}

static gboolean
ofc_device_types_panel_set_archived (OfcReferencePanel *panel,
                                     GObject *item,
                                     gboolean archived,
                                     GError **error)
{
  OfcContext *context = ofc_reference_panel_get_context (panel);

  if (archived)
    return ofc_device_type_archive (context, OFC_DEVICE_TYPE (item), error);
  return ofc_device_type_restore (context, OFC_DEVICE_TYPE (item), error);
}

static void
ofc_device_types_panel_constructed (GObject *object)
{
  OfcReferencePanel *panel = OFC_REFERENCE_PANEL (object);

  G_OBJECT_CLASS (ofc_device_types_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (panel, "device_type");
  ofc_reference_panel_watch (panel, "intake_preset");
}

static void
ofc_device_types_panel_finalize (GObject *object)
{
  g_clear_pointer (&OFC_DEVICE_TYPES_PANEL (object)->presets, g_hash_table_unref);

  G_OBJECT_CLASS (ofc_device_types_panel_parent_class)->finalize (object);
}

static void
ofc_device_types_panel_class_init (OfcDeviceTypesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_device_types_panel_constructed;
  object_class->finalize = ofc_device_types_panel_finalize;
  panel_class->list = ofc_device_types_panel_list;
  panel_class->describe = ofc_device_types_panel_describe;
  panel_class->create_editor = ofc_device_types_panel_create_editor;
  panel_class->set_archived = ofc_device_types_panel_set_archived;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-device-types-panel.ui");
}

static void
ofc_device_types_panel_init (OfcDeviceTypesPanel *self)
{
  self->presets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
