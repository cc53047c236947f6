/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderTypesPanel: the built-in types are marked, since reports treat warranty orders
 * apart; all of them can still be renamed.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-order-type-editor.h"
#include "ofc-order-types-panel.h"

struct _OfcOrderTypesPanel
{
  OfcReferencePanel parent_instance;
};

G_DEFINE_FINAL_TYPE (OfcOrderTypesPanel, ofc_order_types_panel, OFC_TYPE_REFERENCE_PANEL)

static GListModel *
ofc_order_types_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  return ofc_order_type_list (ofc_reference_panel_get_context (panel), with_archived, error);
}

static void
ofc_order_types_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  if (*ofc_order_type_get_code (OFC_ORDER_TYPE (item)) != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Built in"));
}

static OfcReferenceEditor *
ofc_order_types_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_order_type_editor_new (ofc_reference_panel_get_context (panel),
                                    item != NULL ? OFC_ORDER_TYPE (item) : NULL);
}

static gboolean
ofc_order_types_panel_set_archived (OfcReferencePanel *panel,
                                    GObject *item,
                                    gboolean archived,
                                    GError **error)
{
  OfcContext *context = ofc_reference_panel_get_context (panel);

  if (archived)
    return ofc_order_type_archive (context, OFC_ORDER_TYPE (item), error);
  return ofc_order_type_restore (context, OFC_ORDER_TYPE (item), error);
}

static gint64
ofc_order_types_panel_count_orders (OfcReferencePanel *panel, GObject *item, GError **error)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  gint64 count = 0;

  filter->type_id = *ofc_order_type_get_id (OFC_ORDER_TYPE (item));
  if (!ofc_order_count (ofc_reference_panel_get_context (panel), filter, &count, error))
    return -1;
  return count;
}

static gboolean
ofc_order_types_panel_delete_item (OfcReferencePanel *panel,
                                   GObject *item,
                                   GObject *replacement,
                                   GError **error)
{
  return ofc_order_type_remove (ofc_reference_panel_get_context (panel), OFC_ORDER_TYPE (item),
                                replacement != NULL ? OFC_ORDER_TYPE (replacement) : NULL, error);
}

static void
ofc_order_types_panel_constructed (GObject *object)
{
  G_OBJECT_CLASS (ofc_order_types_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (OFC_REFERENCE_PANEL (object), "order_type");
}

static void
ofc_order_types_panel_class_init (OfcOrderTypesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_order_types_panel_constructed;
  panel_class->list = ofc_order_types_panel_list;
  panel_class->describe = ofc_order_types_panel_describe;
  panel_class->create_editor = ofc_order_types_panel_create_editor;
  panel_class->set_archived = ofc_order_types_panel_set_archived;
  panel_class->count_orders = ofc_order_types_panel_count_orders;
  panel_class->delete_item = ofc_order_types_panel_delete_item;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-order-types-panel.ui");
}

static void
ofc_order_types_panel_init (OfcOrderTypesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
