/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhone: one phone number of a client: as typed (shown), as normalised digits
 * (for lookups; see ofc-phone.h) and an optional label such as "mobile" or "work".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/* clang-format off */

#define OFC_TYPE_CLIENT_PHONE (ofc_client_phone_get_type ())
G_DECLARE_FINAL_TYPE (OfcClientPhone, ofc_client_phone, OFC, CLIENT_PHONE, GObject)

OfcClientPhone *ofc_client_phone_new         (const char     *display,
                                              const char     *label);
OfcClientPhone *ofc_client_phone_copy        (OfcClientPhone *self);
const char     *ofc_client_phone_get_display (OfcClientPhone *self);
void            ofc_client_phone_set_display (OfcClientPhone *self,
                                              const char     *display);
const char     *ofc_client_phone_get_digits  (OfcClientPhone *self);
const char     *ofc_client_phone_get_label   (OfcClientPhone *self);
void            ofc_client_phone_set_label   (OfcClientPhone *self,
                                              const char     *label);
char           *ofc_client_phone_dup_summary (OfcClientPhone *self);

/* clang-format on */

G_END_DECLS
