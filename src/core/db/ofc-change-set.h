/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcChangeSet: the changed fields of one write, old → new, as the journal records them.
 * A field whose old and new values are equal is not recorded, so a store can offer every
 * field and the journal keeps only real changes.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

#include "base/ofc-money.h"
#include "base/ofc-uuid.h"

G_BEGIN_DECLS

typedef struct _OfcChangeSet OfcChangeSet;

OfcChangeSet *ofc_change_set_new      (void);
OfcChangeSet *ofc_change_set_new_creation (void);
void          ofc_change_set_free     (OfcChangeSet  *self);
gboolean      ofc_change_set_is_empty (OfcChangeSet  *self);
guint         ofc_change_set_get_size (OfcChangeSet  *self);
gboolean      ofc_change_set_has      (OfcChangeSet  *self,
                                       const char    *field);
char         *ofc_change_set_to_json  (OfcChangeSet  *self);

void          ofc_change_set_text     (OfcChangeSet  *self,
                                       const char    *field,
                                       const char    *old_value,
                                       const char    *new_value);
void          ofc_change_set_int64    (OfcChangeSet  *self,
                                       const char    *field,
                                       gint64         old_value,
                                       gint64         new_value);
void          ofc_change_set_bool     (OfcChangeSet  *self,
                                       const char    *field,
                                       gboolean       old_value,
                                       gboolean       new_value);
void          ofc_change_set_money    (OfcChangeSet  *self,
                                       const char    *field,
                                       OfcMoney       old_value,
                                       OfcMoney       new_value);
void          ofc_change_set_time     (OfcChangeSet  *self,
                                       const char    *field,
                                       gint64         old_us,
                                       gint64         new_us);
void          ofc_change_set_ref      (OfcChangeSet  *self,
                                       const char    *field,
                                       const OfcUuid *old_id,
                                       const char    *old_name,
                                       const OfcUuid *new_id,
                                       const char    *new_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcChangeSet, ofc_change_set_free)

G_END_DECLS
