/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhoneRow: edits one OfcClientPhone in place. What is typed goes straight into
 * the phone, which keeps its digits current; the store checks the number on saving. The
 * row emits "remove" and leaves removing to its group, which owns the client's phone list.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-client-phone-row.h"

struct _OfcClientPhoneRow
{
  AdwEntryRow parent_instance;

  /* Template widgets */
  GtkEntry *label_entry;

  /* Owned references */
  OfcClientPhone *phone;
};

G_DEFINE_FINAL_TYPE (OfcClientPhoneRow, ofc_client_phone_row, ADW_TYPE_ENTRY_ROW)

enum
{
  PROP_0,
  PROP_PHONE,
  N_PROPS
};

enum
{
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Callbacks
 */

static void
on_number_changed_cb (GtkEditable *editable)
{
  OfcClientPhoneRow *self = OFC_CLIENT_PHONE_ROW (editable);

  /* the template's initial values arrive before the phone does */
  if (self->phone != NULL)
    ofc_client_phone_set_display (self->phone, gtk_editable_get_text (editable));
}

static void
on_label_changed_cb (OfcClientPhoneRow *self)
{
  if (self->phone != NULL)
    ofc_client_phone_set_label (self->phone,
                                gtk_editable_get_text (GTK_EDITABLE (self->label_entry)));
}

static void
on_remove_clicked_cb (OfcClientPhoneRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/*
 * GObject overrides
 */

static void
ofc_client_phone_row_constructed (GObject *object)
{
  OfcClientPhoneRow *self = OFC_CLIENT_PHONE_ROW (object);
  const char *display = ofc_client_phone_get_display (self->phone);
  const char *label = ofc_client_phone_get_label (self->phone);

  G_OBJECT_CLASS (ofc_client_phone_row_parent_class)->constructed (object);

  /* the phone's strings are NULL when empty, which an editable does not take */
  gtk_editable_set_text (GTK_EDITABLE (self), display != NULL ? display : "");
  gtk_editable_set_text (GTK_EDITABLE (self->label_entry), label != NULL ? label : "");
}

static void
ofc_client_phone_row_dispose (GObject *object)
{
  OfcClientPhoneRow *self = OFC_CLIENT_PHONE_ROW (object);

  g_clear_object (&self->phone);

  G_OBJECT_CLASS (ofc_client_phone_row_parent_class)->dispose (object);
}

static void
ofc_client_phone_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientPhoneRow *self = OFC_CLIENT_PHONE_ROW (object);

  switch (prop_id)
    {
      case PROP_PHONE:
        g_value_set_object (value, self->phone);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_phone_row_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  OfcClientPhoneRow *self = OFC_CLIENT_PHONE_ROW (object);

  switch (prop_id)
    {
      case PROP_PHONE:
        self->phone = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_phone_row_class_init (OfcClientPhoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_client_phone_row_constructed;
  object_class->dispose = ofc_client_phone_row_dispose;
  object_class->get_property = ofc_client_phone_row_get_property;
  object_class->set_property = ofc_client_phone_row_set_property;

  properties[PROP_PHONE] =
      g_param_spec_object ("phone", NULL, NULL, OFC_TYPE_CLIENT_PHONE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcClientPhoneRow::remove:
   *
   * The person asked to remove this phone.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/clients/ofc-client-phone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientPhoneRow, label_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_label_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
ofc_client_phone_row_init (OfcClientPhoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

GtkWidget *
ofc_client_phone_row_new (OfcClientPhone *phone)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (phone), NULL);
  return g_object_new (OFC_TYPE_CLIENT_PHONE_ROW, "phone", phone, NULL);
}

/**
 * ofc_client_phone_row_get_phone:
 *
 * Returns: (transfer none): the phone the row edits
 */
OfcClientPhone *
ofc_client_phone_row_get_phone (OfcClientPhoneRow *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE_ROW (self), NULL);
  return self->phone;
}
