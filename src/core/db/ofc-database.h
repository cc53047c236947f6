/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDatabase: the one owner of SQLite. Opens and checks the file, applies migrations,
 * hands out cached prepared statements and scoped transactions. No other code includes
 * sqlite3.h; stores speak SQL through the statement API below, with bound parameters only.
 *
 * Threading: one OfcDatabase per thread. Worker threads open their own connection with
 * ofc_database_open_another(); WAL lets them read beside the writer.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "base/ofc-uuid.h"

G_BEGIN_DECLS

#define OFC_DATABASE_ERROR (ofc_database_error_quark ())

/**
 * OfcDatabaseError:
 * @OFC_DATABASE_ERROR_OPEN: the file cannot be opened or created
 * @OFC_DATABASE_ERROR_NOT_DATABASE: the file is not an SQLite database at all
 * @OFC_DATABASE_ERROR_FOREIGN: an SQLite database that is not Officina's
 * @OFC_DATABASE_ERROR_TOO_NEW: written by a newer Officina than this one
 * @OFC_DATABASE_ERROR_CORRUPT: the file is damaged
 * @OFC_DATABASE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @OFC_DATABASE_ERROR_LOCKED: another program holds the database longer than the busy timeout
 * @OFC_DATABASE_ERROR_FULL: the disk (or the configured size limit) is full
 * @OFC_DATABASE_ERROR_CONSTRAINT: a write broke a database rule (uniqueness, a reference)
 * @OFC_DATABASE_ERROR_MIGRATION: a schema upgrade failed; the database is as it was
 * @OFC_DATABASE_ERROR_IO: the operating system reported an I/O error
 * @OFC_DATABASE_ERROR_FAILED: any other SQLite failure
 */
typedef enum
{
  OFC_DATABASE_ERROR_OPEN,
  OFC_DATABASE_ERROR_NOT_DATABASE,
  OFC_DATABASE_ERROR_FOREIGN,
  OFC_DATABASE_ERROR_TOO_NEW,
  OFC_DATABASE_ERROR_CORRUPT,
  OFC_DATABASE_ERROR_READ_ONLY,
  OFC_DATABASE_ERROR_LOCKED,
  OFC_DATABASE_ERROR_FULL,
  OFC_DATABASE_ERROR_CONSTRAINT,
  OFC_DATABASE_ERROR_MIGRATION,
  OFC_DATABASE_ERROR_IO,
  OFC_DATABASE_ERROR_FAILED,
} OfcDatabaseError;

/**
 * OfcDatabaseOpenFlags:
 * @OFC_DATABASE_OPEN_DEFAULT: create if missing, migrate to the current schema
 * @OFC_DATABASE_OPEN_NO_CREATE: fail if the file does not exist
 * @OFC_DATABASE_OPEN_NO_MIGRATE: open without upgrading; a database that needs an upgrade
 *   is still readable, ofc_database_get_schema_version() tells
 * @OFC_DATABASE_OPEN_NO_BACKUP: skip the copy before migrations (tests, fresh files)
 */
typedef enum
{
  OFC_DATABASE_OPEN_DEFAULT = 0,
  OFC_DATABASE_OPEN_NO_CREATE = 1 << 0,
  OFC_DATABASE_OPEN_NO_MIGRATE = 1 << 1,
  OFC_DATABASE_OPEN_NO_BACKUP = 1 << 2,
} OfcDatabaseOpenFlags;

#define OFC_DATABASE_MEMORY ":memory:"
#define OFC_DATABASE_DEFAULT_BUSY_TIMEOUT_MS 5000

typedef gint64 (*OfcClockFunc) (gpointer user_data);

typedef struct _OfcStatement   OfcStatement;
typedef struct _OfcTransaction OfcTransaction;

#define OFC_TYPE_DATABASE (ofc_database_get_type ())
G_DECLARE_FINAL_TYPE (OfcDatabase, ofc_database, OFC, DATABASE, GObject)

GQuark           ofc_database_error_quark              (void);

