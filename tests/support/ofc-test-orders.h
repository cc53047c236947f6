/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test helpers for repair orders: clients written with plain SQL (so order tests do not
 * depend on the client store), and a ready order.
 */
#pragma once

#include <ofc-core.h>

G_BEGIN_DECLS

/* clang-format off */
void            ofc_test_insert_client (OfcDatabase   *database,
                                        const char    *name,
                                        const char    *phone_digits,
                                        int            discount_works,
                                        OfcUuid       *id);
OfcOrder       *ofc_test_create_order  (OfcContext    *context,
                                        const OfcUuid *client_id,
                                        const char    *brand,
                                        const char    *model,
                                        const char    *serial);
OfcOrderStatus *ofc_test_status        (OfcContext    *context,
                                        const char    *code);
/* clang-format on */

G_END_DECLS
