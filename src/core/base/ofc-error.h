/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The error domain for business rules: validation, missing rows, edit conflicts and refused
 * workflow steps. Database and I/O failures have their own domains.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define OFC_ERROR (ofc_error_quark ())

/**
 * OfcError:
 * @OFC_ERROR_INVALID: a value fails validation; ofc_error_get_field() names the field
 * @OFC_ERROR_NOT_FOUND: the row asked for does not exist
 * @OFC_ERROR_CONFLICT: the row was changed by someone else since it was read
 * @OFC_ERROR_IN_USE: the row is referenced and cannot be removed
 * @OFC_ERROR_NOT_ALLOWED: a workflow step the rules refuse (a status transition, say)
 * @OFC_ERROR_DUPLICATE: a value that must be unique already exists
 *
 * Every message is translated and names the subject; the UI may show it as is.
 */
typedef enum
{
  OFC_ERROR_INVALID,
  OFC_ERROR_NOT_FOUND,
  OFC_ERROR_CONFLICT,
  OFC_ERROR_IN_USE,
  OFC_ERROR_NOT_ALLOWED,
  OFC_ERROR_DUPLICATE,
} OfcError;

GQuark      ofc_error_quark           (void);

void        ofc_set_invalid           (GError     **error,
                                       const char  *field,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (3, 4);
const char *ofc_error_get_field       (const GError *error);

G_END_DECLS