OfcDatabase     *ofc_database_open                     (const char           *path,
                                                        OfcDatabaseOpenFlags  flags,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDatabase     *ofc_database_open_full                (const char           *path,
                                                        OfcDatabaseOpenFlags  flags,
                                                        guint                 busy_timeout_ms,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDatabase     *ofc_database_open_another             (OfcDatabase          *self,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
const char      *ofc_database_get_path                 (OfcDatabase          *self);
int              ofc_database_get_schema_version       (OfcDatabase          *self);
int              ofc_database_get_latest_schema_version (void);
const char      *ofc_database_get_last_backup_path     (OfcDatabase          *self);
gboolean         ofc_database_migrate                  (OfcDatabase          *self,
                                                        gboolean              backup,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_database_migrate_to               (OfcDatabase          *self,
                                                        int                   target,
                                                        gboolean              backup,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_database_check_integrity          (OfcDatabase          *self,
                                                        GStrv                *problems,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_database_backup_to                (OfcDatabase          *self,
                                                        const char           *destination,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_database_exec                     (OfcDatabase          *self,
                                                        const char           *sql,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void             ofc_database_interrupt                (OfcDatabase          *self);
gboolean         ofc_database_start_upkeep             (OfcDatabase          *self,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void             ofc_database_stop_upkeep              (OfcDatabase          *self);
gboolean         ofc_database_merge_search_indexes     (OfcDatabase          *self,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;

char            *ofc_database_dup_meta                 (OfcDatabase          *self,
                                                        const char           *key);
gboolean         ofc_database_set_meta                 (OfcDatabase          *self,
                                                        const char           *key,
                                                        const char           *value,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* who and where, for the change journal */
void             ofc_database_set_actor                (OfcDatabase          *self,
                                                        const OfcUuid        *user_id,
                                                        const char           *user_name);
const OfcUuid   *ofc_database_get_actor_id             (OfcDatabase          *self);
const char      *ofc_database_get_actor_name           (OfcDatabase          *self);
const OfcUuid   *ofc_database_get_device_id            (OfcDatabase          *self);
const char      *ofc_database_get_device_name          (OfcDatabase          *self);

/* time in µs since the Unix epoch, UTC; tests replace the clock to be exact */
gint64           ofc_database_now                      (OfcDatabase          *self);
void             ofc_database_set_clock                (OfcDatabase          *self,
                                                        OfcClockFunc          func,
                                                        gpointer              user_data);

/* statements: literal SQL with ?NNN parameters, cached per connection */
OfcStatement    *ofc_database_prepare                  (OfcDatabase          *self,
                                                        const char           *sql,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void             ofc_statement_release                 (OfcStatement         *statement);
void             ofc_statement_bind_null               (OfcStatement         *statement,
                                                        int                   index);
void             ofc_statement_bind_int64              (OfcStatement         *statement,
                                                        int                   index,
                                                        gint64                value);
void             ofc_statement_bind_bool               (OfcStatement         *statement,
                                                        int                   index,
                                                        gboolean              value);
void             ofc_statement_bind_text               (OfcStatement         *statement,
                                                        int                   index,
                                                        const char           *value);
void             ofc_statement_bind_uuid               (OfcStatement         *statement,
                                                        int                   index,
                                                        const OfcUuid        *value);
void             ofc_statement_bind_blob               (OfcStatement         *statement,
                                                        int                   index,
                                                        GBytes               *value);
gboolean         ofc_statement_step                    (OfcStatement         *statement,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv            ofc_database_query_texts              (OfcDatabase          *self,
                                                        const char           *sql,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_statement_exec                    (OfcStatement         *statement,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void             ofc_statement_reset                   (OfcStatement         *statement);
int              ofc_statement_get_column_count        (OfcStatement         *statement);
const char      *ofc_statement_get_column_name         (OfcStatement         *statement,
                                                        int                   column);
gboolean         ofc_statement_is_null                 (OfcStatement         *statement,
                                                        int                   column);
gint64           ofc_statement_get_int64               (OfcStatement         *statement,
                                                        int                   column);
gboolean         ofc_statement_get_bool                (OfcStatement         *statement,
                                                        int                   column);
const char      *ofc_statement_get_text                (OfcStatement         *statement,
                                                        int                   column);
char            *ofc_statement_dup_text                (OfcStatement         *statement,
                                                        int                   column);
gboolean         ofc_statement_get_uuid                (OfcStatement         *statement,
                                                        int                   column,
                                                        OfcUuid              *out);
GBytes          *ofc_statement_dup_blob                (OfcStatement         *statement,
                                                        int                   column);
gint64           ofc_database_get_last_insert_rowid    (OfcDatabase          *self);
int              ofc_database_get_changes              (OfcDatabase          *self);

/* transactions: BEGIN IMMEDIATE at the outermost level, savepoints inside; freeing an
 * uncommitted transaction rolls it back */
OfcTransaction  *ofc_database_begin                    (OfcDatabase          *self,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_transaction_commit                (OfcTransaction       *transaction,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void             ofc_transaction_free                  (OfcTransaction       *transaction);
gboolean         ofc_database_in_transaction           (OfcDatabase          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcStatement, ofc_statement_release)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcTransaction, ofc_transaction_free)

G_END_DECLS
