/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcContext: owns the database, the shop currency and, through named extensions, the
 * services of layers above the core (the print queue worker, say) without the core
 * knowing their types. Its "changed" signal tells every open page that data of an entity
 * changed, so lists stay current across pages.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "base/ofc-money.h"
#include "ofc-context.h"
#include "orders/ofc-orders-setup-private.h"

struct _OfcContext
{
  GObject parent_instance;

  /* Owned references */
  OfcDatabase *database;
  GHashTable *extensions;
  char *currency;
};

G_DEFINE_FINAL_TYPE (OfcContext, ofc_context, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* first-start data and history labels of the modules; a failure here (a read-only file,
 * say) leaves the defaults for the next start and is only logged */
static void
setup_modules (OfcContext *self)
{
  g_autoptr(GError) error = NULL;

  if (!_ofc_orders_setup (self->database, &error))
    g_warning ("cannot create the starting reference data: %s", error->message);
}

static void
ofc_context_constructed (GObject *object)
{
  OfcContext *self = (OfcContext *) object;

  G_OBJECT_CLASS (ofc_context_parent_class)->constructed (object);

  g_assert (self->database != NULL);
  /* a database opened without migrating may not have its metadata table yet */
  if (ofc_database_get_schema_version (self->database) == 0)
    {
      self->currency = g_strdup (ofc_currency_get_default ());
      return;
    }
  self->currency = ofc_database_dup_meta (self->database, "currency");
  if (self->currency == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* fixed at first start, so the shop's amounts never change meaning with the locale */
      self->currency = g_strdup (ofc_currency_get_default ());
      if (!ofc_database_set_meta (self->database, "currency", self->currency, &error))
        g_warning ("cannot record the shop currency: %s", error->message);
    }
  setup_modules (self);
}

static void
ofc_context_finalize (GObject *object)
{
  OfcContext *self = (OfcContext *) object;

  g_hash_table_unref (self->extensions);
  g_clear_object (&self->database);
  g_free (self->currency);

  G_OBJECT_CLASS (ofc_context_parent_class)->finalize (object);
}

static void
ofc_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OfcContext *self = OFC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OfcContext *self = OFC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_context_class_init (OfcContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ofc_context_constructed;
  object_class->finalize = ofc_context_finalize;
  object_class->get_property = ofc_context_get_property;
  object_class->set_property = ofc_context_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, OFC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcContext::changed:
   * @entity: the entity whose rows changed, e.g. "client"
   *
   * Emitted after a committed write, so open views can refresh.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ofc_context_init (OfcContext *self)
{
  self->extensions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

OfcContext *
ofc_context_new (OfcDatabase *database)
{
  g_return_val_if_fail (OFC_IS_DATABASE (database), NULL);
  return g_object_new (OFC_TYPE_CONTEXT, "database", database, NULL);
}

/**
 * ofc_context_get_database:
 *
 * Returns: (transfer none): the main-thread database connection
 */
OfcDatabase *
ofc_context_get_database (OfcContext *self)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (self), NULL);
  return self->database;
}

/**
 * ofc_context_get_currency:
 *
 * Returns: the ISO 4217 code the shop keeps its money in
 */
const char *
ofc_context_get_currency (OfcContext *self)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (self), NULL);
  return self->currency;
}

gboolean
ofc_context_set_currency (OfcContext *self,
                          const char *currency,
                          GError    **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (self), FALSE);

  if (!ofc_database_set_meta (self->database, "currency", currency, error))
    return FALSE;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  return TRUE;
}

/**
 * ofc_context_get_extension:
 * @name: e.g. "print-queue"
 *
 * Returns: (transfer none) (nullable): the object a higher layer registered under @name
 */
GObject *
ofc_context_get_extension (OfcContext *self,
                           const char *name)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (self), NULL);
  return g_hash_table_lookup (self->extensions, name);
}

void
ofc_context_set_extension (OfcContext *self,
                           const char *name,
                           GObject    *extension)
{
  g_return_if_fail (OFC_IS_CONTEXT (self));

  if (extension == NULL)
    g_hash_table_remove (self->extensions, name);
  else
    g_hash_table_insert (self->extensions, g_strdup (name), g_object_ref (extension));
}

/**
 * ofc_context_notify_changed:
 * @entity: the entity written
 *
 * Emits #OfcContext::changed with @entity as detail and argument.
 */
void
ofc_context_notify_changed (OfcContext *self,
                            const char *entity)
{
  g_return_if_fail (OFC_IS_CONTEXT (self));
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (entity), entity);
}
