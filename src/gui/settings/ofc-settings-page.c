/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSettingsPage: routes its sidebar to the panels listed in panel_infos. A panel is
 * built the first time it is shown, so opening the window reads none of these lists.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-device-types-panel.h"
#include "ofc-employees-panel.h"
#include "ofc-lists-panel.h"
#include "ofc-locations-panel.h"
#include "ofc-order-types-panel.h"
#include "ofc-services-panel.h"
#include "ofc-statuses-panel.h"
#include "ofc-settings-page.h"

typedef struct
{
  const char *name;
  const char *title; /* untranslated, N_() */
  const char *icon_name;
  GType (*get_type) (void);
} OfcPanelInfo;

/* the panels in sidebar order; each type has a construct-only "context" property */
static const OfcPanelInfo panel_infos[] = {
  { "locations", N_ ("Locations"), "mark-location-symbolic", ofc_locations_panel_get_type },
  { "employees", N_ ("Employees"), "avatar-default-symbolic", ofc_employees_panel_get_type },
  { "order-types", N_ ("Order Types"), "emblem-documents-symbolic",
    ofc_order_types_panel_get_type },
  { "statuses", N_ ("Statuses"), "media-playlist-consecutive-symbolic",
    ofc_statuses_panel_get_type },
  { "device-types", N_ ("Device Types and Presets"), "phone-symbolic",
    ofc_device_types_panel_get_type },
  { "services", N_ ("Price List"), "accessories-calculator-symbolic", ofc_services_panel_get_type },
  { "lists", N_ ("Lists"), "view-list-bullet-symbolic", ofc_lists_panel_get_type },
  { NULL, NULL, NULL, NULL },
};

struct _OfcSettingsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *navigation;
  GtkStack *panels;

  /* Owned references */
  OfcContext *context;
};

G_DEFINE_FINAL_TYPE (OfcSettingsPage, ofc_settings_page, ADW_TYPE_BIN)

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

static const OfcPanelInfo *
find_info (const char *name)
{
  for (gsize i = 0; name != NULL && panel_infos[i].name != NULL; i++)
    if (g_str_equal (panel_infos[i].name, name))
      return &panel_infos[i];
  return NULL;
}

static GtkWidget *
make_navigation_row (const OfcPanelInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_ (info->title));

  /* long names ("Device Types and Presets") wrap rather than lose their end */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  return row;
}

static GtkListBoxRow *
find_row (OfcSettingsPage *self, const char *name)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->navigation, i);

      if (row == NULL || g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        return row;
    }
}

/*
 * Callbacks
 */

static void
on_navigation_row_selected_cb (OfcSettingsPage *self, GtkListBoxRow *row)
{
  if (row != NULL)
    ofc_settings_page_show_panel (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Enter on a panel's name goes into the panel, to its first row */
static void
on_navigation_row_activated_cb (OfcSettingsPage *self, GtkListBoxRow *row)
{
  GtkWidget *panel = gtk_stack_get_visible_child (self->panels);

  if (panel != NULL)
    gtk_widget_child_focus (panel, GTK_DIR_TAB_FORWARD);
}

/*
 * GObject overrides
 */

/* the first panel is built when the page is first shown, not when the window opens */
static void
ofc_settings_page_map (GtkWidget *widget)
{
  OfcSettingsPage *self = OFC_SETTINGS_PAGE (widget);

  GTK_WIDGET_CLASS (ofc_settings_page_parent_class)->map (widget);

  if (gtk_list_box_get_selected_row (self->navigation) == NULL)
    ofc_settings_page_show_panel (self, panel_infos[0].name);
}

static void
ofc_settings_page_constructed (GObject *object)
{
  OfcSettingsPage *self = OFC_SETTINGS_PAGE (object);

  G_OBJECT_CLASS (ofc_settings_page_parent_class)->constructed (object);

  for (gsize i = 0; panel_infos[i].name != NULL; i++)
    gtk_list_box_append (self->navigation, make_navigation_row (&panel_infos[i]));
}

static void
ofc_settings_page_dispose (GObject *object)
{
  OfcSettingsPage *self = OFC_SETTINGS_PAGE (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_settings_page_parent_class)->dispose (object);
}

static void
ofc_settings_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcSettingsPage *self = OFC_SETTINGS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_settings_page_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  OfcSettingsPage *self = OFC_SETTINGS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_settings_page_class_init (OfcSettingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_settings_page_constructed;
  object_class->dispose = ofc_settings_page_dispose;
  object_class->get_property = ofc_settings_page_get_property;
  object_class->set_property = ofc_settings_page_set_property;
  widget_class->map = ofc_settings_page_map;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-settings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcSettingsPage, navigation);
  gtk_widget_class_bind_template_child (widget_class, OfcSettingsPage, panels);
  gtk_widget_class_bind_template_callback (widget_class, on_navigation_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_navigation_row_selected_cb);
}

static void
ofc_settings_page_init (OfcSettingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_settings_page_get_panel:
 * @name: a panel name from the page's sidebar, e.g. "statuses"
 *
 * Returns: (transfer none) (nullable): the panel, built now if it was not yet
 */
GtkWidget *
ofc_settings_page_get_panel (OfcSettingsPage *self, const char *name)
{
  const OfcPanelInfo *info = find_info (name);
  GtkWidget *panel;

  g_return_val_if_fail (OFC_IS_SETTINGS_PAGE (self), NULL);

  if (info == NULL)
    return NULL;
  panel = gtk_stack_get_child_by_name (self->panels, name);
  if (panel != NULL)
    return panel;
  panel = g_object_new (info->get_type (), "context", self->context, NULL);
  gtk_stack_add_titled (self->panels, panel, info->name, _ (info->title));
  return panel;
}

/**
 * ofc_settings_page_show_panel:
 *
 * Returns: %TRUE if the panel exists and is now shown
 */
gboolean
ofc_settings_page_show_panel (OfcSettingsPage *self, const char *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OFC_IS_SETTINGS_PAGE (self), FALSE);

  if (ofc_settings_page_get_panel (self, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->panels, name);
  row = find_row (self, name);
  if (row != NULL && gtk_list_box_get_selected_row (self->navigation) != row)
    gtk_list_box_select_row (self->navigation, row);
  return TRUE;
}
