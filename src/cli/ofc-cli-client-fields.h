/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The client field options shared by `client add` and `client edit`: parsed into an
 * OfcCliClientFields, then applied to an OfcClient. The store does the validation.
 */
#pragma once

#include <ofc-core.h>

G_BEGIN_DECLS

typedef struct _OfcCliClientFields OfcCliClientFields;

OfcCliClientFields *ofc_cli_client_fields_new       (void);
void                ofc_cli_client_fields_free      (OfcCliClientFields *self);
GOptionGroup       *ofc_cli_client_fields_get_group (OfcCliClientFields *self,
                                                     gboolean            adding);
gboolean            ofc_cli_client_fields_has_name  (OfcCliClientFields *self);
gboolean            ofc_cli_client_fields_apply     (OfcCliClientFields *self,
                                                     OfcClientStore     *store,
                                                     OfcClient          *client,
                                                     GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            ofc_cli_parse_percent           (const char         *text,
                                                     int                *basis_points,
                                                     GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            ofc_cli_parse_yes_no            (const char         *text,
                                                     gboolean           *value,
                                                     GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcCliClientFields, ofc_cli_client_fields_free)

G_END_DECLS
