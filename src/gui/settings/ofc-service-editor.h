/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcServiceEditor: a work of the price list: name, category, price and warranty days.
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_SERVICE_EDITOR (ofc_service_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcServiceEditor, ofc_service_editor, OFC, SERVICE_EDITOR, OfcReferenceEditor)

OfcReferenceEditor *ofc_service_editor_new (OfcContext *context,
                                            OfcService *service);

G_END_DECLS
