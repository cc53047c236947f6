/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplateFieldRow: a row whose widgets hold one OfcPrintField. It does not change the
 * template itself: it emits "changed" when the field is edited and "move" (-1 up, +1
 * down) when it should move, and the editor applies both to its working copy.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-template-field-row.h"

struct _OfcTemplateFieldRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkToggleButton *bold_toggle;
  GtkButton *down_button;
  GtkSpinButton *size_spin;
  GtkButton *up_button;
  GtkCheckButton *visible_check;

  /* Owned references */
  char *id;

  gboolean loading;
};

G_DEFINE_FINAL_TYPE (OfcTemplateFieldRow, ofc_template_field_row, ADW_TYPE_ACTION_ROW)

enum
{
  CHANGED,
  MOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  double lower, upper, step;
  guint digits;
} units[] = {
  [OFC_FIELD_SIZE_MM] = { 1, 20, 0.1, 1 },
  [OFC_FIELD_SIZE_RECEIPT] = { 1, 2, 1, 0 },
  [OFC_FIELD_SIZE_POINTS] = { 6, 36, 0.5, 1 },
};

/*
 * Callbacks and actions
 */

static void
on_value_changed_cb (OfcTemplateFieldRow *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
move_up_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, -1);
}

static void
move_down_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, 1);
}

/*
 * GObject overrides
 */

static void
ofc_template_field_row_finalize (GObject *object)
{
  g_free (OFC_TEMPLATE_FIELD_ROW (object)->id);
  G_OBJECT_CLASS (ofc_template_field_row_parent_class)->finalize (object);
}

static void
ofc_template_field_row_class_init (OfcTemplateFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ofc_template_field_row_finalize;

  /**
   * OfcTemplateFieldRow::changed:
   *
   * The field was shown or hidden, resized, or made bold or plain.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OfcTemplateFieldRow::move:
   * @direction: -1 to move the field up, 1 down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-template-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateFieldRow, bold_toggle);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateFieldRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateFieldRow, size_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateFieldRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateFieldRow, visible_check);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed_cb);

  gtk_widget_class_install_action (widget_class, "field.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "field.move-down", NULL, move_down_action);
}

static void
ofc_template_field_row_init (OfcTemplateFieldRow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}

/*
 * Public API
 */

/**
 * ofc_template_field_row_new:
 * @title: the field's translated name
 * @field: the field as the template has it
 * @unit: what the size means on this paper
 */
OfcTemplateFieldRow *
ofc_template_field_row_new (const char *title, const OfcPrintField *field, OfcFieldSizeUnit unit)
{
  OfcTemplateFieldRow *self = g_object_new (OFC_TYPE_TEMPLATE_FIELD_ROW, NULL);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->size_spin);

  self->loading = TRUE;
  self->id = g_strdup (field->id);
  gtk_widget_set_name (GTK_WIDGET (self), field->id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_adjustment_configure (adjustment, field->size, units[unit].lower, units[unit].upper,
                            units[unit].step, units[unit].step * 5, 0);
  gtk_spin_button_set_digits (self->size_spin, units[unit].digits);
  gtk_spin_button_set_value (self->size_spin, field->size);
  gtk_check_button_set_active (self->visible_check, field->visible);
  gtk_toggle_button_set_active (self->bold_toggle, field->bold);
  self->loading = FALSE;
  return self;
}

const char *
ofc_template_field_row_get_id (OfcTemplateFieldRow *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self), NULL);
  return self->id;
}

/* whether the field prints; not GtkWidget's "visible" */
gboolean
ofc_template_field_row_get_visible_field (OfcTemplateFieldRow *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self), FALSE);
  return gtk_check_button_get_active (self->visible_check);
}

double
ofc_template_field_row_get_size (OfcTemplateFieldRow *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self), 0);
  return gtk_spin_button_get_value (self->size_spin);
}

gboolean
ofc_template_field_row_get_bold (OfcTemplateFieldRow *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self), FALSE);
  return gtk_toggle_button_get_active (self->bold_toggle);
}

/**
 * ofc_template_field_row_set_movable:
 *
 * The first field cannot move up, the last one not down.
 */
void
ofc_template_field_row_set_movable (OfcTemplateFieldRow *self, gboolean up, gboolean down)
{
  g_return_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.move-down", down);
}

/**
 * ofc_template_field_row_focus_move:
 * @direction: -1 for the up button, 1 for the down one
 *
 * After a move rebuilds the rows, the keyboard stays on the button that moved the field,
 * or on the other one when this one cannot move further.
 */
void
ofc_template_field_row_focus_move (OfcTemplateFieldRow *self, int direction)
{
  GtkWidget *wanted = GTK_WIDGET (direction < 0 ? self->up_button : self->down_button);
  GtkWidget *other = GTK_WIDGET (direction < 0 ? self->down_button : self->up_button);

  g_return_if_fail (OFC_IS_TEMPLATE_FIELD_ROW (self));
  if (!gtk_widget_grab_focus (gtk_widget_is_sensitive (wanted) ? wanted : other))
    gtk_widget_grab_focus (GTK_WIDGET (self->visible_check));
}
