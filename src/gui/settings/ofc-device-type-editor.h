/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceTypeEditor: a device type's name and its intake preset: the malfunctions
 * offered first, the usual appearance and completeness, an estimated price and the days
 * to the deadline.
 */
#pragma once

#include "ofc-reference-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_DEVICE_TYPE_EDITOR (ofc_device_type_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcDeviceTypeEditor, ofc_device_type_editor, OFC, DEVICE_TYPE_EDITOR,
                      OfcReferenceEditor)

OfcReferenceEditor *ofc_device_type_editor_new (OfcContext    *context,
                                                OfcDeviceType *type);

G_END_DECLS
