/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderComments: the remarks left on an order, newest first, and a field to add one.
 * Comments are never edited or deleted. Emits "changed" after one is added.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_COMMENTS (ofc_order_comments_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderComments, ofc_order_comments, OFC, ORDER_COMMENTS, AdwBin)

void ofc_order_comments_set_order (OfcOrderComments *self,
                                   OfcContext       *context,
                                   OfcOrder         *order);

G_END_DECLS
