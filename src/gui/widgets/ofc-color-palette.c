/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcColorPalette: the swatches are the children of a GtkFlowBox in single selection, so
 * the keyboard reaches them with one Tab and the arrows select as they move; the GNOME
 * palette's colours read well on a white list and under white text. A colour from the
 * chooser that is none of them leaves no swatch selected.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-color-palette.h"

struct _OfcColorPalette
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkColorButton *custom_button;
  GtkFlowBox *swatches;

  char color[8];
  gboolean syncing; /* set while the widgets follow the colour, which is nobody's choice */
};

G_DEFINE_FINAL_TYPE (OfcColorPalette, ofc_color_palette, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const palette[] = {
  "#3584e4", "#1a5fb4", "#9141ac", "#e01b24", "#c01c28", "#ff7800",
  "#e5a50a", "#f6d32d", "#33d17a", "#26a269", "#986a44", "#77767b",
};

/*
 * Auxiliary methods
 */

static void
draw_swatch_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer color)
{
  ofc_color_swatch_draw (cr, width, height, color);
}

static GtkWidget *
make_swatch (const char *color)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *child = gtk_flow_box_child_new ();
  g_autofree char *name = g_strdup_printf ("swatch-%s", color + 1);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch_cb, (gpointer) color, NULL);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), area);
  gtk_widget_set_name (child, name);
  gtk_widget_set_tooltip_text (child, color);
  return child;
}

static gboolean
parse_color (const char *text, GdkRGBA *rgba)
{
  return text != NULL && strlen (text) == 7 && text[0] == '#' && gdk_rgba_parse (rgba, text);
}

static void
sync_widgets (OfcColorPalette *self)
{
  GdkRGBA rgba;

  self->syncing = TRUE;
  gtk_flow_box_unselect_all (self->swatches);
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_ascii_strcasecmp (palette[i], self->color) == 0)
      gtk_flow_box_select_child (self->swatches,
                                 gtk_flow_box_get_child_at_index (self->swatches, (int) i));
  if (parse_color (self->color, &rgba))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->custom_button), &rgba);
  self->syncing = FALSE;
}

/*
 * Callbacks
 */

static void
on_selected_children_changed_cb (OfcColorPalette *self)
{
  g_autoptr (GList) selected = gtk_flow_box_get_selected_children (self->swatches);

  if (self->syncing || selected == NULL)
    return;
  ofc_color_palette_set_color (
      self, palette[gtk_flow_box_child_get_index (GTK_FLOW_BOX_CHILD (selected->data))]);
}

static void
on_color_set_cb (OfcColorPalette *self)
{
  GdkRGBA rgba;
  char color[8];

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->custom_button), &rgba);
  g_snprintf (color, sizeof color, "#%02x%02x%02x", (guint) (rgba.red * 255 + 0.5),
              (guint) (rgba.green * 255 + 0.5), (guint) (rgba.blue * 255 + 0.5));
  ofc_color_palette_set_color (self, color);
}

static int
selected_index (OfcColorPalette *self)
{
  g_autoptr (GList) selected = gtk_flow_box_get_selected_children (self->swatches);

  return selected != NULL ? gtk_flow_box_child_get_index (selected->data) : -1;
}

/* Left and Right (Home and End) pick the neighbouring swatch: the flow box's own keyboard
 * navigation moves nothing until a child was clicked */
static gboolean
on_swatches_key_pressed_cb (OfcColorPalette *self,
                            guint keyval,
                            guint keycode,
                            GdkModifierType state)
{
  int n = G_N_ELEMENTS (palette);
  int index = selected_index (self);
  GtkFlowBoxChild *child;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    index = MIN (index + 1, n - 1);
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    index = MAX (index - 1, 0);
  else if (keyval == GDK_KEY_Home)
    index = 0;
  else if (keyval == GDK_KEY_End)
    index = n - 1;
  else
    return FALSE;
  child = gtk_flow_box_get_child_at_index (self->swatches, index);
  gtk_flow_box_select_child (self->swatches, child);
  gtk_widget_grab_focus (GTK_WIDGET (child));
  return TRUE;
}

/*
 * GtkWidget overrides
 */

/* the selected swatch, or the first: where the keyboard enters the swatches */
static gboolean
focus_swatch (OfcColorPalette *self)
{
  g_autoptr (GList) selected = gtk_flow_box_get_selected_children (self->swatches);
  GtkFlowBoxChild *child =
      selected != NULL ? selected->data : gtk_flow_box_get_child_at_index (self->swatches, 0);

  return gtk_widget_grab_focus (GTK_WIDGET (child));
}

/* Tab treats the swatches as one stop, as arrows move between them; a flow box would
 * otherwise stop at every child */
static gboolean
ofc_color_palette_focus (GtkWidget *widget, GtkDirectionType direction)
{
  OfcColorPalette *self = OFC_COLOR_PALETTE (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  GtkWidget *custom = GTK_WIDGET (self->custom_button);
  gboolean in_swatches = focus_child == GTK_WIDGET (self->swatches);

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (focus_child == NULL)
        return focus_swatch (self);
      return gtk_widget_child_focus (custom, direction);
    }
  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (in_swatches)
        return FALSE;
      if (focus_child == NULL && gtk_widget_child_focus (custom, direction))
        return TRUE;
      return focus_swatch (self);
    }
  return GTK_WIDGET_CLASS (ofc_color_palette_parent_class)->focus (widget, direction);
}

/*
 * GObject overrides
 */

static void
ofc_color_palette_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
      case PROP_COLOR:
        g_value_set_string (value, OFC_COLOR_PALETTE (object)->color);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_color_palette_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
      case PROP_COLOR:
        ofc_color_palette_set_color (OFC_COLOR_PALETTE (object), g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_color_palette_class_init (OfcColorPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ofc_color_palette_get_property;
  object_class->set_property = ofc_color_palette_set_property;
  widget_class->focus = ofc_color_palette_focus;

  properties[PROP_COLOR] =
      g_param_spec_string ("color", NULL, NULL, "#3584e4",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-color-palette.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcColorPalette, custom_button);
  gtk_widget_class_bind_template_child (widget_class, OfcColorPalette, swatches);
  gtk_widget_class_bind_template_callback (widget_class, on_color_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_children_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_swatches_key_pressed_cb);
}

static void
ofc_color_palette_init (OfcColorPalette *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gtk_flow_box_append (self->swatches, make_swatch (palette[i]));
  ofc_color_palette_set_color (self, palette[0]);
}

/*
 * Public API
 */

const char *
ofc_color_palette_get_color (OfcColorPalette *self)
{
  g_return_val_if_fail (OFC_IS_COLOR_PALETTE (self), NULL);
  return self->color;
}

/**
 * ofc_color_palette_set_color:
 * @color: "#rrggbb"; anything else is kept as it is, for the store to refuse
 */
void
ofc_color_palette_set_color (OfcColorPalette *self, const char *color)
{
  g_autofree char *lower = NULL;

  g_return_if_fail (OFC_IS_COLOR_PALETTE (self));

  lower = g_ascii_strdown (color != NULL ? color : "", -1);
  if (g_str_equal (lower, self->color))
    return;
  g_strlcpy (self->color, lower, sizeof self->color);
  sync_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * ofc_color_swatch_draw:
 * @color: "#rrggbb"
 *
 * Paints a disc of @color filling @width × @height, as swatches and status dots show it.
 */
void
ofc_color_swatch_draw (cairo_t *cr, int width, int height, const char *color)
{
  GdkRGBA rgba;
  double radius = MIN (width, height) / 2.0;

  if (!gdk_rgba_parse (&rgba, color))
    return;
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}
