/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcListsPanel: one page per list; the models follow the brand chosen above them, and
 * the brand choice follows the brands list as it changes.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-catalog-group.h"
#include "ofc-gui-error.h"
#include "ofc-lists-panel.h"

struct _OfcListsPanel
{
  AdwBin parent_instance;

  /* Template widgets */
  OfcCatalogGroup *appearance_group;
  AdwComboRow *brand_row;
  OfcCatalogGroup *brands_group;
  OfcCatalogGroup *completeness_group;
  OfcCatalogGroup *malfunctions_group;
  OfcCatalogGroup *models_group;

  /* Owned references */
  OfcContext *context;
  GtkStringList *brands;

  gboolean loading_brands; /* set while the brand choice is refilled, which is no choice */
};

G_DEFINE_FINAL_TYPE (OfcListsPanel, ofc_lists_panel, ADW_TYPE_BIN)

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

static const char *
get_selected_brand (OfcListsPanel *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (self->brand_row);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static guint
find_brand (GStrv brands, const char *name)
{
  for (guint i = 0; name != NULL && brands[i] != NULL; i++)
    if (g_str_equal (brands[i], name))
      return i;
  return 0;
}

/* refills the brand choice, keeping the brand chosen if it is still there */
static void
load_brands (OfcListsPanel *self)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) brands = ofc_catalog_list_brands (self->context, FALSE, &error);
  g_autofree char *chosen = g_strdup (get_selected_brand (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->brands));

  if (brands == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->loading_brands = TRUE;
  gtk_string_list_splice (self->brands, 0, n, (const char *const *) brands);
  adw_combo_row_set_selected (self->brand_row, find_brand (brands, chosen));
  self->loading_brands = FALSE;
  ofc_catalog_group_set_brand (self->models_group, get_selected_brand (self));
}

/*
 * Callbacks
 */

static void
on_brands_changed_cb (OfcListsPanel *self)
{
  load_brands (self);
}

static void
on_brand_selected_cb (OfcListsPanel *self)
{
  if (!self->loading_brands && self->context != NULL)
    ofc_catalog_group_set_brand (self->models_group, get_selected_brand (self));
}

/*
 * GObject overrides
 */

static void
ofc_lists_panel_constructed (GObject *object)
{
  OfcListsPanel *self = OFC_LISTS_PANEL (object);

  G_OBJECT_CLASS (ofc_lists_panel_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  ofc_catalog_group_set_context (self->malfunctions_group, self->context);
  ofc_catalog_group_set_context (self->appearance_group, self->context);
  ofc_catalog_group_set_context (self->completeness_group, self->context);
  ofc_catalog_group_set_context (self->brands_group, self->context);
  ofc_catalog_group_set_context (self->models_group, self->context);
  g_signal_connect_object (self->context, "changed::device_brand",
                           G_CALLBACK (on_brands_changed_cb), self, G_CONNECT_SWAPPED);
  load_brands (self);
}

static void
ofc_lists_panel_dispose (GObject *object)
{
  OfcListsPanel *self = OFC_LISTS_PANEL (object);

  g_clear_object (&self->context);
  g_clear_object (&self->brands);

  G_OBJECT_CLASS (ofc_lists_panel_parent_class)->dispose (object);
}

static void
ofc_lists_panel_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, OFC_LISTS_PANEL (object)->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_lists_panel_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
      case PROP_CONTEXT:
        OFC_LISTS_PANEL (object)->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_lists_panel_class_init (OfcListsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_lists_panel_constructed;
  object_class->dispose = ofc_lists_panel_dispose;
  object_class->get_property = ofc_lists_panel_get_property;
  object_class->set_property = ofc_lists_panel_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFC_TYPE_CATALOG_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-lists-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, appearance_group);
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, brand_row);
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, brands_group);
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, completeness_group);
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, malfunctions_group);
  gtk_widget_class_bind_template_child (widget_class, OfcListsPanel, models_group);
  gtk_widget_class_bind_template_callback (widget_class, on_brand_selected_cb);
}

static void
ofc_lists_panel_init (OfcListsPanel *self)
{
  self->brands = gtk_string_list_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->brand_row, G_LIST_MODEL (self->brands));
}
