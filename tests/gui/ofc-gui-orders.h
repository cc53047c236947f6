/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order data for the GUI tests of the order module, written through the core stores.
 */
#pragma once

#include <ofc-core.h>

G_BEGIN_DECLS

OfcClient *ofc_gui_test_add_client (OfcContext *context,
                                    const char *name,
                                    const char *phone,
                                    int         discount_works_bp);
OfcOrder  *ofc_gui_test_add_order  (OfcContext *context,
                                    OfcClient  *client,
                                    const char *device_type,
                                    const char *brand,
                                    const char *model,
                                    const char *serial,
                                    const char *malfunction);
OfcOrder  *ofc_gui_test_reload     (OfcContext *context,
                                    OfcOrder   *order);
char      *ofc_gui_test_status_code (OfcContext *context,
                                     OfcOrder   *order);

G_END_DECLS
