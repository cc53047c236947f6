/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDeviceTypesPanel: the kinds of devices taken in, each with the intake preset that
 * fills the intake form for it: usual malfunctions, completeness, estimate and deadline.
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

#define OFC_TYPE_DEVICE_TYPES_PANEL (ofc_device_types_panel_get_type ())
G_DECLARE_FINAL_TYPE (OfcDeviceTypesPanel, ofc_device_types_panel, OFC, DEVICE_TYPES_PANEL,
                      OfcReferencePanel)

G_END_DECLS
