/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderIntake: a window around OfcOrderForm for a new order. Enter in a text field or
 * Ctrl+S takes the device in, Escape cancels. A refused save changes nothing: the reason
 * stays in a banner above the form and the focus goes to the field it names, as in the
 * client editor. On success the window emits "created" and closes; the page that opened
 * it announces the new number.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-order-form.h"
#include "ofc-order-intake.h"

struct _OfcOrderIntake
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  OfcOrderForm *form;

  /* Owned references */
  OfcContext *context;
  OfcClientStore *store;
  OfcOrder *order;

  /* Borrowed references */
  GtkWidget *error_widget; /* the row marked by the last refused save */
};

G_DEFINE_FINAL_TYPE (OfcOrderIntake, ofc_order_intake, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum
{
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
clear_error_mark (OfcOrderIntake *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  if (self->error_widget != NULL)
    gtk_widget_remove_css_class (self->error_widget, "error");
  self->error_widget = NULL;
}

static void
show_failure (OfcOrderIntake *self, const GError *error)
{
  GtkWidget *widget = NULL;

  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID))
    widget = ofc_order_form_get_field_widget (self->form, ofc_error_get_field (error));
  if (widget == NULL)
    return;
  gtk_widget_grab_focus (widget);
  self->error_widget = ADW_IS_PREFERENCES_ROW (widget)
                           ? widget
                           : gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (self->error_widget != NULL)
    gtk_widget_add_css_class (self->error_widget, "error");
}

/*
 * Actions
 */

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_order_intake_save (OFC_ORDER_INTAKE (widget));
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
ofc_order_intake_constructed (GObject *object)
{
  OfcOrderIntake *self = OFC_ORDER_INTAKE (object);
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (ofc_order_intake_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  self->store = ofc_client_store_new (self->context, &error);
  if (self->store == NULL)
    {
      show_failure (self, error);
      gtk_widget_set_sensitive (GTK_WIDGET (self->form), FALSE);
      return;
    }
  ofc_order_form_set_context (self->form, self->context, self->store);
  ofc_order_form_focus_first (self->form);
}

static void
ofc_order_intake_dispose (GObject *object)
{
  OfcOrderIntake *self = OFC_ORDER_INTAKE (object);

  g_clear_object (&self->order);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_intake_parent_class)->dispose (object);
}

static void
ofc_order_intake_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcOrderIntake *self = OFC_ORDER_INTAKE (object);

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
ofc_order_intake_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcOrderIntake *self = OFC_ORDER_INTAKE (object);

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
ofc_order_intake_class_init (OfcOrderIntakeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_order_intake_constructed;
  object_class->dispose = ofc_order_intake_dispose;
  object_class->get_property = ofc_order_intake_get_property;
  object_class->set_property = ofc_order_intake_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcOrderIntake::created:
   * @order: the order as stored, with its number
   *
   * Emitted once the order is stored, just before the window closes.
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, OFC_TYPE_ORDER);

  g_type_ensure (OFC_TYPE_ORDER_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-intake.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderIntake, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderIntake, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderIntake, form);

  gtk_widget_class_install_action (widget_class, "intake.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "intake.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "intake.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "intake.cancel", NULL);
}

static void
ofc_order_intake_init (OfcOrderIntake *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->order = ofc_order_new ();
}

/*
 * Public API
 */

/**
 * ofc_order_intake_new:
 * @parent: (nullable): the window the form belongs to
 *
 * Returns: (transfer none): the intake window, not yet shown
 */
OfcOrderIntake *
ofc_order_intake_new (GtkWindow *parent, OfcContext *context)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);

  return g_object_new (OFC_TYPE_ORDER_INTAKE, "transient-for", parent, "context", context, NULL);
}

/**
 * ofc_order_intake_save:
 *
 * Takes the device in with what the form holds, as the "Take In" button does: on success
 * emits "created" and closes; otherwise shows why and keeps the form open.
 *
 * Returns: whether the order was created
 */
gboolean
ofc_order_intake_save (OfcOrderIntake *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (OFC_IS_ORDER_INTAKE (self), FALSE);

  clear_error_mark (self);
  if (!ofc_order_form_save (self->form, self->order, NULL, &error))
    {
      show_failure (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[CREATED], 0, self->order);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
