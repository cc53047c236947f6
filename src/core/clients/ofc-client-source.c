/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientSource: an immutable row of the client sources list, with properties for
 * binding in drop-downs and lists.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-client-source.h"

struct _OfcClientSource
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  int position;
  gboolean archived;
};

G_DEFINE_FINAL_TYPE (OfcClientSource, ofc_client_source, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ofc_client_source_finalize (GObject *object)
{
  OfcClientSource *self = (OfcClientSource *)object;

  g_free (self->name);

  G_OBJECT_CLASS (ofc_client_source_parent_class)->finalize (object);
}

static void
ofc_client_source_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientSource *self = OFC_CLIENT_SOURCE (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_take_string (value, ofc_uuid_dup_string (&self->id));
        break;
      case PROP_NAME:
        g_value_set_string (value, self->name);
        break;
      case PROP_POSITION:
        g_value_set_int (value, self->position);
        break;
      case PROP_ARCHIVED:
        g_value_set_boolean (value, self->archived);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_source_class_init (OfcClientSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_client_source_finalize;
  object_class->get_property = ofc_client_source_get_property;

  properties[PROP_ID] =
      g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_client_source_init (OfcClientSource *self)
{
}

/**
 * ofc_client_source_new:
 *
 * For the store; other code gets sources from ofc_client_store_list_sources().
 *
 * Returns: (transfer full): the source
 */
OfcClientSource *
ofc_client_source_new (const OfcUuid *id, const char *name, int position, gboolean archived)
{
  OfcClientSource *self = g_object_new (OFC_TYPE_CLIENT_SOURCE, NULL);

  self->id = *id;
  self->name = g_strdup (name);
  self->position = position;
  self->archived = archived;
  return self;
}

const OfcUuid *
ofc_client_source_get_id (OfcClientSource *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (self), NULL);
  return &self->id;
}

const char *
ofc_client_source_get_name (OfcClientSource *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (self), NULL);
  return self->name;
}

int
ofc_client_source_get_position (OfcClientSource *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (self), 0);
  return self->position;
}

gboolean
ofc_client_source_get_archived (OfcClientSource *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_SOURCE (self), FALSE);
  return self->archived;
}
