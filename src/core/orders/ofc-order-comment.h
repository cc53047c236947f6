/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderComment: a remark left on an order by whoever works on it. Comments are
 * insert-only: the conversation is never rewritten, and each one also appears in the
 * order's history.
 *
 * Properties (read-only): "id", "order-id", "text", "author", "created-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "orders/ofc-order.h"

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_COMMENT (ofc_order_comment_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderComment, ofc_order_comment, OFC, ORDER_COMMENT, GObject)

/* clang-format off */
const OfcUuid   *ofc_order_comment_get_id         (OfcOrderComment  *self);
const char      *ofc_order_comment_get_text       (OfcOrderComment  *self);
const char      *ofc_order_comment_get_author     (OfcOrderComment  *self);
gint64           ofc_order_comment_get_created_at (OfcOrderComment  *self);

OfcOrderComment *ofc_order_add_comment            (OfcContext       *context,
                                                   OfcOrder         *order,
                                                   const char       *text,
                                                   GError          **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *ofc_order_list_comments          (OfcContext       *context,
                                                   OfcOrder         *order,
                                                   GError          **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
