/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The instance struct of OfcDatabase, shared by the files that implement it. The only
 * header that includes sqlite3.h.
 */
#pragma once

#include <sqlite3.h>

#include "ofc-database.h"

/* ofc_database_open_another(): the file is already open (and checked) in this process */
#define OFC_DATABASE_OPEN_SAME_PROCESS_ ((OfcDatabaseOpenFlags) (1 << 16))

/* "OFC1": marks a file as Officina's, so a stranger's SQLite file is refused untouched */

#define OFC_APPLICATION_ID 0x4F464331

typedef struct _OfcUpkeep OfcUpkeep;

struct _OfcDatabase
{
  GObject parent_instance;

  /* Owned references */
  sqlite3 *handle;
  char *path;
  char *last_backup_path;
  char *actor_name;
  char *device_name;
  GHashTable *statements; /* SQL text → OfcStatement */
  OfcUpkeep *upkeep;

  OfcDatabaseOpenFlags flags;
  guint busy_timeout_ms;
  guint transaction_depth;
  int schema_version;
  OfcUuid actor_id;
  gboolean has_actor;
  OfcUuid device_id;
  OfcClockFunc clock_func;
  gpointer clock_data;
};

struct _OfcStatement
{
  OfcDatabase *database; /* borrowed */
  sqlite3_stmt *handle;
  gboolean cached;
  gboolean in_use;
};

gboolean _ofc_database_set_error        (OfcDatabase *self,
                                         int          rc,
                                         GError     **error);
void     _ofc_database_init_statements  (OfcDatabase *self);
void     _ofc_database_free_statements  (OfcDatabase *self);
gboolean _ofc_database_read_schema_info (OfcDatabase *self,
                                         gint64      *application_id,
                                         gint64      *user_version,
                                         gint64      *object_count,
                                         GError     **error);
gboolean _ofc_database_apply_migrations (OfcDatabase *self,
                                         int          target,
                                         gboolean     backup,
                                         GError     **error);
GStrv    _ofc_database_list_fts_tables  (OfcDatabase *self,
                                         GError     **error);
gboolean _ofc_database_merge_fts_step   (OfcDatabase *self,
                                         const char  *table,
                                         int          pages,
                                         gboolean    *worked,
                                         GError     **error);
