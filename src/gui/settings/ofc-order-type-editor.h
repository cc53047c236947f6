/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderTypeEditor: the name of an order type.
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_TYPE_EDITOR (ofc_order_type_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderTypeEditor, ofc_order_type_editor, OFC, ORDER_TYPE_EDITOR,
                      OfcReferenceEditor)

OfcReferenceEditor *ofc_order_type_editor_new (OfcContext   *context,
                                               OfcOrderType *type);

G_END_DECLS
