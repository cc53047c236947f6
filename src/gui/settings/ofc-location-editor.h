/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcLocationEditor: a counter or branch: name, address, phone, order-number prefix,
 * default order type, and whether it is the default location.
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_LOCATION_EDITOR (ofc_location_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcLocationEditor, ofc_location_editor, OFC, LOCATION_EDITOR,
                      OfcReferenceEditor)

OfcReferenceEditor *ofc_location_editor_new (OfcContext  *context,
                                             OfcLocation *location);

G_END_DECLS
