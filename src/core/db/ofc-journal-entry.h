/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcJournalEntry: one entry of the change journal as a history view shows it, its values
 * already formatted for the viewer's locale.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "base/ofc-uuid.h"

G_BEGIN_DECLS

/**
 * OfcFieldChange:
 * @field: the stored field name
 * @label: the translated field label
 * @old_text: (nullable): the old value formatted for display
 * @new_text: (nullable): the new value formatted for display
 */
typedef struct
{
  char *field;
  char *label;
  char *old_text;
  char *new_text;
} OfcFieldChange;

#define OFC_TYPE_JOURNAL_ENTRY (ofc_journal_entry_get_type ())
G_DECLARE_FINAL_TYPE (OfcJournalEntry, ofc_journal_entry, OFC, JOURNAL_ENTRY, GObject)

OfcFieldChange  *ofc_field_change_new               (const char      *field,
                                                    const char      *label,
                                                    const char      *old_text,
                                                    const char      *new_text);
void             ofc_field_change_free              (OfcFieldChange  *change);

OfcJournalEntry *ofc_journal_entry_new              (gint64           at,
                                                    const char      *user_name,
                                                    const char      *device_name,
                                                    const char      *entity,
                                                    const OfcUuid   *entity_id,
                                                    const char      *operation);
void             ofc_journal_entry_add_change       (OfcJournalEntry *self,
                                                    OfcFieldChange  *change);
gint64           ofc_journal_entry_get_at           (OfcJournalEntry *self);
const char      *ofc_journal_entry_get_user_name    (OfcJournalEntry *self);
const char      *ofc_journal_entry_get_device_name  (OfcJournalEntry *self);
const char      *ofc_journal_entry_get_entity       (OfcJournalEntry *self);
const OfcUuid   *ofc_journal_entry_get_entity_id    (OfcJournalEntry *self);
const char      *ofc_journal_entry_get_operation    (OfcJournalEntry *self);
GPtrArray       *ofc_journal_entry_get_changes      (OfcJournalEntry *self);
char            *ofc_journal_entry_dup_summary      (OfcJournalEntry *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcFieldChange, ofc_field_change_free)

G_END_DECLS
