/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The change journal: every write appends one entry in the same transaction (time, user,
 * device, entity, id, operation, changed fields old → new). The journal is insert-only;
 * history views read it back through ofc_journal_list().
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "db/ofc-change-set.h"
#include "db/ofc-database.h"
#include "db/ofc-journal-entry.h"

G_BEGIN_DECLS

#define OFC_JOURNAL_CREATE  "create"
#define OFC_JOURNAL_UPDATE  "update"
#define OFC_JOURNAL_ARCHIVE "archive"
#define OFC_JOURNAL_RESTORE "restore"

/**
 * OfcJournalLabel:
 * @name: a field or operation name as stored
 * @label: its untranslated display label, marked with N_()
 */
typedef struct
{
  const char *name;
  const char *label;
} OfcJournalLabel;

gboolean    ofc_journal_append              (OfcDatabase           *database,
                                             const char            *entity,
                                             const OfcUuid         *entity_id,
                                             const char            *operation,
                                             OfcChangeSet          *changes,
                                             GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ofc_journal_append_child        (OfcDatabase           *database,
                                             const char            *entity,
                                             const OfcUuid         *entity_id,
                                             const char            *root_entity,
                                             const OfcUuid         *root_id,
                                             const char            *operation,
                                             OfcChangeSet          *changes,
                                             GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ofc_journal_list                (OfcDatabase           *database,
                                             const OfcUuid         *root_id,
                                             GError               **error) G_GNUC_WARN_UNUSED_RESULT;
void        ofc_journal_register_labels     (const char            *entity,
                                             const OfcJournalLabel *fields,
                                             gsize                  n_fields);
const char *ofc_journal_get_field_label     (const char            *entity,
                                             const char            *field);
const char *ofc_journal_get_operation_label (const char            *operation);
void        ofc_journal_register_operations (const OfcJournalLabel *operations,
                                             gsize                  n_operations);

G_END_DECLS
