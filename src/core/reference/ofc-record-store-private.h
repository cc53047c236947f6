/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The shared store of the reference lists (locations, employees, order types, statuses,
 * device types, services, intake presets): load, list, save with a row-version check and
 * archive, each write journaled in its transaction. A list supplies its SQL and its rules;
 * every record class has the fields "id", "archived", "version", "created-at" and
 * "updated-at". Private to the core.
 */
#pragma once

#include "ofc-context.h"
#include "reference/ofc-record-private.h"

G_BEGIN_DECLS

typedef struct _OfcRecordStore OfcRecordStore;

struct _OfcRecordStore
{
  GType (*get_type) (void);
  const OfcRecordClass *record;
  /* the stored columns in field-table order; ?1 is the id */
  const char *select_sql; /* "SELECT … FROM t WHERE id = ?1" */
  const char *insert_sql; /* "INSERT INTO t (…) VALUES (?1, …)" */
  /* sets every stored column from its parameter, "WHERE id = ?1 AND version = ?N" with N
   * one past the last stored field */
  const char *update_sql;
  const char *archive_sql; /* "UPDATE t SET archived = ?2, version = version + 1, updated_at = ?3
                            * WHERE id = ?1" */
  /* the subject of messages, e.g. the name */
  const char *(*describe) (GObject *object);
  /* checks and completes @object before the write (keys, references); may be NULL */
  gboolean (*prepare) (OfcDatabase *database, GObject *object, GError **error);
  /* adds reference changes (with names) to the journal entry; may be NULL */
  void (*add_refs) (OfcDatabase *database, GObject *before, GObject *after, OfcChangeSet *changes);
  /* a part of another record (a work of an order): its journal entries go into that
   * record's history; NULL for records that are their own history */
  const char *root_entity;
  gsize root_id_offset;
  /* the journal operation of archiving; NULL for OFC_JOURNAL_ARCHIVE / _RESTORE */
  const char *archive_operation;
  /* refuses an archive (the default location, say); may be NULL */
  gboolean (*can_archive) (OfcDatabase *database, GObject *object, GError **error);
};

/* clang-format off */
GObject       *_ofc_record_store_load     (OfcDatabase           *database,
                                           const OfcRecordStore  *store,
                                           const OfcUuid         *id,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GObject       *_ofc_record_store_load_first (OfcDatabase         *database,
                                             const OfcRecordStore *store,
                                             const char          *id_sql,
                                             const char          *not_found,
                                             GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel    *_ofc_record_store_read_all (const OfcRecordStore  *store,
                                           OfcStatement          *statement,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel    *_ofc_record_store_query    (OfcDatabase           *database,
                                           const OfcRecordStore  *store,
                                           const char            *sql,
                                           gboolean               with_archived,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       _ofc_record_store_write    (OfcDatabase           *database,
                                           const OfcRecordStore  *store,
                                           GObject               *object,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       _ofc_record_store_save     (OfcContext            *context,
                                           const OfcRecordStore  *store,
                                           GObject               *object,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       _ofc_record_store_archive  (OfcContext            *context,
                                           const OfcRecordStore  *store,
                                           GObject               *object,
                                           gboolean               archived,
                                           GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gint64         _ofc_record_get_int64      (GObject               *object,
                                           const OfcRecordClass  *record,
                                           const char            *name);
const OfcUuid *_ofc_record_get_id         (GObject               *object,
                                           const OfcRecordClass  *record);
gint64         _ofc_next_position         (OfcDatabase           *database,
                                           const char            *sql);
/* clang-format on */

G_END_DECLS
