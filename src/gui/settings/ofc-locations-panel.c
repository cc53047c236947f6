/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocationsPanel: a row shows how its orders are numbered, so a manager sees at once
 * which series each branch uses; the default location wears a tag.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-location-editor.h"
#include "ofc-locations-panel.h"

struct _OfcLocationsPanel
{
  OfcReferencePanel parent_instance;
};

G_DEFINE_FINAL_TYPE (OfcLocationsPanel, ofc_locations_panel, OFC_TYPE_REFERENCE_PANEL)

static GListModel *
ofc_locations_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  return ofc_location_list (ofc_reference_panel_get_context (panel), with_archived, error);
}

static char *
dup_subtitle (OfcLocation *location)
{
  const char *prefix = ofc_location_get_series_prefix (location);
  const char *address = ofc_location_get_address (location);
  g_autofree char *series = NULL;

  if (*prefix != '\0')
    /* TRANSLATORS: how a location numbers its orders, e.g. "Orders B-000001, B-000002 …" */
    series = g_strdup_printf (_ ("Orders %s-000001, %s-000002 …"), prefix, prefix);
  else
    series = g_strdup (_ ("Orders 000001, 000002 …"));
  if (*address == '\0')
    return g_steal_pointer (&series);
  return g_strdup_printf ("%s · %s", address, series);
}

static void
ofc_locations_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  OfcLocation *location = OFC_LOCATION (item);
  g_autofree char *subtitle = dup_subtitle (location);
  GtkWidget *tag;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!ofc_location_get_is_default (location))
    return;
  tag = gtk_label_new (_ ("Default"));
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "ofc-tag");
  gtk_widget_add_css_class (tag, "accent");
  ofc_reference_row_add_suffix (row, tag);
}

static OfcReferenceEditor *
ofc_locations_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_location_editor_new (ofc_reference_panel_get_context (panel),
                                  item != NULL ? OFC_LOCATION (item) : NULL);
}

static gboolean
ofc_locations_panel_set_archived (OfcReferencePanel *panel,
                                  GObject *item,
                                  gboolean archived,
                                  GError **error)
{
  OfcContext *context = ofc_reference_panel_get_context (panel);

  if (archived)
    return ofc_location_archive (context, OFC_LOCATION (item), error);
  return ofc_location_restore (context, OFC_LOCATION (item), error);
}

static void
ofc_locations_panel_constructed (GObject *object)
{
  G_OBJECT_CLASS (ofc_locations_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (OFC_REFERENCE_PANEL (object), "location");
}

static void
ofc_locations_panel_class_init (OfcLocationsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_locations_panel_constructed;
  panel_class->list = ofc_locations_panel_list;
  panel_class->describe = ofc_locations_panel_describe;
  panel_class->create_editor = ofc_locations_panel_create_editor;
  panel_class->set_archived = ofc_locations_panel_set_archived;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-locations-panel.ui");
}

static void
ofc_locations_panel_init (OfcLocationsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
