/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * UUIDv7 (RFC 9562): the primary key of every business row, made offline without
 * coordination. Stored as a 16-byte BLOB, shown and typed in the canonical 36-character form.
 *
 * Invariants: ids made by one process are strictly increasing (RFC 9562 section 6.2,
 * method 1: a 42-bit counter seeded randomly each millisecond), so they sort by creation
 * time and keep B-tree inserts local.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define OFC_UUID_STRING_LEN 36

typedef struct
{
  guint8 bytes[16];
} OfcUuid;

void     ofc_uuid_generate       (OfcUuid       *out);
void     ofc_uuid_to_string      (const OfcUuid *uuid,
                                  char           out[OFC_UUID_STRING_LEN + 1]);
char    *ofc_uuid_dup_string     (const OfcUuid *uuid);
gboolean ofc_uuid_parse          (const char    *text,
                                  OfcUuid       *out);
gboolean ofc_uuid_is_nil         (const OfcUuid *uuid);
gboolean ofc_uuid_equal          (const OfcUuid *a,
                                  const OfcUuid *b);
int      ofc_uuid_compare        (const OfcUuid *a,
                                  const OfcUuid *b);
gint64   ofc_uuid_get_unix_ms    (const OfcUuid *uuid);
guint    ofc_uuid_hash           (gconstpointer  uuid);
gboolean ofc_uuid_hash_equal     (gconstpointer  a,
                                  gconstpointer  b);
OfcUuid *ofc_uuid_dup            (const OfcUuid *uuid);

G_END_DECLS
