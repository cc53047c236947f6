/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The background checkpointer of OfcDatabase. SQLite copies the write-ahead log back into
 * the database file (a checkpoint) inside whichever commit crosses 1000 log pages; with
 * synchronous=FULL that commit then also waits for the database file's fsync, a few
 * milliseconds that land on one intake in fifty. The checkpointer moves that work to a
 * thread with its own connection, run when the writer pauses: commits only append to the
 * log.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include "ofc-database-private.h"

/* SQLite's own automatic threshold, in log pages */
#define THRESHOLD 1000
/* a checkpoint waits for this quiet time after the last commit, so that its fsync of the
 * database file does not compete with a commit's fsync of the log … */
#define QUIET_US (100 * 1000)
/* … unless a burst of writes (an import, demo data) lets the log grow this large */
#define FORCE_PAGES (16 * THRESHOLD)

struct _OfcCheckpointer
{
  GThread *thread;
  GMutex lock;
  GCond wake;
  gboolean pending;
  gboolean stopping;
  gint64 last_commit;      /* monotonic µs */
  int pages;               /* the log's size after the last commit */
  OfcDatabase *connection; /* used only by the thread */
};

/* runs in the writer's thread after each commit: only signals */
static int
on_wal (void *data, sqlite3 *handle, const char *name, int pages)
{
  OfcCheckpointer *self = data;

  g_mutex_lock (&self->lock);
  self->last_commit = g_get_monotonic_time ();
  self->pages = pages;
  if (pages >= THRESHOLD)
    {
      self->pending = TRUE;
      g_cond_signal (&self->wake);
    }
  g_mutex_unlock (&self->lock);
  return SQLITE_OK;
}

/* with the lock held: waits for work, then for a quiet moment; FALSE when stopping */
static gboolean
wait_for_turn (OfcCheckpointer *self)
{
  while (!self->pending && !self->stopping)
    g_cond_wait (&self->wake, &self->lock);
  while (!self->stopping && self->pages < FORCE_PAGES &&
         g_get_monotonic_time () - self->last_commit < QUIET_US)
    g_cond_wait_until (&self->wake, &self->lock, self->last_commit + QUIET_US);
  self->pending = FALSE;
  return !self->stopping;
}

static gpointer
run (gpointer data)
{
  OfcCheckpointer *self = data;

  for (;;)
    {
      gboolean go;
      int rc;

      g_mutex_lock (&self->lock);
      go = wait_for_turn (self);
      g_mutex_unlock (&self->lock);
      if (!go)
        return NULL;
      /* PASSIVE never waits for readers or the writer; what it cannot copy now waits for
       * the next signal */
      rc = sqlite3_wal_checkpoint_v2 (self->connection->handle, NULL, SQLITE_CHECKPOINT_PASSIVE,
                                      NULL, NULL);
      if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        g_debug ("%s: background checkpoint: %s", self->connection->path, sqlite3_errstr (rc));
    }
}

/**
 * ofc_database_start_checkpointer:
 *
 * Checkpoints @self's write-ahead log from a background thread with its own connection
 * instead of inside commits, so no commit waits for the database file's fsync. For the
 * application's main connection; harmless for an in-memory database (nothing to do).
 *
 * Returns: %TRUE when running (or not needed)
 */
gboolean
ofc_database_start_checkpointer (OfcDatabase *self, GError **error)
{
  OfcCheckpointer *checkpointer;
  OfcDatabase *connection;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  if (self->checkpointer != NULL || g_strcmp0 (self->path, OFC_DATABASE_MEMORY) == 0)
    return TRUE;
  connection = ofc_database_open_another (self, error);
  if (connection == NULL || !ofc_database_exec (self, "PRAGMA wal_autocheckpoint=0", error))
    {
      g_clear_object (&connection);
      return FALSE;
    }
  checkpointer = g_new0 (OfcCheckpointer, 1);
  g_mutex_init (&checkpointer->lock);
  g_cond_init (&checkpointer->wake);
  checkpointer->connection = connection;
  checkpointer->thread = g_thread_new ("ofc-checkpoint", run, checkpointer);
  /* after the PRAGMA, which would replace the hook with SQLite's own */
  sqlite3_wal_hook (self->handle, on_wal, checkpointer);
  self->checkpointer = checkpointer;
  return TRUE;
}

/**
 * ofc_database_stop_checkpointer:
 *
 * Stops the background checkpointer, if running, and gives checkpoints back to SQLite.
 * Called when @self is finalized.
 */
void
ofc_database_stop_checkpointer (OfcDatabase *self)
{
  OfcCheckpointer *checkpointer = self->checkpointer;

  if (checkpointer == NULL)
    return;
  sqlite3_wal_hook (self->handle, NULL, NULL);
  g_mutex_lock (&checkpointer->lock);
  checkpointer->stopping = TRUE;
  g_cond_signal (&checkpointer->wake);
  g_mutex_unlock (&checkpointer->lock);
  g_thread_join (checkpointer->thread);
  g_object_unref (checkpointer->connection);
  g_mutex_clear (&checkpointer->lock);
  g_cond_clear (&checkpointer->wake);
  g_free (checkpointer);
  self->checkpointer = NULL;
  sqlite3_wal_autocheckpoint (self->handle, THRESHOLD);
}
