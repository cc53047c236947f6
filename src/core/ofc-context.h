/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcContext: the one object the application hands to every window, page and command. It
 * owns the database and the stores built on it; nothing in Officina reaches for globals.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "db/ofc-database.h"

G_BEGIN_DECLS

#define OFC_TYPE_CONTEXT (ofc_context_get_type ())
G_DECLARE_FINAL_TYPE (OfcContext, ofc_context, OFC, CONTEXT, GObject)

OfcContext  *ofc_context_new           (OfcDatabase *database);
OfcDatabase *ofc_context_get_database  (OfcContext  *self);
const char  *ofc_context_get_currency  (OfcContext  *self);
gboolean     ofc_context_set_currency  (OfcContext  *self,
                                        const char  *currency,
                                        GError     **error) G_GNUC_WARN_UNUSED_RESULT;
GObject     *ofc_context_get_extension (OfcContext  *self,
                                        const char  *name);
void         ofc_context_set_extension (OfcContext  *self,
                                        const char  *name,
                                        GObject     *extension);
void         ofc_context_notify_changed (OfcContext *self,
                                        const char  *entity);

G_END_DECLS
