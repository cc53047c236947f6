/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusEditor: a stage of the order chain: its name, group, colour, time norm and the
 * statuses an order may move to next.
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_STATUS_EDITOR (ofc_status_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcStatusEditor, ofc_status_editor, OFC, STATUS_EDITOR, OfcReferenceEditor)

OfcReferenceEditor *ofc_status_editor_new (OfcContext     *context,
                                           OfcOrderStatus *status);

G_END_DECLS
