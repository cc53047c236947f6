/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusChip: the shop chooses its status colours, so they cannot be style classes;
 * the chip paints its colour itself, behind its label, and picks the text colour with
 * the WCAG luminance rule. Cheap enough for a cell of a long list: one label, no style
 * provider per colour.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <math.h>

#include "ofc-status-chip.h"

struct _OfcStatusChip
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *label;

  GdkRGBA color;
};

G_DEFINE_FINAL_TYPE (OfcStatusChip, ofc_status_chip, GTK_TYPE_WIDGET)

/*
 * Auxiliary methods
 */

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* white text is the more readable one below this luminance (equal contrast at ~0.18) */
static gboolean
wants_light_text (const GdkRGBA *color)
{
  double luminance =
      0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);

  return luminance < 0.18;
}

/*
 * GObject overrides
 */

static void
ofc_status_chip_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OfcStatusChip *self = OFC_STATUS_CHIP (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &self->color, &bounds);
  gtk_snapshot_pop (snapshot);
  GTK_WIDGET_CLASS (ofc_status_chip_parent_class)->snapshot (widget, snapshot);
}

static void
ofc_status_chip_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OFC_TYPE_STATUS_CHIP);

  G_OBJECT_CLASS (ofc_status_chip_parent_class)->dispose (object);
}

static void
ofc_status_chip_class_init (OfcStatusChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_status_chip_dispose;
  widget_class->snapshot = ofc_status_chip_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-status-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcStatusChip, label);
  gtk_widget_class_set_css_name (widget_class, "statuschip");
}

static void
ofc_status_chip_init (OfcStatusChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->color = (GdkRGBA){ 0.5, 0.5, 0.5, 0.25 };
}

/*
 * Public API
 */

GtkWidget *
ofc_status_chip_new (void)
{
  return g_object_new (OFC_TYPE_STATUS_CHIP, NULL);
}

/**
 * ofc_status_chip_set_status:
 * @color: (nullable): "#rrggbb"; without a valid colour the chip is a neutral grey
 */
void
ofc_status_chip_set_status (OfcStatusChip *self, const char *name, const char *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean valid;

  g_return_if_fail (OFC_IS_STATUS_CHIP (self));

  gtk_label_set_text (self->label, name != NULL ? name : "");
  valid = color != NULL && gdk_rgba_parse (&self->color, color);
  if (!valid)
    self->color = (GdkRGBA){ 0.5, 0.5, 0.5, 0.25 };
  gtk_widget_remove_css_class (widget, "on-dark");
  gtk_widget_remove_css_class (widget, "on-light");
  if (valid)
    gtk_widget_add_css_class (widget, wants_light_text (&self->color) ? "on-dark" : "on-light");
  gtk_widget_queue_draw (widget);
}

/**
 * ofc_status_chip_set_ellipsize:
 * @ellipsize: whether a long name may be shortened with "…" to fit, as in a list column;
 *   where the chip stands alone it should show the name in full
 */
void
ofc_status_chip_set_ellipsize (OfcStatusChip *self, gboolean ellipsize)
{
  g_return_if_fail (OFC_IS_STATUS_CHIP (self));
  gtk_label_set_ellipsize (self->label, ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}
