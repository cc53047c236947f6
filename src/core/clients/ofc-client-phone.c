/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhone: a phone number of a client, its digits kept current with what was typed
 * so an editor can show the normalised number (or its absence) while the person types.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-client-phone.h"
#include "ofc-client-private.h"
#include "ofc-phone.h"

struct _OfcClientPhone
{
  GObject parent_instance;

  char *display;
  char *digits; /* NULL while the display is not a valid number */
  char *label;
};

G_DEFINE_FINAL_TYPE (OfcClientPhone, ofc_client_phone, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DISPLAY,
  PROP_DIGITS,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ofc_client_phone_finalize (GObject *object)
{
  OfcClientPhone *self = (OfcClientPhone *)object;

  g_free (self->display);
  g_free (self->digits);
  g_free (self->label);

  G_OBJECT_CLASS (ofc_client_phone_parent_class)->finalize (object);
}

static void
ofc_client_phone_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientPhone *self = OFC_CLIENT_PHONE (object);

  switch (prop_id)
    {
      case PROP_DISPLAY:
        g_value_set_string (value, self->display);
        break;
      case PROP_DIGITS:
        g_value_set_string (value, self->digits);
        break;
      case PROP_LABEL:
        g_value_set_string (value, self->label);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_phone_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcClientPhone *self = OFC_CLIENT_PHONE (object);

  switch (prop_id)
    {
      case PROP_DISPLAY:
        ofc_client_phone_set_display (self, g_value_get_string (value));
        break;
      case PROP_LABEL:
        ofc_client_phone_set_label (self, g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_phone_class_init (OfcClientPhoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_client_phone_finalize;
  object_class->get_property = ofc_client_phone_get_property;
  object_class->set_property = ofc_client_phone_set_property;

  properties[PROP_DISPLAY] =
      g_param_spec_string ("display", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIGITS] =
      g_param_spec_string ("digits", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_client_phone_init (OfcClientPhone *self)
{
}

/**
 * ofc_client_phone_new:
 * @display: (nullable): the number as typed
 * @label: (nullable): e.g. "mobile"
 *
 * Returns: (transfer full): a new phone; it is checked when its client is saved
 */
OfcClientPhone *
ofc_client_phone_new (const char *display, const char *label)
{
  return g_object_new (OFC_TYPE_CLIENT_PHONE, "display", display, "label", label, NULL);
}

/**
 * ofc_client_phone_copy:
 *
 * Returns: (transfer full): an independent copy
 */
OfcClientPhone *
ofc_client_phone_copy (OfcClientPhone *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (self), NULL);
  return ofc_client_phone_new (self->display, self->label);
}

const char *
ofc_client_phone_get_display (OfcClientPhone *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (self), NULL);
  return self->display;
}

void
ofc_client_phone_set_display (OfcClientPhone *self, const char *display)
{
  g_autofree char *digits = NULL;

  g_return_if_fail (OFC_IS_CLIENT_PHONE (self));

  if (display != NULL && !ofc_phone_normalize (display, &digits, NULL))
    digits = NULL;
  if (ofc_set_str (&self->display, display))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY]);
  if (ofc_set_str (&self->digits, digits))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIGITS]);
}

/**
 * ofc_client_phone_get_digits:
 *
 * Returns: (nullable): the normalised digits, %NULL while the number is not valid
 */
const char *
ofc_client_phone_get_digits (OfcClientPhone *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (self), NULL);
  return self->digits;
}

const char *
ofc_client_phone_get_label (OfcClientPhone *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (self), NULL);
  return self->label;
}

void
ofc_client_phone_set_label (OfcClientPhone *self, const char *label)
{
  g_return_if_fail (OFC_IS_CLIENT_PHONE (self));

  if (ofc_set_str (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * ofc_client_phone_dup_summary:
 *
 * Returns: (transfer full): "+7 926 123-45-67 (mobile)", as history shows a phone
 */
char *
ofc_client_phone_dup_summary (OfcClientPhone *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONE (self), NULL);

  if (self->label == NULL || *self->label == '\0')
    return g_strdup (self->display != NULL ? self->display : "");
  return g_strdup_printf ("%s (%s)", self->display != NULL ? self->display : "", self->label);
}
