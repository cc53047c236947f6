/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcReferencePanel share: archiving, restoring and removing rows
 * (ofc-reference-panel-remove.c).
 */
#pragma once

#include "ofc-reference-panel.h"

G_BEGIN_DECLS

/* clang-format off */
void _ofc_reference_panel_remove       (OfcReferencePanel *self,
                                        GObject           *item);
void _ofc_reference_panel_set_archived (OfcReferencePanel *self,
                                        GObject           *item,
                                        gboolean           archived);
/* clang-format on */

G_END_DECLS
