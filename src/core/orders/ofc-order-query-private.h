/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * SQL for order lists, built from literal fragments according to an OfcOrderFilter, with
 * every value bound as a parameter. Shared by one-shot searches and OfcOrderList (whose
 * worker thread runs the same query on its own connection). Private to the core.
 */
#pragma once

#include "db/ofc-database.h"
#include "orders/ofc-order-filter.h"
#include "orders/ofc-order.h"

G_BEGIN_DECLS

typedef enum
{
  OFC_ORDER_QUERY_IDS,   /* rowids in list order; ?17 limit, ?18 offset when limited */
  OFC_ORDER_QUERY_COUNT, /* count(*) */
} OfcOrderQueryKind;

typedef struct
{
  char *sql;
  guint64 params; /* bit n set: parameter ?n is used */
  char *match;    /* the FTS expression of the search text, or NULL */
} OfcOrderQuery;

/* clang-format off */
void       _ofc_order_query_init  (OfcOrderQuery         *query,
                                   const OfcOrderFilter  *filter,
                                   OfcOrderQueryKind      kind,
                                   gboolean               limited);
void       _ofc_order_query_clear (OfcOrderQuery         *query);
void       _ofc_order_query_bind  (const OfcOrderQuery   *query,
                                   OfcStatement          *statement,
                                   const OfcOrderFilter  *filter,
                                   gint64                 now,
                                   gint64                 limit,
                                   gint64                 offset);
GPtrArray *_ofc_order_load_rowids (OfcDatabase           *database,
                                   const gint64          *rowids,
                                   guint                  n,
                                   GError               **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean   _ofc_order_count       (OfcDatabase           *database,
                                   const OfcOrderFilter  *filter,
                                   gint64                *count,
                                   GError               **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OfcOrderQuery, _ofc_order_query_clear)

G_END_DECLS
