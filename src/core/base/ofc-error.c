/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The business-rule error domain, extended with the name of the offending field so an
 * editor can put the cursor where the problem is.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-error.h"

typedef struct
{
  char *field;
} OfcErrorPrivate;

static void
ofc_error_private_init (OfcErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
ofc_error_private_copy (const OfcErrorPrivate *src,
                        OfcErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
ofc_error_private_clear (OfcErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (OfcError, ofc_error)

/**
 * ofc_set_invalid:
 * @error: (nullable): the error to set
 * @field: (nullable): the model name of the field that failed, e.g. "email"
 * @format: a translated, printf-style message
 *
 * Sets an %OFC_ERROR_INVALID error remembering @field.
 */
void
ofc_set_invalid (GError    **error,
                 const char *field,
                 const char *format,
                 ...)
{
  va_list args;
  g_autofree char *message = NULL;
  GError *local;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  local = g_error_new_literal (OFC_ERROR, OFC_ERROR_INVALID, message);
  ofc_error_get_private (local)->field = g_strdup (field);
  g_propagate_error (error, local);
}

/**
 * ofc_error_get_field:
 * @error: an error
 *
 * Returns: (nullable): the field an %OFC_ERROR error is about, or %NULL
 */
const char *
ofc_error_get_field (const GError *error)
{
  OfcErrorPrivate *priv;

  if (error == NULL || error->domain != OFC_ERROR)
    return NULL;
  priv = ofc_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}
