/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientSource: an answer to "how did you hear about us" from the managed list the
 * client store keeps. Immutable: the store's add, rename and archive calls return or
 * update the rows, and list models read them afresh.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "base/ofc-uuid.h"

G_BEGIN_DECLS

/* clang-format off */

#define OFC_TYPE_CLIENT_SOURCE (ofc_client_source_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientSource, ofc_client_source, OFC, CLIENT_SOURCE, GObject)

OfcClientSource *ofc_client_source_new          (const OfcUuid   *id,
                                                 const char      *name,
                                                 int              position,
                                                 gboolean         archived);
const OfcUuid   *ofc_client_source_get_id       (OfcClientSource *self);
const char      *ofc_client_source_get_name     (OfcClientSource *self);
int              ofc_client_source_get_position (OfcClientSource *self);
gboolean         ofc_client_source_get_archived (OfcClientSource *self);

/* clang-format on */

G_END_DECLS
